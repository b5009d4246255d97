/**
 * Reading and writing CSV — the format ministries and spreadsheets exchange — without losing a
 * digit: cells stay text, so `0.7908` reaches the exact engine as the string "0.7908".
 *
 * @module
 */
import type { DatasetInput } from '../model/dataset.js';
import { assertColumnMapping, type ColumnMapping } from './mapping.js';
import { datasetFromTable } from './table.js';
import { NUMBER_LOCALES, type NumberLocale } from './number.js';
import { checkArgument, checkOptions, flag, oneOf, record, text as textCheck, texts, type OptionCheck } from '../model/arguments.js';
import { describeValue } from '../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { quoteText } from '../model/describe.js';
import { toNfc } from '../model/text.js';

/** A parsed CSV table: the header row and the data rows, each with its line number in the file. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

/** Options for {@link parseCsv}. */
export interface ParseCsvOptions {
  /**
   * The field separator: `,`, `;`, a tab or any other single character except a quote or a line
   * break. By default it is guessed from the first lines (see {@link parseCsv}).
   */
  readonly delimiter?: string;
  /**
   * A prefix that marks comment lines, e.g. `'#'`. None by default: a row whose first cell starts
   * with `#` is data — an Excel error such as `#N/A`, or a name — and must not vanish.
   */
  readonly comment?: string;
  /**
   * How the caller's users name the separator, for the message when it cannot be guessed: the
   * command line passes `"--separator"`. Default: `"the delimiter option"`.
   */
  readonly delimiterOption?: string;
  /**
   * `restore` (the default) takes away the `'` that {@link formatCsv} puts before text a
   * spreadsheet would run as a formula (`'=HYPERLINK(…)` reads as `=HYPERLINK(…)`); `keep` leaves
   * every cell as written.
   */
  readonly formulas?: 'restore' | 'keep';
}

/** One record of a CSV text: its cells and the line it starts on. */
interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
  /** True for a line with no character at all (not even a quoted empty cell). */
  readonly empty: boolean;
}

/** The separators guessed, in the order a tie is reported. */
const GUESSED_DELIMITERS = [',', ';', '\t'] as const;
/** How many records the separator is guessed from (the header and the first data rows). */
const GUESS_RECORDS = 100;

function cannotRead(problems: ChisoIssue[]): ChisoError {
  return new ChisoError(problems, 'The CSV cannot be read');
}

function shown(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : `"${delimiter}"`;
}

/**
 * Splits CSV text into records (RFC 4180), at most `limit` of them. A quote opens a quoted cell
 * only as a cell's first character; after the closing quote only a separator or a line end may
 * follow — anything else is refused with its line and column, never glued to the cell ("1"5 is
 * not 15).
 */
function readRecords(source: string, delimiter: string, comment: string | undefined, limit = Number.POSITIVE_INFINITY): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  /** Whether the record holds a quoted cell (so `""` alone is a row with one empty cell, not an empty line). */
  let sawQuote = false;
  let line = 1;
  let lineStart = 0;
  let recordLine = 1;
  let atRecordStart = true;
  let index = 0;
  const endRecord = (): void => {
    cells.push(cell);
    records.push({ line: recordLine, cells, empty: cells.length === 1 && cell === '' && !sawQuote });
    cells = [];
    cell = '';
    sawQuote = false;
    atRecordStart = true;
  };
  while (index < source.length && records.length < limit) {
    const character = source[index] as string;
    if (atRecordStart) {
      recordLine = line;
      atRecordStart = false;
      if (comment !== undefined && source.startsWith(comment, index)) {
        const end = source.indexOf('\n', index);
        index = end === -1 ? source.length : end + 1;
        line += 1;
        lineStart = index;
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
        const next = source[index + 1];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          const column = index + 2 - lineStart;
          throw cannotRead([
            issue('unreadable_input', [`line ${line}`], `line ${line}, column ${column}: ${JSON.stringify(next)} follows the closing quote of a quoted cell; only ${shown(delimiter)} or a line end may follow it (to put a quote inside a quoted cell, double it: "")`, { expected: `${shown(delimiter)} or a line end`, received: next }),
          ]);
        }
      } else {
        // a line break inside the cell: "\n", "\r\n" (counted at its "\n") or a lone "\r"
        if (character === '\n' || (character === '\r' && source[index + 1] !== '\n')) {
          line += 1;
          lineStart = index + 1;
        }
        cell += character;
      }
      index += 1;
      continue;
    }
    if (character === '"' && cell === '') {
      quoted = true;
      sawQuote = true;
    } else if (character === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && source[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      lineStart = index + 1;
    } else cell += character;
    index += 1;
  }
  if (quoted) throw cannotRead([issue('unreadable_input', [`line ${recordLine}`], `a quoted field that starts on line ${recordLine} is never closed`)]);
  if (records.length < limit && (!atRecordStart || cell !== '' || cells.length > 0)) endRecord();
  return records;
}

/**
 * The header and the rows of a list of records. Before the header, blank lines (empty, or nothing
 * but spaces and separators) are skipped. After it, an empty line is skipped, and so is a line of
 * nothing but spaces when the table has several columns; every other record is a row — a row of
 * empty cells (`,,`) included, so what {@link formatCsv} writes comes back.
 */
function tableOf(records: readonly CsvRecord[]): { header: readonly string[]; rows: CsvRecord[] } | null {
  const start = records.findIndex((record) => !record.cells.every((cell) => cell.trim() === ''));
  const head = records[start];
  if (head === undefined) return null;
  const header = head.cells.map((name) => name.trim());
  const rows = records.slice(start + 1).filter((record) => !record.empty && !(header.length > 1 && record.cells.length === 1 && (record.cells[0] ?? '').trim() === ''));
  return { header, rows };
}

/**
 * The separator of a CSV text whose separator was not named: the one of `,`, `;` and tab that
 * splits the header into several columns and every one of the first data rows into as many.
 * Separators inside quoted cells do not count. A header with none of them is one column (`,`).
 * When two separators read the first lines as consistent tables — or none does and several split
 * the header — the text is ambiguous and refused, asking to name the separator.
 */
function guessDelimiter(source: string, comment: string | undefined, delimiterOption: string): string {
  const readings = GUESSED_DELIMITERS.map((delimiter) => {
    try {
      const table = tableOf(readRecords(source, delimiter, comment, GUESS_RECORDS));
      const columns = table?.header.length ?? 0;
      return { delimiter, columns, rows: table?.rows.length ?? 0, consistent: table !== null && table.rows.every((row) => row.cells.length === columns) };
    } catch (error) {
      if (!(error instanceof ChisoError)) throw error;
      return { delimiter, columns: 0, rows: 0, consistent: false };
    }
  });
  const splitting = readings.filter((reading) => reading.columns > 1);
  const consistent = splitting.filter((reading) => reading.consistent);
  const only = consistent.length === 1 ? consistent[0] : consistent.length === 0 && splitting.length === 1 ? splitting[0] : splitting.length === 0 ? { delimiter: ',' } : undefined;
  if (only !== undefined) return only.delimiter;
  const candidates = consistent.length > 0 ? consistent : splitting;
  const described = candidates.map((reading) => `${reading.columns} columns separated by ${shown(reading.delimiter)}`).join(', or ');
  const why = consistent.length > 0 ? 'reads both ways' : 'has rows of different lengths either way';
  return ambiguous(`cannot tell which separator the CSV uses: its first lines read as ${described} (the text ${why}); name the separator with ${delimiterOption}`, candidates.map((reading) => reading.delimiter));
}

function ambiguous(message: string, candidates: readonly string[]): never {
  throw cannotRead([issue('unreadable_input', ['separator'], message, { expected: `one of ${candidates.map(shown).join(', ')}` })]);
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold separators, doubled quotes and line breaks;
 * after a closing quote only a separator or a line end may follow). The `'` that {@link formatCsv}
 * puts before a formula is taken away (`formulas: 'keep'` leaves it).
 *
 * The separator is the one named, or else the one a first line such as `sep=;` declares (as Excel
 * writes it; the line is not a row), or else guessed from the header and the first data rows,
 * counting only separators outside quotes: the one of `,`, `;` and tab that reads them as a table
 * whose rows all have the header's number of cells. When two separators both do (or, the rows
 * being ragged, several split the header), the text is refused with a message asking to name the
 * separator — never guessed silently.
 *
 * Every record is a row — a row of empty cells (`,,`) too — so the rows {@link formatCsv} wrote all
 * come back. Only empty lines (no character at all) are skipped, with lines of nothing but spaces
 * in a table of several columns and blank lines above the header. A byte-order mark is dropped;
 * lines starting with the `comment` prefix are skipped only when one is given. Throws a
 * {@link ChisoError} naming the line of an unterminated quote, the line and column of a character
 * after a closing quote, and the line of every row whose number of cells differs from the
 * header's (no row is padded or cut). Header names are trimmed; cells are returned as written.
 *
 * @example
 * parseCsv('id,score\nHN,"0,85"\n').rows[0]?.cells; // => ['HN', '0,85']
 * parseCsv('id;score\nHN;0,85\n').header; // => ['id', 'score']
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  checkArgument('parseCsv', 'the text', text, textCheck);
  checkOptions('parseCsv', options, PARSE_OPTIONS);
  const withoutMark = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Excel's "sep=;" first line declares the separator; it is left out (as an empty line, so line numbers stay).
  const declared = /^sep=([^"\r\n])(?:\r\n|\r|\n|$)/.exec(withoutMark);
  const source = declared === null ? withoutMark : `\n${withoutMark.slice(declared[0].length)}`;
  const comment = options.comment === '' ? undefined : options.comment;
  if (options.delimiter !== undefined && (options.delimiter.length !== 1 || /["\r\n]/.test(options.delimiter))) {
    throw new RangeError(`parseCsv: the delimiter must be one character other than a quote or a line break, not ${JSON.stringify(options.delimiter)}`);
  }
  const delimiter = options.delimiter ?? declared?.[1] ?? guessDelimiter(source, comment, options.delimiterOption ?? 'the delimiter option');
  const table = tableOf(readRecords(source, delimiter, comment));
  if (table === null) throw cannotRead([issue('unreadable_input', [], 'the CSV has no header row')]);
  const { header, rows } = table;
  const problems: ChisoIssue[] = [];
  for (const record of rows) {
    if (record.cells.length !== header.length) {
      problems.push(issue('unreadable_input', [`line ${record.line}`], `line ${record.line} has ${record.cells.length} field${record.cells.length === 1 ? '' : 's'} but the header has ${header.length}`, { expected: String(header.length), received: String(record.cells.length) }));
    }
  }
  if (problems.length > 0) throw cannotRead(problems);
  if (options.formulas === 'keep') return { header, rows: rows.map((record) => ({ line: record.line, cells: record.cells })) };
  return { header: header.map(restoreFormula), rows: rows.map((record) => ({ line: record.line, cells: record.cells.map(restoreFormula) })) };
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
  /**
   * Which column holds which indicator, for a CSV whose headers are not indicator ids (see
   * `ColumnMappingSchema`): every column must then be mapped, special or ignored.
   */
  readonly mapping?: ColumnMapping | undefined;
  /** The units are Vietnam's provinces: match their names with `matchUnits`. Default: the mapping's `provinces`. */
  readonly provinces?: boolean | undefined;
  /**
   * How to match units when `provinces` is asked for: pass `withProvinces` (from 'chiso'); a name
   * it cannot match is reported with its line. (Passed in, so that reading a CSV does not carry
   * the province registry.)
   */
  readonly matchUnits?: ((dataset: DatasetInput) => DatasetInput) | undefined;
}

/** What {@link parseCsv} accepts as options. */
const PARSE_OPTIONS: Readonly<Record<string, OptionCheck>> = { delimiter: textCheck, comment: textCheck, delimiterOption: textCheck, formulas: oneOf(['restore', 'keep']) };

/** What {@link datasetFromCsv} (and `chiso/node`'s readers, for JSON files too) accept as options. */
export const DATASET_OPTIONS: Readonly<Record<string, OptionCheck>> = {
  ...PARSE_OPTIONS,
  idColumn: textCheck,
  nameColumn: textCheck,
  groupColumns: texts,
  ignoreColumns: texts,
  dataset: record,
  locale: oneOf(NUMBER_LOCALES),
  idColumnOption: textCheck,
  mapping: record,
  provinces: flag,
  matchUnits: (value) => (typeof value === 'function' ? null : { kind: 'type', expected: 'a function such as withProvinces' }),
};

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
  checkArgument('datasetFromCsv', 'the text', text, textCheck);
  checkOptions('datasetFromCsv', options, DATASET_OPTIONS);
  const { delimiter, comment, delimiterOption, formulas } = options;
  const parsed = parseCsv(text, { ...(delimiter === undefined ? {} : { delimiter }), ...(comment === undefined ? {} : { comment }), ...(delimiterOption === undefined ? {} : { delimiterOption }), ...(formulas === undefined ? {} : { formulas }) });
  const mapping = options.mapping === undefined ? undefined : assertColumnMapping(options.mapping);
  const header = parsed.header.map(toNfc);
  const lines = parsed.rows.map((row) => row.line);
  return datasetFromTable(
    {
      header,
      rows: parsed.rows.map((row) => row.cells),
      places: {
        what: 'The CSV',
        row: (row) => `line ${lines[row] ?? '?'}`,
        cell: (row, column) => `line ${lines[row] ?? '?'}, column ${quoteText(header[column] ?? '')}`,
        columnLabel: (column) => String(column + 1),
      },
    },
    {
      idColumn: options.idColumn,
      nameColumn: options.nameColumn,
      groupColumns: options.groupColumns,
      ignoreColumns: options.ignoreColumns,
      dataset: options.dataset,
      locale: options.locale,
      idColumnOption: options.idColumnOption,
      mapping,
      provinces: options.provinces,
      matchUnits: options.matchUnits,
      values: 'keep',
    },
  );
}

/** Options for {@link formatCsv}. */
export interface FormatCsvOptions {
  /** The field separator (default `,`): one character other than a quote or a line break. */
  readonly delimiter?: string;
  /**
   * What to do with text a spreadsheet would run as a formula (CSV injection): `neutralise` (the
   * default) puts a `'` in front of it, which {@link parseCsv} takes away again; `keep` writes it as
   * it is.
   */
  readonly formulas?: 'neutralise' | 'keep';
}

/** The rows given to {@link formatCsv}: lists of texts, finite numbers, null or undefined. */
function checkRows(rows: unknown): void {
  if (!Array.isArray(rows)) throw new TypeError(`formatCsv: the rows are ${describeValue(rows)}; expected a list of rows`);
  rows.forEach((row: unknown, index) => {
    if (!Array.isArray(row)) throw new TypeError(`formatCsv: row ${index} is ${describeValue(row)}; expected a list of cells`);
    for (let column = 0; column < row.length; column += 1) {
      const cell: unknown = row[column];
      if (typeof cell === 'number' ? !Number.isFinite(cell) : !(typeof cell === 'string' || cell === null || cell === undefined)) {
        const message = `formatCsv: row ${index}, cell ${column} is ${describeValue(cell)}; expected a text, a finite number, null or undefined`;
        throw typeof cell === 'number' ? new RangeError(message) : new TypeError(message);
      }
    }
  });
}

/**
 * A cell a spreadsheet reads as a number, not a formula: a sign, digits with `.` `,` or spaces
 * grouping them, an exponent, a percent sign ("-0.5", "+1.2345", "-1.640,5", "-12%").
 */
const NUMBER_LIKE = /^[+-]?(?=[\d.,]*\d)[\d.,\u00a0 ]*(?:e[+-]?\d+)?%?$/i;
/**
 * Where a formula starts: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 * (Excel, LibreOffice, Google Sheets; OWASP, "CSV Injection") — after any `'` already there, so
 * that those are kept apart from the one chiso adds.
 */
const FORMULA_AT_START = /^(?='*[=+\-@\t\r])/;
/**
 * The same inside a cell, right after a separator or a quote: a spreadsheet that splits on another
 * separator (a `;` locale reading a `,` file) would start a cell there.
 */
const FORMULA_INSIDE = /([,;\t"])(?='*[=+\-@])/g;
/** The `'` {@link neutraliseFormula} put at the start of a cell, before a formula character. */
const NEUTRALISED_AT_START = /^'(?='*[=+\-@\t\r])/;
/** The `'` {@link neutraliseFormula} put inside a cell. */
const NEUTRALISED_INSIDE = /([,;\t"])'(?='*[=+\-@])/g;

/**
 * A text cell made safe to open in a spreadsheet (OWASP, "CSV Injection"): where a formula would
 * start — the cell's start, or right after a separator or a quote inside it — a `'` is put before
 * `=`, `+`, `-`, `@` (and at the start, a tab or a carriage return), and before any `'` already
 * there, so {@link restoreFormula} gives back the text exactly. Numbers — "-0.5", "+1.2345",
 * "-1.640,5" — are left as they are.
 */
function neutraliseFormula(cell: string): string {
  if (NUMBER_LIKE.test(cell)) return cell;
  return cell.replace(FORMULA_INSIDE, "$1'").replace(FORMULA_AT_START, "'");
}

/** The text of a cell {@link neutraliseFormula} wrote: one `'` fewer where it put one. */
function restoreFormula(cell: string): string {
  return cell.includes("'") ? cell.replace(NEUTRALISED_INSIDE, '$1').replace(NEUTRALISED_AT_START, '') : cell;
}

function escapeCell(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Writes rows as CSV text (RFC 4180 quoting, `\n` line ends). `null` and `undefined` become empty
 * cells; a row of one empty cell is written `""`, so it reads back as a row. Every row written
 * reads back with {@link parseCsv} — a row of empty cells too.
 *
 * Text that a spreadsheet would run as a formula (`=HYPERLINK(…)` in a unit name, `@SUM(…)`,
 * `+cmd|…`) is neutralised by default as OWASP advises: a `'` is put before a leading `=`, `+`, `-`,
 * `@`, tab or carriage return, and before such a character following a separator or a quote
 * inside the cell (and before any `'` already there, so the text can be given back). A
 * spreadsheet shows the text and runs nothing; {@link parseCsv} takes the added `'` away, so
 * chiso reads back exactly what was written. Numbers are never changed: "-0.5" stays "-0.5". With
 * `formulas: 'keep'` every cell is written as it is. The second argument may also be the separator
 * alone, as before.
 *
 * @example
 * formatCsv([['id', 'name'], ['HCM', 'TP. Hồ Chí Minh, Việt Nam']]);
 * // => 'id,name\nHCM,"TP. Hồ Chí Minh, Việt Nam"\n'
 * formatCsv([['name', 'change'], ['=HYPERLINK("http://x")', '-0.5']]);
 * // => 'name,change\n"\'=HYPERLINK(""http://x"")",-0.5\n'
 * formatCsv([['a;b', '=1']], { delimiter: ';', formulas: 'keep' }); // => '"a;b";=1\n'
 */
export function formatCsv(rows: readonly (readonly (string | number | null | undefined)[])[], options: string | FormatCsvOptions = ','): string {
  if (typeof options !== 'string') checkOptions('formatCsv', options, { delimiter: textCheck, formulas: oneOf(['neutralise', 'keep']) });
  checkRows(rows);
  const { delimiter = ',', formulas = 'neutralise' } = typeof options === 'string' ? { delimiter: options } : options;
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) throw new RangeError(`formatCsv: the delimiter must be one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`);
  const write = (cell: string | number | null | undefined): string => {
    if (cell === null || cell === undefined) return '';
    const text = typeof cell === 'number' || formulas === 'keep' ? String(cell) : neutraliseFormula(cell);
    return escapeCell(text, delimiter);
  };
  return rows.map((row) => (row.length === 1 && write(row[0]) === '' ? '""' : row.map(write).join(delimiter))).join('\n') + '\n';
}
