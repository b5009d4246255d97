/**
 * Reading and writing CSV — the format ministries and spreadsheets exchange — without losing a
 * digit: cells stay text, so `0.7908` reaches the exact engine as the string "0.7908".
 *
 * @module
 */
import type { DatasetInput, DataUnitInput } from '../model/dataset.js';
import type { NumberLocale } from './number.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { emptyRecord } from '../model/records.js';
import { spreadsheetError } from '../model/spreadsheet-errors.js';
import { didYouMean } from '../model/suggest.js';

/** A parsed CSV table: the header row and the data rows, each with its line number in the file. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

/** Options for {@link parseCsv}. */
export interface ParseCsvOptions {
  /** The field separator; by default the first of `,`, `;` or tab found in the header line. */
  readonly delimiter?: string;
  /**
   * A prefix that marks comment lines, e.g. `'#'`. None by default: a row whose first cell starts
   * with `#` is data — an Excel error such as `#N/A`, or a name — and must not vanish.
   */
  readonly comment?: string;
}

function detectDelimiter(text: string, comment: string | undefined): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '' && (comment === undefined || !line.startsWith(comment))) ?? '';
  const counts = [',', ';', '\t'].map((candidate) => ({ candidate, count: firstLine.split(candidate).length - 1 }));
  counts.sort((left, right) => right.count - left.count);
  return counts[0] && counts[0].count > 0 ? counts[0].candidate : ',';
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold separators, doubled quotes and line breaks).
 * Blank rows — nothing but spaces and separators, as spreadsheets write below a table — are
 * skipped wherever they are; a byte-order mark is dropped; lines starting with the `comment`
 * prefix are skipped only when one is given. Throws a {@link ChisoError} naming the line of an
 * unterminated quote and of every row whose number of cells differs from the header's (no row is
 * padded or cut).
 *
 * @example
 * parseCsv('id,score\nHN,"0,85"\n').rows[0]?.cells; // => ['HN', '0,85']
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const comment = options.comment === '' ? undefined : options.comment;
  const delimiter = options.delimiter ?? detectDelimiter(source, comment);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let atRecordStart = true;
  let index = 0;
  const endRecord = (): void => {
    cells.push(cell);
    const blank = cells.every((text) => text.trim() === '');
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    atRecordStart = true;
  };
  while (index < source.length) {
    const character = source[index] as string;
    if (atRecordStart) {
      recordLine = line;
      atRecordStart = false;
      if (comment !== undefined && source.startsWith(comment, index)) {
        const end = source.indexOf('\n', index);
        index = end === -1 ? source.length : end + 1;
        line += 1;
        atRecordStart = true;
        continue;
      }
    }
    if (quoted) {
      if (character === '"') {
        if (source[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        if (character === '\n') line += 1;
        cell += character;
      }
      index += 1;
      continue;
    }
    if (character === '"' && cell === '') quoted = true;
    else if (character === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && source[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
    } else cell += character;
    index += 1;
  }
  if (quoted) throw new ChisoError([issue('unreadable_input', [`line ${recordLine}`], `a quoted field that starts on line ${recordLine} is never closed`)], 'The CSV cannot be read');
  if (!atRecordStart || cell !== '' || cells.length > 0) endRecord();
  const [head, ...rest] = records;
  if (!head) throw new ChisoError([issue('unreadable_input', [], 'the CSV has no header row')], 'The CSV cannot be read');
  const header = head.cells.map((name) => name.trim());
  const problems: ChisoIssue[] = [];
  for (const record of rest) {
    if (record.cells.length !== header.length) {
      problems.push(issue('unreadable_input', [`line ${record.line}`], `line ${record.line} has ${record.cells.length} field${record.cells.length === 1 ? '' : 's'} but the header has ${header.length}`, { expected: String(header.length), received: String(record.cells.length) }));
    }
  }
  if (problems.length > 0) throw new ChisoError(problems, 'The CSV cannot be read');
  return { header, rows: rest };
}

/** Options for {@link datasetFromCsv}. */
export interface DatasetFromCsvOptions extends ParseCsvOptions {
  /** The column holding unit ids (default: the first of `id`, `unit`, `code`, `country`, `province`). */
  readonly idColumn?: string;
  /** The column holding unit names (default: `name` if present). */
  readonly nameColumn?: string;
  /** Columns that hold group memberships, e.g. `['region']`; `group:KEY` columns are groups too. */
  readonly groupColumns?: readonly string[];
  /** Columns to leave out (published outputs kept beside the inputs, notes…). */
  readonly ignoreColumns?: readonly string[];
  /** Dataset-level fields (year, id, metadata). */
  readonly dataset?: Omit<DatasetInput, 'units'>;
  /**
   * How the numbers in the cells are written: `vi-VN` (`1.640,5`: "." groups thousands, "," is the
   * decimal mark) or `en` (`1,640.5`). Recorded as the dataset's `locale`, so validation reads every
   * cell that way; without it, a cell that reads differently under the two is refused (see
   * `readNumber`).
   */
  readonly locale?: NumberLocale | undefined;
  /**
   * How the caller's users choose the id column, for the message when there is none: the command
   * line passes `"--id-column"`. Default: `"the idColumn option"`.
   */
  readonly idColumnOption?: string;
}

const ID_COLUMNS = ['id', 'unit', 'code', 'country', 'province'];
const TRUE_WORDS = new Set(['true', 'yes', '1', 'có']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'không']);

/**
 * Turns CSV text into a dataset: one row per unit, one column per indicator. Cells stay text so
 * decimals are exact; an empty cell is a missing value (`null`). With `locale: 'vi-VN'` the cells are
 * read the Vietnamese way when the dataset is validated (`"1.640"` is 1640, `"0,7908"` is 0.7908). Special columns: the id column
 * (without one, the `name` column serves as the id), `name`, `year`, `ranked` (yes/no), and group columns (`region`, or any `group:KEY`). Every other
 * column becomes a value; `validateDataset` then reports unknown indicators and non-numbers with
 * the unit and column named.
 *
 * @example
 * const dataset = datasetFromCsv('id,name,group:region,fibre_pct\nHN,Hà Nội,Red River Delta,92.5\n');
 * dataset.units[0]; // => { id: 'HN', name: 'Hà Nội', groups: { region: 'Red River Delta' }, values: { fibre_pct: '92.5' } }
 * datasetFromCsv('id;services\nHN;1.640\n', { locale: 'vi-VN' }).locale; // => 'vi-VN'
 */
export function datasetFromCsv(text: string, options: DatasetFromCsvOptions = {}): DatasetInput {
  const table = parseCsv(text, options);
  const lower = table.header.map((name) => name.toLowerCase());
  const nameIndex = options.nameColumn !== undefined ? table.header.indexOf(options.nameColumn) : lower.indexOf('name');
  let idIndex = options.idColumn !== undefined ? table.header.indexOf(options.idColumn) : lower.findIndex((name) => ID_COLUMNS.includes(name));
  // A table with names but no ids (provinces as people list them): the name is the id too.
  if (idIndex === -1 && options.idColumn === undefined && nameIndex !== -1) idIndex = nameIndex;
  if (idIndex === -1) {
    const howToChoose = options.idColumnOption ?? 'the idColumn option';
    throw new ChisoError([issue('unreadable_input', ['header'], options.idColumn !== undefined ? `there is no column "${options.idColumn}"${didYouMean(options.idColumn, table.header)}` : `no id column: name one of ${ID_COLUMNS.join(', ')}, or choose the column with ${howToChoose}`, { received: table.header.join(', ') })], 'The CSV cannot be read');
  }
  const ignored = new Set(options.ignoreColumns ?? []);
  const groupColumns = new Set(options.groupColumns ?? []);
  const roles = table.header.map((name, index): ColumnRole => {
    if (index === idIndex && index === nameIndex) return { role: 'name' as const };
    if (index === idIndex) return { role: 'id' as const };
    if (index === nameIndex) return { role: 'name' as const };
    if (ignored.has(name)) return { role: 'ignore' as const };
    // A column without a name and without a value (separators at the end of every line) holds
    // nothing; one with values is reported below.
    if (name === '') return { role: 'ignore' as const };
    if (lower[index] === 'year') return { role: 'year' as const };
    if (lower[index] === 'ranked') return { role: 'ranked' as const };
    if (name.startsWith('group:')) return { role: 'group' as const, key: name.slice('group:'.length) };
    if (groupColumns.has(name)) return { role: 'group' as const, key: name };
    return { role: 'value' as const, key: name };
  });
  const problems: ChisoIssue[] = duplicateColumns(table.header, roles);
  table.header.forEach((name, column) => {
    const filled = name === '' ? table.rows.find((row) => (row.cells[column] ?? '').trim() !== '') : undefined;
    if (filled !== undefined) problems.push(issue('unreadable_input', ['header', column], `column ${column + 1} has no name but holds values (line ${filled.line}: "${(filled.cells[column] ?? '').trim()}"): name it in the header row`));
  });
  if (problems.length > 0) throw new ChisoError(problems, 'The CSV cannot be read');
  const units: DataUnitInput[] = table.rows.map((row, rowIndex) => {
    // No prototype: columns called "__proto__" or "constructor" are ordinary keys.
    const values = emptyRecord<string | null>();
    const groups = emptyRecord<string>();
    const unit: { -readonly [K in keyof DataUnitInput]: DataUnitInput[K] } = { id: (row.cells[idIndex] ?? '').trim(), values };
    roles.forEach((role, column) => {
      const cell = (row.cells[column] ?? '').trim();
      // A spreadsheet error (#N/A, #REF!) in the year or ranked column is named here; in an id, a
      // name, a group or a value validateDataset names it, with every other problem of the data.
      const failed = role.role === 'year' || role.role === 'ranked' ? spreadsheetError(cell) : undefined;
      if (failed !== undefined) {
        problems.push(issue('unreadable_input', ['units', rowIndex, role.role], `line ${row.line}, column "${table.header[column] as string}": ${cell} is a spreadsheet error (${failed}), not ${role.role === 'year' ? 'a year' : 'yes or no'}`, { received: cell }));
        return;
      }
      switch (role.role) {
        case 'name':
          if (cell !== '') unit.name = cell;
          break;
        case 'year':
          if (cell !== '') {
            if (/^\d{4}$/.test(cell)) unit.year = Number(cell);
            else problems.push(issue('unreadable_input', ['units', rowIndex, 'year'], `line ${row.line}: year "${cell}" is not a four-digit year`));
          }
          break;
        case 'ranked':
          if (TRUE_WORDS.has(cell.toLowerCase())) unit.ranked = true;
          else if (FALSE_WORDS.has(cell.toLowerCase())) unit.ranked = false;
          else if (cell !== '') problems.push(issue('unreadable_input', ['units', rowIndex, 'ranked'], `line ${row.line}: ranked "${cell}" is not yes or no`));
          break;
        case 'group':
          if (cell !== '') groups[role.key] = cell;
          break;
        case 'value':
          values[role.key] = cell === '' ? null : cell;
          break;
        default:
          break;
      }
    });
    if (Object.keys(groups).length > 0) unit.groups = groups;
    return unit;
  });
  if (problems.length > 0) throw new ChisoError(problems, 'The CSV cannot be read');
  return { ...options.dataset, ...(options.locale === undefined ? {} : { locale: options.locale }), units };
}

/** A role that reads a column into a key (a value, a group) or a field of the unit. */
type ColumnRole = { readonly role: 'id' | 'name' | 'ignore' | 'year' | 'ranked' } | { readonly role: 'group' | 'value'; readonly key: string };

/**
 * Columns that would land in the same place — the same header twice, two columns for one group
 * key, two name or year columns — so that one would silently overwrite the other.
 */
function duplicateColumns(header: readonly string[], roles: readonly ColumnRole[]): ChisoIssue[] {
  const problems: ChisoIssue[] = [];
  const firstColumn = new Map<string, number>();
  roles.forEach((role, column) => {
    if (role.role === 'ignore') return;
    const target = role.role === 'group' ? `group ${role.key}` : role.role === 'value' ? `value ${role.key}` : role.role;
    const earlier = firstColumn.get(target);
    const name = header[column] as string;
    if (earlier === undefined) {
      firstColumn.set(target, column);
      return;
    }
    const what = role.role === 'group' ? `group "${role.key}"` : role.role === 'value' ? `"${role.key}"` : `the unit's ${role.role}`;
    problems.push(
      issue('unreadable_input', ['header', column], `columns ${earlier + 1} ("${header[earlier] as string}") and ${column + 1} ("${name}") both give ${what}: rename or remove one of them`, { received: name }),
    );
  });
  return problems;
}

function escapeCell(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Writes rows as CSV text (RFC 4180 quoting, `\n` line ends). `null` and `undefined` become empty
 * cells.
 *
 * @example
 * formatCsv([['id', 'name'], ['HCM', 'TP. Hồ Chí Minh, Việt Nam']]);
 * // => 'id,name\nHCM,"TP. Hồ Chí Minh, Việt Nam"\n'
 */
export function formatCsv(rows: readonly (readonly (string | number | null | undefined)[])[], delimiter = ','): string {
  return rows.map((row) => row.map((cell) => escapeCell(cell === null || cell === undefined ? '' : String(cell), delimiter)).join(delimiter)).join('\n') + '\n';
}
