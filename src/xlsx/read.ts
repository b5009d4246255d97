/**
 * Reading a ministry's `.xlsx` sheet as a dataset: a chosen sheet, title rows above the header,
 * merged header cells (a pillar spanning its indicators, a header over two rows), numbers stored
 * as numbers or as text in Vietnamese or English form, and a column mapping from the sheet's
 * headers to indicator ids.
 *
 * Cells are read by `read-excel-file`; the merged ranges, which it does not report, are read from
 * the sheet's `<mergeCells>` (`workbook.ts`), and every cell of a merged range takes the value of
 * its top-left cell, as the sheet shows it — for headers, names and groups (a region over its
 * provinces); a value of an indicator shown by a merged range over several cells is refused,
 * naming the cells, never counted once per cell.
 *
 * @module
 */
import { readSheet } from 'read-excel-file/universal';
import type { DatasetInput } from '../model/dataset.js';
import { checkOptions, flag, oneOf, record, text, texts, wholeNumber, type OptionCheck } from '../model/arguments.js';
import { describeValue, quoteText } from '../model/describe.js';
import { ChisoError, issue } from '../model/issues.js';
import { didYouMean } from '../model/suggest.js';
import { assertColumnMapping, headerKey, type ColumnMapping } from '../io/mapping.js';
import { NUMBER_LOCALES, type NumberLocale } from '../io/number.js';
import { datasetFromTable, type DataTable, type TableCell } from '../io/table.js';
import { withProvinces } from '../vietnam/names.js';
import { columnLetters, DEFAULT_MAX_CELLS, DEFAULT_MAX_UNCOMPRESSED_BYTES, outlineSheet, percentStyles, storedCopy, unpackWorkbook, type MergedRange } from './workbook.js';

/** Options for {@link readXlsxTable}. */
export interface ReadXlsxTableOptions {
  /**
   * The sheet: its name, or its position from 1 (default: the mapping's, else the first sheet not
   * hidden; positions count hidden sheets too, as the workbook lists them). A text
   * of digits that names no sheet is a position, so `"2"` from a command line is the second sheet
   * and `"2023"` a sheet of that name.
   */
  readonly sheet?: string | number | undefined;
  /**
   * The first row of the header, from 1. By default: with a mapping, the row whose header matches
   * the most of the mapping's headers; without one, the first row with two or more cells (title
   * rows are one cell, often merged across the table).
   */
  readonly headerRow?: number | undefined;
  /** Headers to look for when finding the header row (the mapping's, when given). */
  readonly mapping?: ColumnMapping | undefined;
  /** The most XML the workbook may unpack to (default 200 MB). */
  readonly maxUncompressedBytes?: number | undefined;
  /** The most cells (rows × columns) the sheet may span (default 5,000,000). */
  readonly maxCells?: number | undefined;
}

/** A sheet read as a table, with where it was found. */
export interface XlsxTable extends DataTable {
  /** The sheet read. */
  readonly sheet: string;
  /** Every sheet of the workbook, in order. */
  readonly sheets: readonly string[];
  /** The header's first and last rows (1-based). */
  readonly headerRows: readonly [number, number];
}

/** Options for {@link datasetFromXlsx}. */
export interface DatasetFromXlsxOptions extends ReadXlsxTableOptions {
  /** How numbers stored as text are read (default: the mapping's). */
  readonly locale?: NumberLocale | undefined;
  /** The column of unit ids (default: the mapping's `id`, else `id`, `unit`, `code`…, else `name`). */
  readonly idColumn?: string | undefined;
  /** The column of unit names. */
  readonly nameColumn?: string | undefined;
  /** Columns holding groups (e.g. `region`). */
  readonly groupColumns?: readonly string[] | undefined;
  /** Columns to leave out. */
  readonly ignoreColumns?: readonly string[] | undefined;
  /** Dataset-level fields (year, id, metadata). */
  readonly dataset?: Omit<DatasetInput, 'units'> | undefined;
  /** The units are Vietnam's provinces: match their names (default: the mapping's `provinces`). */
  readonly provinces?: boolean | undefined;
  /** How the caller's users choose the id column, for messages (the command line: `"--id-column"`). */
  readonly idColumnOption?: string | undefined;
}

const positive: OptionCheck = wholeNumber(1, Number.MAX_SAFE_INTEGER);
const sheetCheck: OptionCheck = (value) => (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value) && value >= 1) ? null : { kind: 'type', expected: 'a sheet name or a position from 1' });
const TABLE_OPTIONS: Readonly<Record<string, OptionCheck>> = { sheet: sheetCheck, headerRow: positive, mapping: record, maxUncompressedBytes: positive, maxCells: positive };
const DATASET_OPTIONS: Readonly<Record<string, OptionCheck>> = {
  ...TABLE_OPTIONS,
  locale: oneOf(NUMBER_LOCALES),
  idColumn: text,
  nameColumn: text,
  groupColumns: texts,
  ignoreColumns: texts,
  dataset: record,
  provinces: flag,
  idColumnOption: text,
};

/** How many rows are searched for the header when none is given. */
const HEADER_SEARCH_ROWS = 50;
/** How many rows a header may span. */
const MAX_HEADER_ROWS = 4;

function toBytes(functionName: string, bytes: unknown): Uint8Array {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  throw new TypeError(`${functionName}: the workbook is ${describeValue(bytes)}; expected its bytes (a Uint8Array, a Node Buffer or an ArrayBuffer)`);
}

/** A cell as read, as a table cell: text, a number, or empty (booleans are 1 and 0; a date is its ISO day). */
function asCell(value: unknown): TableCell {
  if (value === null || value === undefined) return null;
  // a number that is not finite is never read as missing (outlineSheet refuses it before)
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return String(value);
}

function cellText(cell: TableCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * The grid with every cell of a merged range holding its top-left cell's value; returns the cells
 * so filled (0-based row and column, as `"row,column"`) with the address of the value's cell.
 */
function fillMerged(grid: TableCell[][], merged: readonly MergedRange[]): Map<string, string> {
  const copies = new Map<string, string>();
  for (const range of merged) {
    const value = grid[range.top - 1]?.[range.left - 1] ?? null;
    const from = `${columnLetters(range.left)}${range.top}`;
    for (let row = range.top; row <= range.bottom; row += 1) {
      const cells = grid[row - 1];
      if (cells === undefined) continue;
      for (let column = range.left; column <= range.right; column += 1) {
        cells[column - 1] = value;
        if ((row !== range.top || column !== range.left) && value !== null) copies.set(`${row - 1},${column - 1}`, from);
      }
    }
  }
  return copies;
}

/**
 * The last row of a header starting at `first`: it reaches down through merged cells that start in
 * it and span rows ("STT" over two rows), and one row below a merged cell spanning columns (a pillar
 * over its indicators) when that row has text under it.
 */
function headerEnd(grid: readonly TableCell[][], merged: readonly MergedRange[], first: number): number {
  let last = first;
  for (let row = first; row <= last && row < first + MAX_HEADER_ROWS; row += 1) {
    for (const range of merged) {
      if (range.top !== row) continue;
      if (range.bottom > last) last = range.bottom;
      const below = grid[row];
      if (range.bottom === row && range.right > range.left && below !== undefined) {
        let textBelow = false;
        for (let column = range.left; column <= range.right; column += 1) if (cellText(below[column - 1]) !== '') textBelow = true;
        if (textBelow) last = Math.max(last, row + 1);
      }
    }
  }
  return Math.min(last, first + MAX_HEADER_ROWS - 1, grid.length);
}

/** Each column's own header and the titles above it, for a header from `first` to `last`. */
function headerOf(grid: readonly TableCell[][], first: number, last: number, columns: number): { header: string[]; above: string[][] } {
  const header: string[] = [];
  const above: string[][] = [];
  for (let column = 0; column < columns; column += 1) {
    const parts: string[] = [];
    for (let row = first; row <= last; row += 1) {
      const title = cellText(grid[row - 1]?.[column]).replace(/\s+/g, ' ');
      if (title !== '' && parts.at(-1) !== title) parts.push(title);
    }
    header.push(parts.at(-1) ?? '');
    above.push(parts.slice(0, -1));
  }
  return { header, above };
}

/** How many of the mapping's headers a header matches (by a column's own title or its path). */
function mappingMatches(mapping: ColumnMapping, header: readonly string[], above: readonly (readonly string[])[]): number {
  const wanted = new Set([mapping.id, mapping.name, mapping.year, ...Object.keys(mapping.groups ?? {}), ...Object.keys(mapping.columns), ...(mapping.ignore ?? [])].filter((entry): entry is string => entry !== undefined).map(headerKey));
  let matches = 0;
  header.forEach((title, column) => {
    const path = headerKey([...(above[column] ?? []), title].join(' / '));
    if (wanted.has(headerKey(title)) || wanted.has(path)) matches += 1;
  });
  return matches;
}

/** Distinct non-empty cells in a row, a merged range counted once. */
function distinctCells(grid: readonly TableCell[][], merged: readonly MergedRange[], row: number): number {
  const cells = grid[row - 1] ?? [];
  const across = merged.filter((range) => range.top <= row && row <= range.bottom);
  let count = 0;
  cells.forEach((cell, index) => {
    if (cellText(cell) === '') return;
    const inside = across.find((range) => range.top <= row && row <= range.bottom && range.left <= index + 1 && index + 1 <= range.right);
    if (inside === undefined || inside.left === index + 1) count += 1;
  });
  return count;
}

/**
 * Reads one sheet of an `.xlsx` workbook as a table: the header (found below any title rows, over
 * one row or several when merged cells say so) and the rows below it, merged cells filled, each
 * cell's address kept for messages ("Sheet 'Số liệu'!C7"). A missing sheet is an error listing the
 * sheets; formulas are read by their saved value, and one never calculated is an error naming it.
 *
 * @example
 * const table = await readXlsxTable(bytes, { sheet: 'Số liệu' });
 * table.headerRows; // => [4, 5]
 */
export async function readXlsxTable(bytes: Uint8Array | ArrayBuffer, options: ReadXlsxTableOptions = {}): Promise<XlsxTable> {
  checkOptions('readXlsxTable', options, TABLE_OPTIONS);
  const data = toBytes('readXlsxTable', bytes);
  const mapping = options.mapping === undefined ? undefined : assertColumnMapping(options.mapping);
  const workbook = unpackWorkbook(data, options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES);
  const names = workbook.sheets.map((sheet) => sheet.name);
  // by default the first sheet a person sees: a hidden sheet (a lookup table, last year's data) is
  // read only when named
  const firstVisible = workbook.sheets.findIndex((sheet) => !sheet.hidden) + 1;
  const wanted = options.sheet ?? mapping?.sheet ?? (firstVisible > 0 ? firstVisible : 1);
  const listed = names.map((name) => quoteText(name)).join(', ');
  // a sheet by name (exactly, else as headers are compared); digits that name no sheet ("2" from
  // the command line) are a position
  const byName = typeof wanted === 'number' ? undefined : (workbook.sheets.find((sheet) => sheet.name === wanted) ?? workbook.sheets.find((sheet) => headerKey(sheet.name) === headerKey(wanted)));
  const position = typeof wanted === 'number' ? wanted : byName === undefined && /^\d{1,6}$/.test(wanted.trim()) ? Number(wanted) : undefined;
  const entry = byName ?? (position === undefined ? undefined : workbook.sheets[position - 1]);
  if (entry === undefined) {
    const message = position !== undefined ? `there is no sheet ${position}: the workbook has ${names.length} sheet${names.length === 1 ? '' : 's'} (${listed})` : `there is no sheet ${quoteText(String(wanted))}; the sheets are ${listed}${didYouMean(String(wanted), names)}`;
    throw new ChisoError([issue('unreadable_input', ['sheet'], message, { received: String(wanted) })], 'The spreadsheet cannot be read');
  }
  const sheetName = entry.name;
  const sheetXml = Object.hasOwn(workbook.files, entry.path) ? workbook.files[entry.path] : undefined;
  if (sheetXml === undefined) throw new ChisoError([issue('unreadable_input', ['sheet'], `sheet ${quoteText(sheetName)} has no data file (${quoteText(entry.path)}) in the workbook`)], 'The spreadsheet cannot be read');
  const outline = outlineSheet(sheetXml, sheetName, options.maxCells ?? DEFAULT_MAX_CELLS, percentStyles(workbook.files));
  const where = `Sheet ${quoteSheet(sheetName)}`;
  if (outline.unaddressed > 0) {
    throw new ChisoError([issue('unreadable_input', ['sheet'], `${where} has ${outline.unaddressed} cell${outline.unaddressed === 1 ? '' : 's'} without an address (the program that wrote it left out r="B7"), so no cell can be placed for certain: open the file in Excel or LibreOffice and save it`)], 'The spreadsheet cannot be read');
  }
  if (outline.badNumbers.size > 0) {
    throw new ChisoError(
      [...outline.badNumbers].slice(0, 20).map(([address, stored]) => issue('not_a_number', [address], `${where}!${address} is a number cell holding ${quoteText(stored)}, which is not a finite decimal number`, { received: stored })),
      'The spreadsheet cannot be read',
    );
  }
  if (outline.uncalculated.length > 0) {
    throw new ChisoError(
      outline.uncalculated.slice(0, 20).map((address) => issue('unreadable_input', [address], `${where}!${address} holds a formula whose value was never calculated and saved: open the file in Excel or LibreOffice and save it, so the value is stored with the formula`)),
      'The spreadsheet cannot be read',
    );
  }
  let raw: unknown[][];
  try {
    raw = (await readSheet(storedCopy(workbook.files), sheetName)) as unknown[][];
  } catch (error) {
    if (error instanceof ChisoError) throw error;
    throw new ChisoError([issue('unreadable_input', ['sheet'], `${where} cannot be read: ${error instanceof Error ? error.message : String(error)}`)], 'The spreadsheet cannot be read');
  }
  const columns = Math.max(outline.columns, ...raw.map((row) => row.length));
  const grid: TableCell[][] = [];
  for (let row = 0; row < Math.max(raw.length, outline.rows); row += 1) {
    const cells: TableCell[] = [];
    const source = raw[row] ?? [];
    for (let column = 0; column < columns; column += 1) {
      const address = outline.errors.size === 0 && outline.percents.size === 0 ? undefined : `${columnLetters(column + 1)}${row + 1}`;
      cells.push((address === undefined ? undefined : (outline.errors.get(address) ?? outline.percents.get(address))) ?? asCell(source[column]));
    }
    grid.push(cells);
  }
  const copies = fillMerged(grid, outline.merged);
  const first = options.headerRow ?? mapping?.headerRow ?? findHeaderRow(grid, outline.merged, mapping, where);
  if (first > grid.length) {
    throw new ChisoError([issue('unreadable_input', ['headerRow'], `${where} has ${grid.length} rows, so the header cannot start on row ${first}`, { received: String(first) })], 'The spreadsheet cannot be read');
  }
  const last = headerEnd(grid, outline.merged, first);
  const { header, above } = headerOf(grid, first, last, columns);
  const rows = grid.slice(last);
  const address = (row: number, column: number): string => `${columnLetters(column + 1)}${row + last + 1}`;
  return {
    sheet: sheetName,
    sheets: names,
    headerRows: [first, last],
    header,
    headerAbove: above,
    rows,
    ...(copies.size === 0 ? {} : { copiedFrom: (row: number, column: number) => copies.get(`${row + last},${column}`) }),
    places: {
      what: where,
      row: (row) => `${where}, row ${row + last + 1}`,
      cell: (row, column) => `${where}!${address(row, column)}`,
      columnLabel: (column) => columnLetters(column + 1),
    },
  };
}

/** A sheet's name as a formula writes it: `'Số liệu'` (quotes doubled inside). */
function quoteSheet(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

function findHeaderRow(grid: readonly TableCell[][], merged: readonly MergedRange[], mapping: ColumnMapping | undefined, where: string): number {
  const searched = Math.min(grid.length, HEADER_SEARCH_ROWS);
  if (mapping !== undefined) {
    let best = 0;
    let bestRow = 0;
    for (let row = 1; row <= searched; row += 1) {
      const { header, above } = headerOf(grid, row, headerEnd(grid, merged, row), grid[0]?.length ?? 0);
      const matches = mappingMatches(mapping, header, above);
      if (matches > best) {
        best = matches;
        bestRow = row;
      }
    }
    if (bestRow > 0) return bestRow;
    throw new ChisoError([issue('unreadable_input', ['headerRow'], `${where}: none of the first ${searched} rows holds a header the column mapping names: give the header row (headerRow in the mapping, or --header-row)`)], 'The spreadsheet cannot be read');
  }
  for (let row = 1; row <= searched; row += 1) if (distinctCells(grid, merged, row) >= 2) return row;
  throw new ChisoError([issue('unreadable_input', ['headerRow'], `${where}: none of the first ${searched} rows has two or more cells, so no header was found: give the header row (headerRow, or --header-row)`)], 'The spreadsheet cannot be read');
}

/**
 * Reads a sheet of an `.xlsx` workbook as a dataset (see {@link readXlsxTable} for how the sheet
 * and its header are found). With a column mapping, every column must be mapped, special (id,
 * name, year, a group) or ignored. Numbers stored as numbers are read exactly as the double the
 * cell holds, by its shortest round-trip decimal (a cell showing 0.1 gives 0.1, not
 * 0.1000000000000000055…); numbers stored as text are read in the locale ("0,8002" with `vi-VN`),
 * and text that is no number, an ambiguous "1.640" without a locale, or an error value (#DIV/0!,
 * #N/A) is refused naming its cell, as is a number cell whose stored text is no finite number
 * (`1e999`). A number in a cell formatted as a percent is read as the sheet shows it: `0.855`
 * shown as `85.5%` is `"85.5%"`, which validation accepts only for an indicator whose unit is
 * percent (as 85.5) and refuses for any other (write the ratio in a cell without the percent
 * format). Empty cells are missing values. With `provinces` (or the
 * mapping's), province names in any spelling become official codes and names.
 *
 * @example
 * const bytes = await readFile('examples/data/vn-dti-2022/2023.xlsx');
 * const mapping = JSON.parse(await readFile('examples/data/vn-dti-2022/mapping.json', 'utf8'));
 * const dataset = await datasetFromXlsx(bytes, { mapping });
 * dataset.units.length; // => 63
 */
export async function datasetFromXlsx(bytes: Uint8Array | ArrayBuffer, options: DatasetFromXlsxOptions = {}): Promise<DatasetInput> {
  checkOptions('datasetFromXlsx', options, DATASET_OPTIONS);
  const mapping = options.mapping === undefined ? undefined : assertColumnMapping(options.mapping);
  const table = await readXlsxTable(bytes, {
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(options.headerRow === undefined ? {} : { headerRow: options.headerRow }),
    ...(mapping === undefined ? {} : { mapping }),
    ...(options.maxUncompressedBytes === undefined ? {} : { maxUncompressedBytes: options.maxUncompressedBytes }),
    ...(options.maxCells === undefined ? {} : { maxCells: options.maxCells }),
  });
  return datasetFromTable(table, {
    idColumn: options.idColumn,
    nameColumn: options.nameColumn,
    groupColumns: options.groupColumns,
    ignoreColumns: options.ignoreColumns,
    dataset: options.dataset,
    locale: options.locale,
    idColumnOption: options.idColumnOption,
    mapping,
    provinces: options.provinces,
    matchUnits: withProvinces,
    values: 'read',
  });
}
