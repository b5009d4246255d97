/**
 * From a table — a header and rows of cells, read from a CSV or a spreadsheet — to a dataset: the
 * step every tabular reader shares. The reader says how to name a place ("line 7, column
 * "smartphone"" for a CSV, "Sheet 'Số liệu'!C7" for a workbook), so every problem names the cell
 * a person has to fix.
 *
 * @module
 */
import type { DatasetInput, DataUnitInput } from '../model/dataset.js';
import { readNumber, type NumberLocale } from './number.js';
import { headerKey, type ColumnMapping } from './mapping.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { quoteText } from '../model/describe.js';
import { emptyRecord } from '../model/records.js';
import { spreadsheetError } from '../model/spreadsheet-errors.js';
import { MAX_YEAR, MIN_YEAR, yearProblem } from '../model/limits.js';
import { closestName, didYouMean } from '../model/suggest.js';
import { toNfc } from '../model/text.js';

/** One cell of a table: text as written, a number a spreadsheet stored as a number, or empty. */
export type TableCell = string | number | null;

/** How a reader names the places of its table in messages and issue paths. */
export interface TablePlaces {
  /** What the table is, for the error's title: `"The CSV"`, `"Sheet 'Số liệu'"`. */
  readonly what: string;
  /** A row, in a sentence: `"line 7"`, `"row 7"`. */
  row(row: number): string;
  /** A cell, in a sentence: `"line 7, column "x""`, `"Sheet 'Số liệu'!C7"`. */
  cell(row: number, column: number): string;
  /** A column's number or letter: `"3"` (CSV), `"C"` (a sheet). */
  columnLabel(column: number): string;
}

/** A table to read as a dataset. */
export interface DataTable {
  /** Column headers (for a header of several rows, the bottom one: the column's own title). */
  readonly header: readonly string[];
  /**
   * For a header of several rows: the titles above each column's own (a merged "Hạ tầng số" over
   * its indicators), top first, so a mapping can name a column "Hạ tầng số / …".
   */
  readonly headerAbove?: readonly (readonly string[])[];
  /** The rows below the header. */
  readonly rows: readonly (readonly TableCell[])[];
  /** How to name rows, cells and columns. */
  readonly places: TablePlaces;
  /**
   * For a cell that holds a copy of another (a spreadsheet's merged range filled from its top-left
   * cell): where the value was written, e.g. `"C7"`. A group or name may be copied (a region over
   * its provinces); an indicator's value may not: one number shown over several cells is refused
   * rather than counted for each.
   */
  readonly copiedFrom?: ((row: number, column: number) => string | undefined) | undefined;
}

/** Options for {@link datasetFromTable}. */
export interface DatasetFromTableOptions {
  /** The column holding unit ids (default: the first of `id`, `unit`, `code`, `country`, `province`). */
  readonly idColumn?: string | undefined;
  /** The column holding unit names (default: `name` if present). */
  readonly nameColumn?: string | undefined;
  /** Columns that hold group memberships, e.g. `['region']`; `group:KEY` columns are groups too. */
  readonly groupColumns?: readonly string[] | undefined;
  /** Columns to leave out. */
  readonly ignoreColumns?: readonly string[] | undefined;
  /** Dataset-level fields (year, id, metadata). */
  readonly dataset?: Omit<DatasetInput, 'units'> | undefined;
  /** How numbers written as text are read (see `readNumber`). */
  readonly locale?: NumberLocale | undefined;
  /** How the caller's users choose the id column, for the message when there is none. */
  readonly idColumnOption?: string | undefined;
  /**
   * Which column holds which indicator (see `ColumnMappingSchema`); with one, every column must be
   * mapped, special or ignored.
   */
  readonly mapping?: ColumnMapping | undefined;
  /** The units are Vietnam's provinces: match their names with `matchUnits`. Default: the mapping's `provinces`. */
  readonly provinces?: boolean | undefined;
  /**
   * How units are matched when `provinces` is asked for: `withProvinces` (from 'chiso'). Passed in
   * rather than imported, so a reader that never matches provinces does not carry their registry.
   * A problem it reports about `units[i]` is given the place of that unit's cell.
   */
  readonly matchUnits?: ((dataset: DatasetInput) => DatasetInput) | undefined;
  /**
   * `keep` (CSV): value cells stay text, the dataset declares the locale and validation reads
   * them. `read` (spreadsheets): each text cell is read now, in the locale, and a cell that is not
   * a number is refused naming the cell; numbers stay numbers.
   */
  readonly values?: 'keep' | 'read' | undefined;
}

const ID_COLUMNS = ['id', 'unit', 'code', 'country', 'province'];
const TRUE_WORDS = new Set(['true', 'yes', '1', 'có']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'không']);
/**
 * Labels of a total or average row that sheets put below (or above) their units: such a row is no
 * unit, and read as one it would be scored and ranked among them. Compared as headers are (NFC, no
 * case, spaces as one), with a trailing ":" or "." removed.
 */
const TOTAL_LABELS = new Set([
  'cả nước', 'toàn quốc', 'tổng', 'tổng cộng', 'tổng số', 'trung bình', 'bình quân', 'trung bình cả nước', 'bình quân cả nước', 'cộng',
  'total', 'grand total', 'sum', 'average', 'mean', 'national average', 'national total', 'overall',
]);

/** A role that reads a column into a key (a value, a group) or a field of the unit. */
type ColumnRole = { readonly role: 'id' | 'name' | 'ignore' | 'year' | 'ranked' } | { readonly role: 'group' | 'value'; readonly key: string };

/** A column named in a sentence, after "column" or "columns": `3 ("x")`, `C ("x")`. */
function columnReference(places: TablePlaces, header: readonly string[], column: number): string {
  return `${places.columnLabel(column)} (${quoteText(header[column] ?? '')})`;
}

function cellText(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell;
}

/**
 * Turns a table into a dataset: one row per unit, one column per indicator. Special columns: the
 * id column (without one, the `name` column serves as the id), `name`, `year`, `ranked` (yes/no),
 * and group columns (`region`, or any `group:KEY`); with a `mapping`, the columns it names. Every
 * other column becomes a value — or, with a mapping, is refused unless listed in `ignore`. Rows
 * whose cells are all empty are skipped; a row with values but no id is refused, naming its row,
 * and so is a total or average row ("Cả nước", "Tổng cộng", "Total") unless a `ranked` column says
 * no — read as a unit, it would be scored and ranked among the units.
 * Every problem names its place the way `table.places` says.
 *
 * @example
 * const places = { what: 'The table', row: (row) => `row ${row + 2}`, cell: (row, column) => `row ${row + 2}, column ${column + 1}`, columnLabel: (column) => String(column + 1) };
 * datasetFromTable({ header: ['Tỉnh', 'Cáp quang (%)'], rows: [['Hà Nội', 94]], places }, { mapping: { id: 'Tỉnh', columns: { 'cáp quang (%)': 'fibre_pct' } }, values: 'read' }).units;
 * // => [{ id: 'Hà Nội', values: { fibre_pct: 94 } }]
 */
export function datasetFromTable(table: DataTable, options: DatasetFromTableOptions = {}): DatasetInput {
  const { places } = table;
  const title = `${places.what} cannot be read`;
  const mapping = options.mapping;
  // Names, ids and groups in NFC, so a header typed on macOS (decomposed accents) names the same indicator.
  const header = table.header.map((name) => toNfc(name.trim()));
  const lower = header.map((name) => name.toLowerCase());
  const keys = header.map(headerKey);
  const pathKeys = header.map((name, column) => {
    const above = table.headerAbove?.[column] ?? [];
    return above.length === 0 ? undefined : headerKey([...above, name].join(' / '));
  });
  /** The column a header given by the caller or the mapping names: exact, else compared as headerKey does. */
  const findColumn = (wanted: string): number => {
    const exact = header.indexOf(toNfc(wanted.trim()));
    if (exact !== -1) return exact;
    const key = headerKey(wanted);
    const byPath = pathKeys.indexOf(key);
    return byPath !== -1 ? byPath : keys.indexOf(key);
  };
  const nameWanted = options.nameColumn ?? mapping?.name;
  const idWanted = options.idColumn ?? mapping?.id;
  const nameIndex = nameWanted !== undefined ? findColumn(nameWanted) : lower.indexOf('name');
  let idIndex = idWanted !== undefined ? findColumn(idWanted) : lower.findIndex((name) => ID_COLUMNS.includes(name));
  // A table with names but no ids (provinces as people list them): the name is the id too.
  if (idIndex === -1 && idWanted === undefined && nameIndex !== -1) idIndex = nameIndex;
  const problems: ChisoIssue[] = [];
  if (nameWanted !== undefined && nameIndex === -1) {
    problems.push(issue('unreadable_input', ['header'], `there is no column ${quoteText(nameWanted)}${didYouMean(nameWanted, header)}`, { received: header.join(', ') }));
  }
  if (idIndex === -1) {
    const howToChoose = options.idColumnOption ?? 'the idColumn option';
    problems.push(issue('unreadable_input', ['header'], idWanted !== undefined ? `there is no column ${quoteText(idWanted)}${didYouMean(idWanted, header)}` : `no id column: name one of ${ID_COLUMNS.join(', ')}, or choose the column with ${howToChoose}${mapping === undefined && options.values === 'read' ? ' (or give a column mapping, whose "id" names it)' : ''}`, { received: header.join(', ') }));
  }
  if (problems.length > 0) throw new ChisoError(problems, title);
  const ignored = new Set((options.ignoreColumns ?? []).map((name) => toNfc(name.trim())));
  const groupColumns = new Set((options.groupColumns ?? []).map((name) => toNfc(name.trim())));
  const roles = mapping === undefined ? header.map((name, index) => defaultRole(name, index, lower, idIndex, nameIndex, ignored, groupColumns)) : mappedRoles(table, header, keys, pathKeys, mapping, idIndex, nameIndex, ignored, problems);
  problems.push(...duplicateColumns(header, roles, places, [idIndex, nameIndex]));
  header.forEach((name, column) => {
    const filledRow = name === '' ? table.rows.findIndex((row) => cellText(row[column]).trim() !== '') : -1;
    if (filledRow !== -1) problems.push(issue('unreadable_input', ['header', column], `column ${places.columnLabel(column)} has no name but holds values (${places.row(filledRow)}: ${quoteText(cellText(table.rows[filledRow]?.[column]).trim())}): name it in the header row`));
  });
  if (problems.length > 0) throw new ChisoError(problems, title);
  // A row of empty cells is a blank row below or inside the table (spreadsheets write them): it
  // holds no data and is skipped. A row with some cell filled is a unit, and needs an id.
  const filledRows: number[] = [];
  table.rows.forEach((row, rowIndex) => {
    if (row.some((cell) => cellText(cell).trim() !== '')) filledRows.push(rowIndex);
  });
  for (const rowIndex of filledRows) {
    const row = table.rows[rowIndex] ?? [];
    if (cellText(row[idIndex]).trim() === '') {
      const filled = row.findIndex((cell) => cellText(cell).trim() !== '');
      problems.push(issue('missing_value', [places.row(rowIndex), header[idIndex] as string], `${places.row(rowIndex)} has no unit id (column ${quoteText(header[idIndex] as string)} is empty) but holds values (column ${quoteText(header[filled] as string)}: ${quoteText(cellText(row[filled]).trim())}): give it an id, or empty the row`, { expected: 'a unit id' }));
    }
  }
  // A total or average row ("Cả nước", "Tổng cộng") is refused unless the table says it is not
  // ranked: kept silently, it would be scored and ranked as a unit.
  const rankedColumn = roles.findIndex((role) => role.role === 'ranked');
  for (const rowIndex of filledRows) {
    const row = table.rows[rowIndex] ?? [];
    if (rankedColumn !== -1 && FALSE_WORDS.has(toNfc(cellText(row[rankedColumn]).trim()).toLowerCase())) continue;
    const column = [idIndex, nameIndex].find((candidate) => candidate !== -1 && TOTAL_LABELS.has(headerKey(cellText(row[candidate])).replace(/\s*[:.]$/, '')));
    if (column === undefined) continue;
    const written = cellText(row[column]).trim();
    problems.push(issue('unreadable_input', [places.row(rowIndex), header[column] as string], `${places.cell(rowIndex, column)}: ${quoteText(written)} reads as a total or average row, not a unit: remove the row, or keep it as a reference that is not ranked (a "ranked" column set to no)`, { received: written }));
  }
  if (problems.length > 0) throw new ChisoError(problems, title);
  const locale = options.locale ?? mapping?.locale;
  const readValues = options.values === 'read';
  const units: DataUnitInput[] = filledRows.map((rowIndex, unitIndex) => {
    const row = table.rows[rowIndex] ?? [];
    // No prototype: columns called "__proto__" or "constructor" are ordinary keys.
    const values = emptyRecord<string | number | null>();
    const groups = emptyRecord<string>();
    const unit: { -readonly [K in keyof DataUnitInput]: DataUnitInput[K] } = { id: toNfc(cellText(row[idIndex]).trim()), values };
    roles.forEach((role, column) => {
      const raw = row[column] ?? null;
      const cell = toNfc(cellText(raw).trim());
      // A spreadsheet error (#N/A, #REF!) in the year or ranked column is named here; in an id, a
      // name, a group or a value validateDataset names it, with every other problem of the data.
      const failed = role.role === 'year' || role.role === 'ranked' || (readValues && role.role === 'value') ? spreadsheetError(cell) : undefined;
      if (failed !== undefined) {
        const expected = role.role === 'year' ? 'a year' : role.role === 'ranked' ? 'yes or no' : 'a number (leave the cell empty if the value is missing)';
        problems.push(issue('unreadable_input', ['units', unitIndex, role.role === 'value' ? 'values' : role.role, ...(role.role === 'value' ? [role.key] : [])], `${places.cell(rowIndex, column)}: ${cell} is a spreadsheet error (${failed}), not ${expected}`, { received: cell }));
        return;
      }
      switch (role.role) {
        case 'name':
          if (cell !== '') unit.name = cell;
          break;
        case 'year':
          if (cell !== '') {
            const problem = yearProblem(cell);
            if (problem === null) unit.year = Number(cell);
            else problems.push(issue('unreadable_input', ['units', unitIndex, 'year'], `${places.cell(rowIndex, column)}: ${problem} (four digits)`, { expected: `a year from ${MIN_YEAR} to ${MAX_YEAR}`, received: cell }));
          }
          break;
        case 'ranked':
          if (TRUE_WORDS.has(cell.toLowerCase())) unit.ranked = true;
          else if (FALSE_WORDS.has(cell.toLowerCase())) unit.ranked = false;
          else if (cell !== '') problems.push(issue('unreadable_input', ['units', unitIndex, 'ranked'], `${places.row(rowIndex)}: ranked ${quoteText(cell)} is not yes or no`));
          break;
        case 'group':
          if (cell !== '') groups[role.key] = cell;
          break;
        case 'value':
          if (cell !== '' && table.copiedFrom?.(rowIndex, column) !== undefined) {
            problems.push(issue('unreadable_input', ['units', unitIndex, 'values', role.key], `${places.cell(rowIndex, column)} (${quoteText(role.key)}) is part of a merged range showing ${quoteText(cell)} from ${table.copiedFrom(rowIndex, column) ?? ''}: one value over several units or indicators is not one value each — unmerge the cells and write each unit's value`, { received: cell }));
          } else if (!readValues) values[role.key] = cell === '' ? null : cell;
          else if (typeof raw === 'number') values[role.key] = raw;
          else if (cell === '') values[role.key] = null;
          else {
            const read = readCell(cell, locale);
            if (read.ok) values[role.key] = read.text;
            else problems.push(issue(read.ambiguous ? 'ambiguous_number' : 'not_a_number', ['units', unitIndex, 'values', role.key], `${places.cell(rowIndex, column)} (${quoteText(role.key)}): ${read.reason}`, { received: cell }));
          }
          break;
        default:
          break;
      }
    });
    if (Object.keys(groups).length > 0) unit.groups = groups;
    return unit;
  });
  if (problems.length > 0) throw new ChisoError(problems, title);
  // Spreadsheets' values were read now, so the dataset carries no locale to read them again.
  // A year column whose every row gives the same year (a ministry sheet of one year) dates the
  // dataset too, as a JSON dataset's `year` does: reports and comparisons then name the year.
  const years = new Set(units.map((unit) => unit.year));
  const [onlyYear] = years;
  const sharedYear = options.dataset?.year === undefined && years.size === 1 && typeof onlyYear === 'number' ? { year: onlyYear } : {};
  const dataset: DatasetInput = { ...sharedYear, ...options.dataset, ...(locale === undefined || readValues ? {} : { locale }), units };
  if (!(options.provinces ?? mapping?.provinces ?? false)) return dataset;
  if (options.matchUnits === undefined) throw new TypeError(`datasetFromTable: the units are to be matched as provinces${options.provinces === undefined ? ' (the mapping says "provinces": true)' : ''}: pass the option matchUnits: withProvinces (from 'chiso')`);
  try {
    return options.matchUnits(dataset);
  } catch (error) {
    if (!(error instanceof ChisoError)) throw error;
    // name the cell of each unknown or repeated province
    const column = nameIndex !== -1 && nameIndex !== idIndex && table.rows.some((row) => cellText(row[nameIndex]).trim() !== '') ? nameIndex : idIndex;
    const located = error.issues.map((problem) => {
      const [first, position] = problem.path;
      const rowIndex = first === 'units' && typeof position === 'number' ? filledRows[position] : undefined;
      return rowIndex === undefined ? problem : { ...problem, message: `${places.cell(rowIndex, column)}: ${problem.message}` };
    });
    throw new ChisoError(located, `${places.what}: the provinces cannot be matched`);
  }
}

/** A text value cell read as a number now (spreadsheets), or why it cannot be. */
function readCell(text: string, locale: NumberLocale | undefined): { ok: true; text: string } | { ok: false; reason: string; ambiguous: boolean } {
  const plain = readNumber(text, { locale });
  // without a locale, a plain decimal is kept as written, so validation can still ask about "1.640" in a count column
  if (plain.ok) return { ok: true, text: locale === undefined ? text : plain.text };
  if (/%\s*$/.test(text)) {
    // "85,5 %": the number is read here, the percent sign left for validation, which accepts it
    // only for indicators whose unit is percent
    const percent = readNumber(text, { locale, percent: true });
    if (percent.ok) return { ok: true, text: `${percent.text}%` };
  }
  return { ok: false, reason: plain.reason, ambiguous: plain.kind === 'ambiguous' };
}

/** A column's role without a mapping: special names, group columns, else a value keyed by its header. */
function defaultRole(name: string, index: number, lower: readonly string[], idIndex: number, nameIndex: number, ignored: ReadonlySet<string>, groupColumns: ReadonlySet<string>): ColumnRole {
  if (index === idIndex && index === nameIndex) return { role: 'name' };
  if (index === idIndex) return { role: 'id' };
  if (index === nameIndex) return { role: 'name' };
  if (ignored.has(name)) return { role: 'ignore' };
  // A column without a name and without a value (separators at the end of every line) holds
  // nothing; one with values is reported by the caller.
  if (name === '') return { role: 'ignore' };
  if (lower[index] === 'year') return { role: 'year' };
  if (lower[index] === 'ranked') return { role: 'ranked' };
  if (name.startsWith('group:')) return { role: 'group', key: name.slice('group:'.length) };
  if (groupColumns.has(name)) return { role: 'group', key: name };
  return { role: 'value', key: name };
}

/**
 * Columns' roles under a mapping. A column is matched by its path ("Hạ tầng số / Cáp quang") before
 * its own header; a column matched by nothing, a mapping key matched by no column (unless another
 * header of the same indicator is present) and a key matched by two columns are problems.
 */
function mappedRoles(
  table: DataTable,
  header: readonly string[],
  keys: readonly string[],
  pathKeys: readonly (string | undefined)[],
  mapping: ColumnMapping,
  idIndex: number,
  nameIndex: number,
  ignored: ReadonlySet<string>,
  problems: ChisoIssue[],
): ColumnRole[] {
  const { places } = table;
  /** Mapping keys (as compared) → what they make of a column, and how they were written. */
  const targets = new Map<string, { role: ColumnRole; written: string; where: string }>();
  const add = (written: string, role: ColumnRole, where: string): void => {
    targets.set(headerKey(written), { role, written, where });
  };
  if (mapping.year !== undefined) add(mapping.year, { role: 'year' }, 'year');
  for (const [written, key] of Object.entries(mapping.groups ?? {})) add(written, { role: 'group', key: toNfc(key.trim()) }, 'groups');
  for (const [written, key] of Object.entries(mapping.columns)) add(written, { role: 'value', key: toNfc(key.trim()) }, 'columns');
  for (const written of mapping.ignore ?? []) add(written, { role: 'ignore' }, 'ignore');
  const usedBy = new Map<string, number>();
  const roles = header.map((name, column): ColumnRole => {
    if (column === idIndex && column === nameIndex) return { role: 'name' };
    if (column === idIndex) return { role: 'id' };
    if (column === nameIndex) return { role: 'name' };
    if (ignored.has(name)) return { role: 'ignore' };
    const pathKey = pathKeys[column];
    const matchedKey = pathKey !== undefined && targets.has(pathKey) ? pathKey : keys[column] as string;
    const target = targets.get(matchedKey);
    if (target === undefined) {
      if (name === '') return { role: 'ignore' };
      const unused = [...targets.values()].filter((candidate) => !usedBy.has(headerKey(candidate.written))).map((candidate) => candidate.written);
      const closest = closestName(keys[column] as string, unused.map(headerKey));
      const suggestion = closest === undefined ? '' : ` — did you mean ${quoteText(unused.find((written) => headerKey(written) === closest) ?? closest)}?`;
      const path = pathKey === undefined ? '' : ` (under ${quoteText((table.headerAbove?.[column] ?? []).join(' / '))})`;
      problems.push(issue('unknown_indicator', ['header', column], `column ${columnReference(places, header, column)}${path} is not in the column mapping: add its header to "columns" with the indicator id, or to "ignore"${suggestion}`, { received: name }));
      return { role: 'ignore' };
    }
    const earlier = usedBy.get(matchedKey);
    if (earlier !== undefined) {
      const above = table.headerAbove?.[column] ?? [];
      const hint = above.length > 0 ? `; name each by its path, e.g. ${quoteText([...above, name].join(' / '))}` : '';
      problems.push(issue('duplicate_id', ['header', column], `columns ${columnReference(places, header, earlier)} and ${columnReference(places, header, column)} both match the mapping's ${quoteText(target.written)}${hint}`, { received: name }));
      return { role: 'ignore' };
    }
    usedBy.set(matchedKey, column);
    return target.role;
  });
  // every indicator (and group, and the year) the mapping names must be found under one of its headers
  const found = new Set(roles.map(roleTarget));
  const reported = new Set<string>();
  const unmatched = header.filter((_name, column) => roles[column]?.role === 'ignore' && !usedBy.has(keys[column] as string));
  for (const [key, target] of targets) {
    if (usedBy.has(key) || target.role.role === 'ignore') continue;
    const wanted = roleTarget(target.role);
    if (found.has(wanted) || reported.has(wanted)) continue;
    reported.add(wanted);
    problems.push(issue('unknown_reference', [target.where, target.written], `the mapping's ${quoteText(target.written)} (${wanted}) is not a column of ${places.what.charAt(0).toLowerCase()}${places.what.slice(1)}${didYouMean(target.written, unmatched.length > 0 ? unmatched : header)}`, { received: target.written }));
  }
  return roles;
}

/** What a role fills in a unit: `value x`, `group region`, `year`. */
function roleTarget(role: ColumnRole): string {
  return role.role === 'value' ? `indicator ${quoteText(role.key)}` : role.role === 'group' ? `group ${quoteText(role.key)}` : role.role;
}

/**
 * Columns that would land in the same place — the same header twice (names compared as the reader
 * sees them: trimmed and in NFC), two columns for one group key or one indicator, two name or year
 * columns, a second column named like the id or name column ("id" and "ID") — so that one would
 * silently overwrite or shadow the other.
 */
function duplicateColumns(header: readonly string[], roles: readonly ColumnRole[], places: TablePlaces, special: readonly number[] = []): ChisoIssue[] {
  const problems: ChisoIssue[] = [];
  const firstColumn = new Map<string, number>();
  const specialNames = new Map<string, number>();
  for (const column of special) if (column >= 0 && !specialNames.has((header[column] ?? '').toLowerCase())) specialNames.set((header[column] ?? '').toLowerCase(), column);
  roles.forEach((role, column) => {
    if (role.role === 'ignore') return;
    const name = header[column] as string;
    const target = role.role === 'group' ? `group ${role.key}` : role.role === 'value' ? `value ${role.key}` : role.role;
    const earlier = firstColumn.get(target) ?? (role.role === 'value' || role.role === 'group' ? specialNames.get(name.toLowerCase()) : undefined);
    if (earlier === undefined || earlier === column) {
      firstColumn.set(target, column);
      return;
    }
    const what = role.role === 'group' ? `group ${quoteText(role.key)}` : role.role === 'value' ? `${quoteText(role.key)}` : `the unit's ${role.role}`;
    const both = firstColumn.has(target) ? `both give ${what}` : `have the same name (the first is the unit's ${roles[earlier]?.role ?? 'id'})`;
    problems.push(issue('unreadable_input', ['header', column], `columns ${columnReference(places, header, earlier)} and ${columnReference(places, header, column)} ${both}: rename or remove one of them`, { received: name }));
  });
  return problems;
}
