/**
 * Writing a result as an `.xlsx` workbook a ministry can publish from: a ranking sheet, one sheet
 * per level of the framework, and a sheet of method and metadata — numbers as numbers with the
 * framework's decimals, the header row frozen, columns sized, headers in Vietnamese or English.
 *
 * @module
 */
import writeExcelFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import { compareResults } from '../analysis/compare.js';
import type { NodeInfo, ScoreResult } from '../engine/result.js';
import { anything, checkOptions, oneOf, text } from '../model/arguments.js';
import { quoteText } from '../model/describe.js';
import { ChisoError, issue } from '../model/issues.js';
import { ownValue } from '../model/records.js';
import { assertResult } from '../model/saved-result.js';
import { isLanguage, nodeTitle, rankChangePhrase, type Language } from '../report/language.js';

/** Options for {@link resultWorkbook}. */
export interface ResultWorkbookOptions {
  /** The language of sheet names, headers and phrases: `vi` (default) or `en`. */
  readonly language?: Language;
  /** An earlier result (last year's): adds the previous rank, the change in words and the score change. */
  readonly previous?: ScoreResult;
  /** A group key (e.g. `region`) whose rank is added beside the group (default: none). */
  readonly group?: string;
}

/** The words of the workbook, by language. */
const WORDS = {
  vi: {
    ranking: 'Xếp hạng',
    item: 'Mục',
    valueColumn: 'Giá trị',
    level: 'Cấp',
    method: 'Phương pháp',
    rank: 'Hạng',
    id: 'Mã',
    unit: 'Đơn vị',
    province: 'Tỉnh/Thành phố',
    rankIn: 'Hạng trong',
    previousRank: 'Hạng năm trước',
    change: 'Thay đổi',
    scoreChange: 'Thay đổi điểm',
    value: 'giá trị',
    score: 'điểm',
    region: 'Vùng',
    framework: 'Bộ chỉ số',
    name: 'Tên',
    edition: 'Phiên bản',
    year: 'Năm',
    dataset: 'Bộ dữ liệu',
    scale: 'Thang điểm',
    rounding: 'Làm tròn',
    decimals: 'chữ số thập phân',
    ties: 'Xếp hạng đồng hạng',
    rankedOn: 'Xếp hạng trên',
    precision: 'Độ chính xác (chữ số có nghĩa)',
    nodes: 'Cấu trúc và trọng số',
    node: 'Mã chỉ số',
    title: 'Tên chỉ số',
    kind: 'Loại',
    parent: 'Thuộc',
    depth: 'Cấp',
    weight: 'Trọng số',
    share: 'Tỷ trọng trong cấp trên',
    methodColumn: 'Phương pháp',
    direction: 'Chiều',
    missing: 'Dữ liệu thiếu và cách xử lý',
    noMissing: 'Không có dữ liệu thiếu.',
    missingChildren: 'Thiếu',
    action: 'Xử lý',
    presentShare: 'Tỷ lệ có dữ liệu',
    unranked: 'Không xếp hạng',
    reason: 'Lý do',
    actions: { reweighted: 'chia lại trọng số cho phần có dữ liệu', 'counted-as-zero': 'tính bằng 0', dropped: 'không tính điểm (quá ít dữ liệu)' },
    kinds: { indicator: 'chỉ tiêu', aggregate: 'chỉ số tổng hợp' },
    directions: { higher: 'cao hơn là tốt hơn', lower: 'thấp hơn là tốt hơn' },
  },
  en: {
    ranking: 'Ranking',
    item: 'Item',
    valueColumn: 'Value',
    level: 'Level',
    method: 'Method',
    rank: 'Rank',
    id: 'Id',
    unit: 'Unit',
    province: 'Province',
    rankIn: 'Rank in',
    previousRank: 'Previous rank',
    change: 'Change',
    scoreChange: 'Score change',
    value: 'value',
    score: 'score',
    region: 'Region',
    framework: 'Framework',
    name: 'Name',
    edition: 'Edition',
    year: 'Year',
    dataset: 'Dataset',
    scale: 'Scale',
    rounding: 'Rounding',
    decimals: 'decimals',
    ties: 'Ties',
    rankedOn: 'Ranked on',
    precision: 'Precision (significant digits)',
    nodes: 'Structure and weights',
    node: 'Node',
    title: 'Title',
    kind: 'Kind',
    parent: 'Parent',
    depth: 'Level',
    weight: 'Weight',
    share: 'Share of parent',
    methodColumn: 'Method',
    direction: 'Direction',
    missing: 'Missing data and how it was handled',
    noMissing: 'No data were missing.',
    missingChildren: 'Missing',
    action: 'Handled by',
    presentShare: 'Share present',
    unranked: 'Not ranked',
    reason: 'Reason',
    actions: { reweighted: 'weight shared among the children present', 'counted-as-zero': 'counted as zero', dropped: 'no score (too little data)' },
    kinds: { indicator: 'indicator', aggregate: 'aggregate' },
    directions: { higher: 'higher is better', lower: 'lower is better' },
  },
} as const;

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#DDE6F0', wrap: true, alignVertical: 'center' } as const;

/** A header cell. */
function head(value: string): Cell {
  return { value, ...HEADER_STYLE };
}

/**
 * A published figure (the framework's rounded text, "0.8002") as a number cell with as many
 * decimals as the text: the text has at most the framework's decimals, so the double read from it
 * shows exactly the published digits.
 */
function figure(value: string | null | undefined, format: string): Cell {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? { value: number, type: Number, format } : { value, type: String };
}

function whole(value: number | null | undefined): Cell {
  return value === null || value === undefined ? null : { value, type: Number, format: '0' };
}

/** The format of a number with `decimals` decimals: `0.0000`. */
function decimalFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(Math.min(decimals, 30))}` : '0';
}

/** Widths in characters, from the longest text of each column (headers wrap beyond 40). */
function widths(rows: readonly Row[]): { width: number }[] {
  const result: number[] = [];
  rows.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      const value = typeof cell === 'object' && cell !== null && !(cell instanceof Date) && !(cell instanceof String) && !(cell instanceof Number) && !(cell instanceof Boolean) ? cell.value : cell;
      const length = value === null || value === undefined ? 0 : String(value).length;
      const limit = rowIndex === 0 ? 40 : 60;
      result[column] = Math.max(result[column] ?? 6, Math.min(length + 2, limit));
    });
  });
  return result.map((width) => ({ width }));
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

function groupTitle(key: string, language: Language): string {
  if (key === 'region') return WORDS[language].region;
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/**
 * Writes a result as an `.xlsx` workbook and returns its bytes (write them to a file in Node, or
 * wrap them in a `Blob` to download in a browser):
 *
 * - **Xếp hạng / Ranking**: rank, id, name, the groups the framework ranks within, the score and
 *   every pillar (children of the top index); with `previous`, the previous rank, the change in
 *   words ("tăng 22 bậc") and the score change;
 * - **Cấp 1, Cấp 2… / Level 1, 2…**: one sheet per level of the framework, each node's published
 *   value (indicators: the value given and the score);
 * - **Phương pháp / Method**: the framework (id, name, edition), scale, rounding, ranking rules,
 *   every node's weight and share of its parent, and every missing-data decision.
 *
 * Scores are number cells in the format of the framework's decimals (`0.0000`): the number is the
 * published (rounded) text read as a double, so it shows exactly the published digits. The header
 * row of each sheet is frozen and columns are sized to their content.
 *
 * @example
 * const bytes = await resultWorkbook(result, { language: 'vi' });
 * await writeFile('results.xlsx', bytes);
 */
export async function resultWorkbook(result: ScoreResult, options: ResultWorkbookOptions = {}): Promise<Uint8Array> {
  checkOptions('resultWorkbook', options, { language: oneOf(['en', 'vi']), previous: anything, group: text });
  assertResult(result);
  const language: Language = options.language !== undefined && isLanguage(options.language) ? options.language : 'vi';
  const words = WORDS[language];
  const { decimals } = result.framework.rounding;
  const format = decimalFormat(decimals);
  const byId = new Map(result.nodes.map((node) => [node.id, node]));
  const root = byId.get(result.root) as NodeInfo;
  const title = (node: NodeInfo): string => nodeTitle(node.label, node.id, language);
  const groups = [...new Set([...result.framework.ranking.groups, ...(options.group === undefined ? [] : [options.group])])].filter((key) => result.units.some((unit) => ownValue(unit.groups, key) !== undefined));
  if (options.group !== undefined && !groups.includes(options.group)) {
    throw new ChisoError([issue('unknown_reference', ['group'], `no unit has a group ${quoteText(options.group)}`, { received: options.group })], 'The workbook cannot be written');
  }
  const comparison = options.previous === undefined ? undefined : compareResults(options.previous, result, { node: result.root });
  const changes = new Map(comparison?.rows.map((row) => [row.unit, row]) ?? []);
  const sorted = [...result.units].sort((left, right) => (left.nodes[result.root]?.rank ?? Number.POSITIVE_INFINITY) - (right.nodes[result.root]?.rank ?? Number.POSITIVE_INFINITY));
  const pillars = (root.children ?? []).map((id) => byId.get(id)).filter((node): node is NodeInfo => node !== undefined);
  const unitWord = result.framework.id.startsWith('vn-') ? words.province : words.unit;

  // The ranking sheet.
  const rankingHeader: Cell[] = [head(words.rank), head(words.id), head(unitWord)];
  for (const key of groups) {
    rankingHeader.push(head(groupTitle(key, language)));
    if (key === options.group) rankingHeader.push(head(`${words.rankIn} ${groupTitle(key, language).toLowerCase()}`));
  }
  rankingHeader.push(head(title(root)), ...pillars.map((node) => head(title(node))));
  if (comparison !== undefined) rankingHeader.push(head(words.previousRank), head(words.change), head(words.scoreChange));
  const rankingRows: Row[] = [rankingHeader];
  for (const unit of sorted) {
    const figures = unit.nodes[result.root];
    const row: Cell[] = [whole(figures?.rank), unit.id, unit.name ?? unit.id];
    for (const key of groups) {
      row.push(ownValue(unit.groups, key) ?? null);
      if (key === options.group) row.push(whole(figures?.groupRanks === undefined ? null : ownValue(figures.groupRanks, key)));
    }
    row.push(figure(figures?.published, format), ...pillars.map((node) => figure(unit.nodes[node.id]?.published ?? unit.nodes[node.id]?.normalised, format)));
    if (comparison !== undefined) {
      const change = changes.get(unit.id);
      const previousRank = change?.previousRank ?? null;
      row.push(whole(previousRank), rankChangePhrase(previousRank, figures?.rank ?? null, language), figure(change?.publishedChange, format));
    }
    rankingRows.push(row);
  }
  const sheets: Sheet<never>[] = [{ data: rankingRows, sheet: sheetName(words.ranking), columns: widths(rankingRows), stickyRowsCount: 1 }];

  // One sheet per level below the top index.
  const depth = Math.max(...result.nodes.map((node) => node.depth));
  for (let level = 1; level <= depth; level += 1) {
    const nodes = result.nodes.filter((node) => node.depth === level);
    const header: Cell[] = [head(words.rank), head(words.id), head(unitWord)];
    for (const node of nodes) {
      if (node.kind === 'indicator') header.push(head(`${title(node)} (${words.value})`), head(`${title(node)} (${words.score})`));
      else header.push(head(title(node)));
    }
    const rows: Row[] = [header];
    for (const unit of sorted) {
      const row: Cell[] = [whole(unit.nodes[result.root]?.rank), unit.id, unit.name ?? unit.id];
      for (const node of nodes) {
        const figures = unit.nodes[node.id];
        if (node.kind === 'indicator') row.push(rawValue(figures?.raw), figure(figures?.published ?? figures?.score, figures?.published === undefined ? 'General' : format));
        else row.push(figure(figures?.published ?? figures?.score, format));
      }
      rows.push(row);
    }
    sheets.push({ data: rows, sheet: sheetName(`${words.level} ${level}`), columns: widths(rows), stickyRowsCount: 1 });
  }

  sheets.push(methodSheet(result, language, byId));
  const blob = await writeExcelFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A value as given (text, exactly): a number cell when it reads as one, else the text. */
function rawValue(value: string | null | undefined): Cell {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) && value.trim() !== '' ? { value: number, type: Number } : value;
}

/** The method and metadata sheet. */
function methodSheet(result: ScoreResult, language: Language, byId: ReadonlyMap<string, NodeInfo>): Sheet<never> {
  const words = WORDS[language];
  const rows: Row[] = [[head(words.item), head(words.valueColumn)]];
  const { framework } = result;
  rows.push([words.framework, framework.id], [words.name, framework.name]);
  if (framework.edition !== undefined) rows.push([words.edition, framework.edition]);
  if (framework.year !== undefined) rows.push([words.year, { value: framework.year, type: Number, format: '0' }]);
  if (result.dataset.id !== undefined) rows.push([words.dataset, result.dataset.id]);
  if (result.dataset.year !== undefined) rows.push([`${words.dataset} — ${words.year.toLowerCase()}`, { value: result.dataset.year, type: Number, format: '0' }]);
  rows.push(
    [words.scale, { value: framework.scale, type: Number }],
    [words.rounding, `${framework.rounding.decimals} ${words.decimals}, ${framework.rounding.mode}`],
    [words.ties, framework.ranking.ties],
    [words.rankedOn, framework.ranking.on],
    [words.precision, { value: result.precision, type: Number, format: '0' }],
    [],
    [{ value: words.nodes, fontWeight: 'bold' }],
    [head(words.node), head(words.title), head(words.kind), head(words.parent), head(words.depth), head(words.weight), head(words.share), head(words.methodColumn), head(words.direction)],
  );
  for (const node of result.nodes) {
    const parent = node.parent === null ? undefined : byId.get(node.parent);
    const siblings = parent?.children?.map((id) => byId.get(id)?.weight ?? 0) ?? [];
    const total = siblings.reduce((sum, weight) => sum + weight, 0);
    rows.push([
      node.id,
      nodeTitle(node.label, node.id, language),
      words.kinds[node.kind],
      node.parent ?? '',
      { value: node.depth, type: Number, format: '0' },
      { value: node.weight, type: Number },
      parent === undefined || total === 0 ? null : { value: node.weight / total, type: Number, format: '0.00%' },
      node.method,
      words.directions[node.direction],
    ]);
  }
  rows.push([], [{ value: words.missing, fontWeight: 'bold' }]);
  if (result.missing.length === 0) rows.push([words.noMissing]);
  else {
    rows.push([head(words.unit), head(words.node), head(words.missingChildren), head(words.action), head(words.presentShare)]);
    for (const note of result.missing) {
      rows.push([note.unit, note.node, note.missing.join(', '), words.actions[note.action], figure(note.presentShare, '0.00%')]);
    }
  }
  if (result.unranked.length > 0) {
    rows.push([], [{ value: words.unranked, fontWeight: 'bold' }], [head(words.unit), head(words.reason)]);
    for (const entry of result.unranked) rows.push([entry.unit, entry.reason]);
  }
  return { data: rows, sheet: sheetName(words.method), columns: widths(rows), stickyRowsCount: 1 };
}

