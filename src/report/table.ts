/**
 * Ranking tables from a result, in the formats people read and exchange: aligned text for a
 * terminal, Markdown, CSV.
 *
 * @module
 */
import { compareResults } from '../analysis/compare.js';
import { assertPanel, type Panel } from '../analysis/panel.js';
import type { ScoreResult, UnitResult } from '../engine/result.js';
import { ExactDecimal, guardDecimalSettings, roundToText } from '../engine/decimal.js';
import { divideRational, parseRational, rationalToText, sumDecimals } from '../engine/rational.js';
import { formatCsv } from '../io/csv.js';
import { escapeControlCharacters } from './escape.js';
import { describeValue, quoteText } from '../model/describe.js';
import { ChisoError, issue } from '../model/issues.js';
import { ownValue } from '../model/records.js';
import { checkArgument, checkOptions, anything, flag, oneOf, text, texts } from '../model/arguments.js';
import { assertResult } from '../model/saved-result.js';
import { changeDescription, groupTitle, isLanguage, localiseFigures, nodeTitle, TABLE_WORDS, type Language } from './language.js';
import { displayWidth } from './text-width.js';

/** The `language` option of the table builders, checked. */
const language = (value: unknown): { kind: 'type'; expected: string } | null => (isLanguage(value) ? null : { kind: 'type', expected: '"en" or "vi"' });

/**
 * A table: column titles, alignment and text cells. A column may carry `drop`: when the table is
 * too wide for a terminal, {@link fitTable} leaves out the columns with the smallest `drop` first;
 * a column without it is always kept.
 */
export interface Table {
  readonly columns: readonly { readonly title: string; readonly align: 'left' | 'right'; readonly drop?: number }[];
  readonly rows: readonly (readonly string[])[];
}

/** Options for {@link rankingTable}. */
export interface RankingTableOptions {
  /** The node to rank by (default: the top index). */
  readonly node?: string;
  /** Show the published values of the node's children as columns (default true). */
  readonly children?: boolean;
  /** An earlier result: adds the rank change ("up 22 places") and the score change. */
  readonly previous?: ScoreResult;
  /** Add a column with the rank within this group key (e.g. `region`). */
  readonly group?: string;
  /** Node ids to show as columns instead of the node's children. */
  readonly columns?: readonly string[];
  /** Column titles for nodes: their English (else Vietnamese) `label`, their `short` label, or their `id`. */
  readonly titles?: 'label' | 'short' | 'id';
  /**
   * Fewer columns for a terminal: no unit id when units have names, no rank within the group, and
   * of the change from a previous result only its description ("up 7 places").
   */
  readonly compact?: boolean;
  /**
   * The language of the column titles, node labels and change phrases ("tăng 22 bậc"): `en`
   * (default) or `vi`. Figures stay as the engine writes them ("0.8002"); {@link formatTable} writes
   * them as the language does in text and Markdown.
   */
  readonly language?: Language;
}

function labelOf(result: ScoreResult, id: string, titles: 'label' | 'short' | 'id' = 'label', lang: Language = 'en'): string {
  const info = result.nodes.find((node) => node.id === id);
  if (titles === 'id') return id;
  if (titles === 'short') return info?.label?.short ?? id;
  return nodeTitle(info?.label, id, lang);
}

/**
 * Builds a ranking table at one node: rank, unit, name, groups asked for, published score, the
 * children's published values and, given an earlier result, the change. Units are sorted by rank;
 * units without a rank follow in dataset order.
 *
 * @example
 * const table = rankingTable(result, { children: false });
 * table.columns.map((column) => column.title); // => ['Rank', 'Unit', 'Name', 'DESI 2022']
 */
export function rankingTable(result: ScoreResult, options: RankingTableOptions = {}): Table {
  checkOptions('rankingTable', options, { node: text, children: flag, previous: anything, group: text, columns: texts, titles: oneOf(['label', 'short', 'id']), compact: flag, language });
  assertResult(result);
  const node = options.node ?? result.root;
  const info = result.nodes.find((candidate) => candidate.id === node);
  if (!info) throw new ChisoError([issue('unknown_reference', ['node'], `node ${quoteText(node)} is not in the result`, { received: node })]);
  const unknown = (options.columns ?? []).filter((column) => !result.nodes.some((candidate) => candidate.id === column));
  if (unknown.length > 0) throw new ChisoError(unknown.map((column) => issue('unknown_reference', ['columns'], `column ${quoteText(column)} is not a node of the result`, { received: column })));
  const children = options.columns ?? (options.children === false || info.kind === 'indicator' ? [] : (info.children ?? []));
  const comparison = options.previous ? compareResults(options.previous, result, { node }) : null;
  const changeByUnit = new Map(comparison?.rows.map((row) => [row.unit, row]) ?? []);
  const valueOf = (unit: UnitResult, id: string): string => {
    const figures = unit.nodes[id];
    return figures?.published ?? figures?.normalised ?? '–';
  };
  const sorted = [...result.units].sort((left, right) => {
    const leftRank = left.nodes[node]?.rank ?? Number.POSITIVE_INFINITY;
    const rightRank = right.nodes[node]?.rank ?? Number.POSITIVE_INFINITY;
    return leftRank - rightRank;
  });
  const compact = options.compact === true;
  const lang = options.language ?? 'en';
  const words = TABLE_WORDS[lang];
  const named = result.units.some((unit) => unit.name !== undefined);
  const showId = !compact || result.units.some((unit) => unit.name === undefined);
  // What fitTable leaves out first when the table is too wide: the children from the right, then
  // the score change, the previous rank, the rank in the group, the unit id (when units have
  // names), the group and the change. The rank, the name and the score are always kept.
  const optional = { scoreChange: children.length + 1, previousRank: children.length + 2, groupRank: children.length + 3, id: children.length + 4, group: children.length + 5, change: children.length + 6 };
  const columns: Table['columns'][number][] = [{ title: words.rank, align: 'right' }];
  if (showId) columns.push({ title: words.unit, align: 'left', ...(named ? { drop: optional.id } : {}) });
  columns.push({ title: words.name, align: 'left' });
  if (options.group !== undefined) {
    columns.push({ title: groupTitle(options.group, lang), align: 'left', drop: optional.group });
    if (!compact) columns.push({ title: lang === 'vi' ? `${words.rank} trong ${groupTitle(options.group, lang).toLowerCase()}` : `Rank in ${options.group}`, align: 'right', drop: optional.groupRank });
  }
  columns.push({ title: labelOf(result, node, options.titles, lang), align: 'right' });
  children.forEach((child, index) => columns.push({ title: labelOf(result, child, options.titles, lang), align: 'right', drop: children.length - index }));
  if (comparison && compact) columns.push({ title: words.change, align: 'left', drop: optional.change });
  else if (comparison) columns.push({ title: words.previousRank, align: 'right', drop: optional.previousRank }, { title: words.change, align: 'left', drop: optional.change }, { title: words.scoreChange, align: 'right', drop: optional.scoreChange });

  const decimals = result.framework.rounding.decimals;
  const rows = sorted.map((unit) => {
    const figures = unit.nodes[node];
    const row = [figures?.rank === null || figures?.rank === undefined ? '–' : String(figures.rank)];
    if (showId) row.push(unit.id);
    row.push(unit.name ?? '');
    if (options.group !== undefined) {
      const groupRank = figures?.groupRanks === undefined ? undefined : ownValue(figures.groupRanks, options.group);
      row.push(ownValue(unit.groups, options.group) ?? '');
      if (!compact) row.push(groupRank === null || groupRank === undefined ? '–' : String(groupRank));
    }
    row.push(valueOf(unit, node));
    for (const child of children) row.push(valueOf(unit, child));
    const change = changeByUnit.get(unit.id);
    const phrase = change === undefined ? '' : changeDescription(change, lang);
    if (comparison && compact) row.push(phrase);
    else if (comparison) {
      row.push(change?.previousRank === null || change?.previousRank === undefined ? '–' : String(change.previousRank), phrase, change?.publishedChange === null || change?.publishedChange === undefined ? '–' : signed(change.publishedChange, decimals));
    }
    return row;
  });
  return { columns, rows };
}

/** Options for {@link groupTable}. */
export interface GroupTableOptions {
  /** The node (default: the top index). */
  readonly node?: string;
  /** The language of the column titles: `en` (default) or `vi`. */
  readonly language?: Language;
}

/**
 * Ranks groups (regions) by the mean full-precision score of their ranked units at a node, with
 * the number of units and the best unit: the "region ranking" below a provincial table. The mean
 * is exact and rounded with the framework's rounding.
 *
 * @example
 * formatTable(groupTable(result, 'region'), 'text');
 */
export function groupTable(result: ScoreResult, group: string, options: GroupTableOptions = {}): Table {
  guardDecimalSettings();
  checkArgument('groupTable', 'the group', group, text);
  checkOptions('groupTable', options, { node: text, language });
  assertResult(result);
  const node = options.node ?? result.root;
  if (!result.nodes.some((candidate) => candidate.id === node)) throw new ChisoError([issue('unknown_reference', ['node'], `node ${quoteText(node)} is not in the result`, { received: node })]);
  const members = new Map<string, UnitResult[]>();
  for (const unit of result.units) {
    const key = ownValue(unit.groups, group);
    const value = unit.nodes[node]?.score ?? unit.nodes[node]?.normalised;
    if (key === undefined || !unit.ranked || value === null || value === undefined) continue;
    const list = members.get(key);
    if (list === undefined) members.set(key, [unit]);
    else list.push(unit);
  }
  if (members.size === 0) throw new ChisoError([issue('unknown_reference', ['group'], `no ranked unit has a ${quoteText(group)} group`, { received: group })]);
  const valueOf = (unit: UnitResult): InstanceType<typeof ExactDecimal> => new ExactDecimal((unit.nodes[node]?.score ?? unit.nodes[node]?.normalised) as string);
  const rows = [...members.entries()].map(([key, units]) => {
    // An exact sum, so the group mean does not depend on the order of units.
    const mean = new ExactDecimal(rationalToText(divideRational(sumDecimals(units.map((unit) => parseRational(valueOf(unit).toString()))), { numerator: BigInt(units.length), denominator: 1n })));
    // one pass, not a sort that reads every value again at each comparison; among equal scores
    // the smallest id leads, so the answer does not depend on the order of units
    const best = units.reduce((leader, unit) => {
      const order = valueOf(unit).cmp(valueOf(leader));
      return order > 0 || (order === 0 && unit.id < leader.id) ? unit : leader;
    });
    return { key, units: units.length, mean, best };
  });
  rows.sort((left, right) => right.mean.cmp(left.mean) || (left.key < right.key ? -1 : 1));
  const { decimals, mode } = result.framework.rounding;
  const lang = options.language ?? 'en';
  const words = TABLE_WORDS[lang];
  return {
    columns: [
      { title: words.rank, align: 'right' },
      { title: groupTitle(group, lang), align: 'left' },
      { title: words.units, align: 'right' },
      { title: lang === 'vi' ? `${nodeTitle(result.nodes.find((candidate) => candidate.id === node)?.label, node, lang, 'short')} trung bình` : `Mean ${labelOf(result, node)}`, align: 'right' },
      { title: words.best, align: 'left', drop: 2 },
      { title: words.bestScore, align: 'right', drop: 1 },
    ],
    rows: rows.map((row, index) => {
      const previous = rows[index - 1];
      const rank = previous !== undefined && previous.mean.eq(row.mean) ? '=' : String(index + 1);
      return [rank, row.key, String(row.units), roundToText(row.mean, decimals, mode), row.best.name ?? row.best.id, row.best.nodes[node]?.published ?? row.best.nodes[node]?.normalised ?? ''];
    }),
  };
}

/**
 * Options for {@link panelTable}.
 *
 * @example
 * panelTable(panel, { scores: true }); // a "Score 2023" column after each year's rank
 */
export interface PanelTableOptions {
  /** Also print each year's published score beside its rank (default: ranks only). */
  readonly scores?: boolean;
  /** The language of the column titles and change phrases: `en` (default) or `vi`. */
  readonly language?: Language;
}

/**
 * A rank-history table from a panel: one row per unit, one column per year with its rank (and,
 * with `scores`, the published score), then the last change in words — the table a province
 * report prints ("52 → 29 → 31 → 9"). Rows follow the latest year's ranks.
 *
 * @example
 * formatTable(panelTable(scorePanel(readiness, [data2022, data2023])), 'text');
 */
export function panelTable(panel: Panel, options: PanelTableOptions = {}): Table {
  checkOptions('panelTable', options, { scores: flag, language });
  assertPanel(panel);
  const last = panel.years.length - 1;
  const lang = options.language ?? 'en';
  const words = TABLE_WORDS[lang];
  // too wide for a terminal: the earliest years' scores go first, then the earliest years' ranks
  const yearCount = panel.years.length;
  const columns: Table['columns'][number][] = [
    { title: words.unit, align: 'left', drop: 2 * yearCount + 2 },
    { title: words.name, align: 'left' },
  ];
  panel.years.forEach((year, index) => {
    columns.push({ title: String(year), align: 'right', ...(index === last ? {} : { drop: yearCount + index }) });
    if (options.scores) columns.push({ title: `${words.score} ${year}`, align: 'right', ...(index === last ? {} : { drop: index }) });
  });
  columns.push({ title: words.ranks, align: 'left', drop: 2 * yearCount + 1 }, { title: words.change, align: 'left' });
  const latestRank = (row: Panel['rows'][number]): number => row.cells[last]?.rank ?? Number.POSITIVE_INFINITY;
  const rows = [...panel.rows]
    .sort((left, right) => latestRank(left) - latestRank(right))
    .map((row) => {
      const cells = [row.unit, row.name ?? ''];
      for (const cell of row.cells) {
        cells.push(cell?.rank === null || cell?.rank === undefined ? '–' : String(cell.rank));
        if (options.scores) cells.push(cell?.published ?? '–');
      }
      const latest = row.cells[last];
      cells.push(row.cells.map((cell) => (cell?.rank === null || cell?.rank === undefined ? '–' : String(cell.rank))).join(' → '), latest === null || latest === undefined ? '' : changeDescription({ description: latest.description, previousRank: row.cells[last - 1]?.rank ?? null, currentRank: latest.rank }, lang));
      return cells;
    });
  return { columns, rows };
}

function signed(text: string, decimals: number): string {
  // Exact, in decimal notation: a double would print a change of 1.84e+325 as "Infinity".
  const fixed = new ExactDecimal(text).toFixed(decimals);
  return text.startsWith('-') ? fixed : `+${fixed}`;
}

/**
 * Writes a table as aligned text for a terminal, as Markdown, or as CSV. Every title and cell is
 * passed through {@link escapeControlCharacters}, so a label or unit name holding an escape
 * sequence, a line break or a bidirectional override prints as visible text (`\n`, `\x1B`). In
 * Markdown, `|` and `\` are escaped, so each row stays one row of the same cells, and a name stays
 * text: `<`, `>` and `&` become entities, `[`, `]` and a backquote are escaped; in CSV, text
 * a spreadsheet would run as a formula (`=HYPERLINK(…)` in a unit name) gets a `'` in front, as
 * {@link formatCsv} does, while numbers ("-0.5") are written as they are.
 *
 *
 * Text is aligned by terminal columns ({@link displayWidth}: accents composed, wide characters
 * two columns). With `language: 'vi'`, text and Markdown write the figures of right-aligned
 * columns as Vietnamese does ("0,8002"); CSV, read by programs, always keeps "0.8002".
 *
 * @example
 * formatTable({ columns: [{ title: 'Rank', align: 'right' }, { title: 'Unit', align: 'left' }], rows: [['1', 'FI']] }, 'md');
 * // => '| Rank | Unit |\n| ---: | :--- |\n| 1 | FI |\n'
 * formatTable({ columns: [{ title: 'Điểm', align: 'right' }], rows: [['0.8002']] }, 'md', { language: 'vi' });
 * // => '| Điểm |\n| ---: |\n| 0,8002 |\n'
 */
export function formatTable(table: Table, format: 'text' | 'md' | 'csv', options: FormatTableOptions = {}): string {
  return [...formatTableLines(table, format, options)].join('');
}

/** Options for {@link formatTable}. */
export interface FormatTableOptions {
  /**
   * How figures are written in text and Markdown: `en` (default) "0.8002", `vi` "0,8002" (the
   * decimal numbers of right-aligned columns). CSV is not affected.
   */
  readonly language?: Language;
}

/**
 * The lines of {@link formatTable}, one at a time (each ending in a line feed), so a large table
 * can be written as it is produced instead of as one string.
 *
 * @example
 * for (const line of formatTableLines(rankingTable(result), 'csv')) process.stdout.write(line);
 */
export function formatTableLines(table: Table, format: 'text' | 'md' | 'csv', options: FormatTableOptions = {}): Generator<string, void, undefined> {
  // checked here, before the first line is asked for
  checkArgument('formatTable', 'the format', format, oneOf(['text', 'md', 'csv']));
  checkOptions('formatTable', options, { language });
  checkTable(table);
  const lang = options.language ?? 'en';
  if (format === 'csv' || lang === 'en') return tableLines(table, format);
  const right = table.columns.map((column) => column.align === 'right');
  return tableLines({ columns: table.columns, rows: table.rows.map((row) => row.map((cell, index) => (right[index] ? localiseFigures(cell, lang) : cell))) }, format);
}

/** A table built by hand is checked: the columns, and rows of texts, one per column. */
function checkTable(table: unknown): void {
  const given = table as Partial<Record<'columns' | 'rows', unknown>> | null;
  if (typeof table !== 'object' || given === null || !Array.isArray(given.columns) || !Array.isArray(given.rows)) {
    throw new TypeError(`formatTable: the table is ${describeValue(table)}; expected { columns, rows }`);
  }
  const columns: readonly unknown[] = given.columns;
  columns.forEach((column: unknown, index) => {
    const entry = column as { title?: unknown; align?: unknown } | null;
    if (typeof column !== 'object' || entry === null || typeof entry.title !== 'string' || (entry.align !== 'left' && entry.align !== 'right')) {
      throw new TypeError(`formatTable: column ${index} is ${describeValue(column)}; expected { title: a text, align: "left" or "right" }`);
    }
  });
  const rows: readonly unknown[] = given.rows;
  rows.forEach((row: unknown, index) => {
    if (!Array.isArray(row) || !Array.from(row, (cell: unknown) => typeof cell === 'string').every(Boolean)) {
      throw new TypeError(`formatTable: row ${index} is ${describeValue(row)}; expected a list of texts`);
    }
    if (row.length !== columns.length) throw new RangeError(`formatTable: row ${index} has ${row.length} cells for ${columns.length} columns`);
  });
}

function* tableLines(table: Table, format: 'text' | 'md' | 'csv'): Generator<string, void, undefined> {
  const titles = table.columns.map((column) => escapeControlCharacters(column.title));
  const cells = (row: readonly string[]): string[] => row.map(escapeControlCharacters);
  if (format === 'csv') {
    yield formatCsv([titles]);
    for (const row of table.rows) yield formatCsv([cells(row)]);
    return;
  }
  if (format === 'md') {
    // A "|" would split the cell and a line break end the row: "|" is escaped (and "\\", so a
    // backslash before it is not read as the escape), line breaks are already shown as "\n".
    // A name is text, never markup: "<", ">" and "&" become entities (a renderer that allows HTML
    // would otherwise run `<img onerror=…>`), and "[", "]" and "`" are escaped so a name cannot
    // become a link or code span.
    const escape = (cell: string): string =>
      cell
        .replace(/[\\|[\]`]/g, (character) => `\\${character}`)
        .replace(/[<>&]/g, (character) => (character === '<' ? '&lt;' : character === '>' ? '&gt;' : '&amp;'));
    yield `| ${titles.map(escape).join(' | ')} |\n`;
    yield `| ${table.columns.map((column) => (column.align === 'right' ? '---:' : ':---')).join(' | ')} |\n`;
    for (const row of table.rows) yield `| ${cells(row).map(escape).join(' | ')} |\n`;
    return;
  }
  const widths = titles.map(displayWidth);
  for (const row of table.rows) {
    row.forEach((cell, index) => {
      const size = displayWidth(escapeControlCharacters(cell));
      if (size > (widths[index] ?? 0)) widths[index] = size;
    });
  }
  const pad = (cell: string, index: number): string => {
    const room = ' '.repeat(Math.max(0, (widths[index] ?? 0) - displayWidth(cell)));
    return table.columns[index]?.align === 'right' ? room + cell : cell + room;
  };
  yield titles.map(pad).join('  ').trimEnd() + '\n';
  yield widths.map((size) => '─'.repeat(size)).join('  ') + '\n';
  for (const row of table.rows) yield cells(row).map(pad).join('  ').trimEnd() + '\n';
}
