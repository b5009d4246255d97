/**
 * A starter column mapping from a sheet's headers: the first year a ministry's sheet is read, the
 * mapping has to be written; this guesses it from the framework's indicator labels, for a person to
 * check and save.
 *
 * @module
 */
import { compilePlan } from '../engine/plan.js';
import type { Framework, FrameworkInput } from '../model/framework.js';
import { headerKey, type ColumnMapping } from '../io/mapping.js';
import type { DataTable, TableCell } from '../io/table.js';
import { findProvince } from '../vietnam/names.js';
import { stripDiacritics } from '../vietnam/provinces.js';

/** How a column was placed in the suggested mapping. */
export interface MappingGuess {
  /** The header (or its path, when two columns share a header). */
  readonly header: string;
  /** What the column became: `id`, `group region`, `ignore`, `year`, or the indicator id; `?` when nothing fitted. */
  readonly target: string;
  /** `exact` (the header is the indicator's label or id), `close` (most of its words), `role` (a usual header such as "STT"), `none`. */
  readonly how: 'exact' | 'close' | 'role' | 'none';
}

/** A suggested mapping and how each column was placed. */
export interface SuggestedMapping {
  readonly mapping: ColumnMapping;
  readonly guesses: readonly MappingGuess[];
}

/** Headers as compared here: headerKey, without accents, units such as "(%)", or punctuation. */
function fold(text: string): string {
  return stripDiacritics(headerKey(text))
    .replace(/\((%|diem|points?|so|ty le|percent)\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ID_HEADERS = new Set(['tinh thanh pho', 'tinh', 'tinh tp', 'ten tinh', 'dia phuong', 'don vi', 'province', 'unit', 'id', 'ma', 'code', 'name', 'ten', 'country']);
const GROUP_HEADERS: Readonly<Record<string, string>> = { vung: 'region', 'vung kinh te': 'region', 'vung kinh te xa hoi': 'region', region: 'region' };
const IGNORE_HEADERS = new Set(['stt', 'tt', 'so tt', 'no', 'ghi chu', 'note', 'notes', 'xep hang', 'hang', 'rank']);
const YEAR_HEADERS = new Set(['nam', 'year']);

function words(text: string): Set<string> {
  return new Set(text.split(' ').filter((word) => word.length > 0));
}

/** The share of words two headers have in common (Jaccard). */
function overlap(left: string, right: string): number {
  const a = words(left);
  const b = words(right);
  let common = 0;
  for (const word of a) if (b.has(word)) common += 1;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

/**
 * Suggests a column mapping for a table (read with `readXlsxTable`, or a CSV's header) against a
 * framework: usual headers become the id ("Tỉnh/Thành phố"), group ("Vùng") and ignored ("STT")
 * columns; a header equal to an indicator's Vietnamese or English label (or its id), accents and
 * units aside, maps to it; one sharing most of its words with a label is a close guess; anything
 * else maps to `"?"` for a person to fill in. Units are provinces when most ids are province
 * names; the locale is `vi-VN` when numbers are stored as text with a decimal comma.
 *
 * @example
 * const { mapping, guesses } = suggestColumnMapping(await readXlsxTable(bytes), vnDti2022);
 * guesses.filter((guess) => guess.how !== 'exact'); // the columns to check
 */
export function suggestColumnMapping(table: Pick<DataTable, 'header' | 'headerAbove' | 'rows'> & { readonly sheet?: string; readonly headerRows?: readonly [number, number] }, framework: Framework | FrameworkInput): SuggestedMapping {
  const plan = compilePlan(framework);
  const indicators = plan.info.filter((node) => node.kind === 'indicator').map((node) => ({ id: node.id, names: [node.id, node.label?.vi, node.label?.en, node.label?.short].filter((name): name is string => name !== undefined).map(fold) }));
  const folded = table.header.map(fold);
  const written = table.header.map((header, column) => {
    const twice = table.header.filter((other) => headerKey(other) === headerKey(header)).length > 1;
    const above = table.headerAbove?.[column] ?? [];
    return twice && above.length > 0 ? [...above, header].join(' / ') : header;
  });
  const guesses: MappingGuess[] = [];
  const columns: Record<string, string> = {};
  const groups: Record<string, string> = {};
  const ignore: string[] = [];
  let id: string | undefined;
  let year: string | undefined;
  const taken = new Map<string, { column: number; score: number }>();
  const choices: ({ id: string; score: number } | undefined)[] = [];
  folded.forEach((key, column) => {
    const header = written[column] as string;
    if (header.trim() === '') return;
    if (id === undefined && ID_HEADERS.has(key)) {
      id = header;
      guesses.push({ header, target: 'id', how: 'role' });
      return;
    }
    const group = GROUP_HEADERS[key];
    if (group !== undefined) {
      groups[header] = group;
      guesses.push({ header, target: `group ${group}`, how: 'role' });
      return;
    }
    if (IGNORE_HEADERS.has(key)) {
      ignore.push(header);
      guesses.push({ header, target: 'ignore', how: 'role' });
      return;
    }
    if (year === undefined && YEAR_HEADERS.has(key)) {
      year = header;
      guesses.push({ header, target: 'year', how: 'role' });
      return;
    }
    let best: { id: string; score: number } | undefined;
    for (const indicator of indicators) {
      const score = indicator.names.includes(key) ? 1 : Math.max(...indicator.names.map((name) => overlap(key, name)));
      if (best === undefined || score > best.score) best = { id: indicator.id, score };
    }
    choices[column] = best !== undefined && best.score >= 0.5 ? best : undefined;
    const chosen = choices[column];
    if (chosen !== undefined) {
      const earlier = taken.get(chosen.id);
      if (earlier === undefined || earlier.score < chosen.score) taken.set(chosen.id, { column, score: chosen.score });
    }
  });
  folded.forEach((_key, column) => {
    const header = written[column] as string;
    if (header.trim() === '' || header === id || header === year || ignore.includes(header) || Object.hasOwn(groups, header)) return;
    const chosen = choices[column];
    const kept = chosen !== undefined && taken.get(chosen.id)?.column === column ? chosen : undefined;
    columns[header] = kept?.id ?? '?';
    guesses.push({ header, target: kept?.id ?? '?', how: kept === undefined ? 'none' : kept.score === 1 ? 'exact' : 'close' });
  });
  const idColumn = id === undefined ? -1 : written.indexOf(id);
  const ids = idColumn === -1 ? [] : table.rows.map((row) => row[idColumn]).filter((cell): cell is string => typeof cell === 'string' && cell.trim() !== '');
  const provinces = ids.length > 0 && ids.filter((name) => findProvince(name) !== undefined).length >= ids.length * 0.8;
  const textNumbers = table.rows.flatMap((row) => row.filter((cell: TableCell) => typeof cell === 'string' && /^-?\d{1,3}(\.\d{3})*,\d+\s*%?$|^-?\d+,\d+\s*%?$/.test(cell.trim())));
  const mapping: ColumnMapping = {
    description: `Suggested by chiso for framework ${framework.id}: check every column, and replace each "?" with an indicator id or move it to "ignore".`,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    ...(table.headerRows === undefined ? {} : { headerRow: table.headerRows[0] }),
    ...(textNumbers.length > 0 ? { locale: 'vi-VN' as const } : {}),
    ...(provinces ? { provinces: true } : {}),
    ...(id === undefined ? {} : { id }),
    ...(year === undefined ? {} : { year }),
    ...(Object.keys(groups).length === 0 ? {} : { groups }),
    columns,
    ...(ignore.length === 0 ? {} : { ignore }),
  };
  return { mapping, guesses };
}
