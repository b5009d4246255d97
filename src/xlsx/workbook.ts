/**
 * The parts of an `.xlsx` file chiso reads itself, around `read-excel-file`: what kind of file it
 * is (a legacy `.xls`, an OpenDocument `.ods` or a text file are named for what they are), its
 * sheets and their files, each sheet's merged cells (which `read-excel-file` does not report) and
 * the size of its grid — checked before any cell is read, so a zip bomb or a sheet claiming
 * millions of cells is refused instead of filling the memory.
 *
 * An `.xlsx` is a zip of XML files. Its entries are unpacked here with `fflate` (a dependency of
 * both spreadsheet libraries), only the XML ones, each into a buffer of its declared size — a
 * deflate stream that claims less than it holds is cut there, never grown — and only once the sum of the
 * declared sizes is within the limit. `read-excel-file` then reads a copy of those entries, stored
 * uncompressed, so it never inflates anything itself.
 *
 * @module
 */
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { ChisoError, issue } from '../model/issues.js';
import { quoteText } from '../model/describe.js';

/**
 * What an `.xlsx` may unpack to, by default: 200 MB of XML (a sheet of a million cells is about
 * 50 MB). The `maxUncompressedBytes` option of `datasetFromXlsx` changes it.
 *
 * @example
 * DEFAULT_MAX_UNCOMPRESSED_BYTES; // => 200000000
 */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 200_000_000;
/**
 * How many cells (rows × columns of the used area) a sheet may span, by default. The `maxCells`
 * option of `datasetFromXlsx` changes it.
 *
 * @example
 * DEFAULT_MAX_CELLS; // => 5000000
 */
export const DEFAULT_MAX_CELLS = 5_000_000;

/** A merged range, 1-based and inclusive. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One sheet of a workbook, as listed in `xl/workbook.xml`. */
export interface SheetEntry {
  readonly name: string;
  /** The sheet's XML file in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly path: string;
  /** Hidden in Excel (`state="hidden"` or `"veryHidden"`): no tab shows it. */
  readonly hidden: boolean;
}

/** A workbook's checked XML entries and its sheets. */
export interface UnpackedWorkbook {
  readonly files: Readonly<Record<string, Uint8Array>>;
  readonly sheets: readonly SheetEntry[];
}

/** What a sheet's XML says about its grid, read before its cells. */
export interface SheetOutline {
  readonly merged: readonly MergedRange[];
  /** The last row and column holding a cell (1-based; 0 for an empty sheet). */
  readonly rows: number;
  readonly columns: number;
  /** Cells holding a formula whose value was never calculated and saved. */
  readonly uncalculated: readonly string[];
  /**
   * Cells holding an error value (`#DIV/0!`, `#N/A`), by address: `read-excel-file` reads them as
   * empty, which would make a failed formula a missing value.
   */
  readonly errors: ReadonlyMap<string, string>;
  /**
   * Numbers in a cell formatted as a percent, by address, as the sheet shows them with their sign
   * (`0.855` shown as `85.5%` is `"85.5%"`): a ministry that types 85% into such a cell means 85
   * percent, and `read-excel-file` would give the stored 0.855, which a percent indicator would
   * read as 0.855 percent.
   */
  readonly percents: ReadonlyMap<string, string>;
  /** Number cells whose stored text is not a finite decimal number (`1e999`, `0x10`), by address. */
  readonly badNumbers: ReadonlyMap<string, string>;
  /** How many cells have no address (`r`), which `read-excel-file` cannot place. */
  readonly unaddressed: number;
}

function refuse(message: string): never {
  throw new ChisoError([issue('unreadable_input', [], message)], 'The spreadsheet cannot be read');
}

/**
 * A column's letters: 1 → `A`, 27 → `AA`.
 *
 * @example
 * columnLetters(3); // => 'C'
 * columnLetters(28); // => 'AB'
 */
export function columnLetters(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** A cell address `C7` as 1-based row and column, or `undefined`. */
function parseAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.trim().toUpperCase());
  if (match === null) return undefined;
  let column = 0;
  for (const letter of match[1] as string) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** XML text with its five predefined entities and numeric references decoded. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_whole, entity: string) => {
    const lower = entity.toLowerCase();
    // a reference beyond Unicode (&#x110000;) is not a character: kept as written, never a RangeError
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : lower.startsWith('#') ? Number.parseInt(lower.slice(1), 10) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : _whole;
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? _whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : unescapeXml(value);
}

/** UTF-8 bytes as text (fflate's decoder: the core is typed without the DOM's TextDecoder). */
const decoder = { decode: (bytes: Uint8Array): string => strFromU8(bytes) };

/**
 * Checks that the bytes are an `.xlsx` (a zip holding `xl/workbook.xml`), unpacks its XML entries
 * within the size limit and lists its sheets. Anything else is refused with what it looks like.
 */
export function unpackWorkbook(bytes: Uint8Array, maxUncompressedBytes: number): UnpackedWorkbook {
  if (bytes.length === 0) refuse('the file is empty');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    refuse('this is a legacy Excel 97–2003 workbook (.xls), which chiso does not read: open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)');
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const head = decoder.decode(bytes.subarray(0, 512));
    const text = !/[\u0000-\u0008\u000e-\u001f]/.test(head);
    refuse(text ? 'this is a text file, not an .xlsx workbook (a CSV? give it a .csv name)' : 'this is not an .xlsx workbook (an .xlsx is a zip archive; this file is not one)');
  }
  let total = 0;
  let tooLarge: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        const wanted = entry.name.endsWith('.xml') || entry.name.endsWith('.rels') || entry.name === 'mimetype';
        if (!wanted || tooLarge !== undefined) return false;
        total += entry.originalSize;
        if (total > maxUncompressedBytes) {
          tooLarge = entry.name;
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    refuse(`the file is a damaged zip archive, so not a readable .xlsx (${error instanceof Error ? error.message : String(error)})`);
  }
  if (tooLarge !== undefined) {
    refuse(`the workbook unpacks to more than ${maxUncompressedBytes.toLocaleString('en')} bytes of XML (at ${quoteText(tooLarge)}): refused as too large to read safely (the maxUncompressedBytes option raises the limit)`);
  }
  const mimetype = Object.hasOwn(files, 'mimetype') && files.mimetype !== undefined ? decoder.decode(files.mimetype) : '';
  if (mimetype.includes('opendocument')) refuse('this is an OpenDocument spreadsheet (.ods), which chiso does not read: save it as .xlsx (Excel 2007–365) in LibreOffice');
  const workbook = Object.hasOwn(files, 'xl/workbook.xml') ? files['xl/workbook.xml'] : undefined;
  if (workbook === undefined) refuse('the zip archive holds no xl/workbook.xml, so it is not an .xlsx workbook');
  const relations = Object.hasOwn(files, 'xl/_rels/workbook.xml.rels') ? files['xl/_rels/workbook.xml.rels'] : undefined;
  const targets = new Map<string, string>();
  if (relations !== undefined) {
    for (const tag of decoder.decode(relations).match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
      const id = attribute(tag, 'Id');
      const target = attribute(tag, 'Target');
      if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  const sheets: SheetEntry[] = [];
  for (const tag of decoder.decode(workbook).match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const id = attribute(tag, 'r:id') ?? /\s\w+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const path = id === undefined ? undefined : targets.get(id);
    const state = attribute(tag, 'state');
    if (name !== undefined && path !== undefined) sheets.push({ name, path, hidden: state === 'hidden' || state === 'veryHidden' });
  }
  if (sheets.length === 0) refuse('the workbook lists no sheet');
  return { files, sheets };
}

/**
 * The outline of a sheet: its merged ranges, the extent of its cells, and formulas never
 * calculated. Refuses a grid beyond `maxCells` (rows × columns) before any cell is read.
 */
export function outlineSheet(xml: Uint8Array, sheetName: string, maxCells: number, percentStyles: ReadonlySet<number> = new Set()): SheetOutline {
  const text = decoder.decode(xml);
  const merged: MergedRange[] = [];
  for (const tag of text.match(/<(?:\w+:)?mergeCell\b[^>]*>/g) ?? []) {
    const [from, to] = (attribute(tag, 'ref') ?? '').split(':');
    const start = from === undefined ? undefined : parseAddress(from);
    const end = to === undefined ? start : parseAddress(to);
    if (start !== undefined && end !== undefined) {
      merged.push({ top: Math.min(start.row, end.row), left: Math.min(start.column, end.column), bottom: Math.max(start.row, end.row), right: Math.max(start.column, end.column) });
    }
  }
  let rows = 0;
  let columns = 0;
  const uncalculated: string[] = [];
  const errors = new Map<string, string>();
  const percents = new Map<string, string>();
  const badNumbers = new Map<string, string>();
  let unaddressed = 0;
  for (const match of text.matchAll(/<(?:\w+:)?row\b[^>]*?\sr\s*=\s*"(\d+)"/g)) rows = Math.max(rows, Number(match[1]));
  for (const match of text.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const reference = attribute(match[1] ?? '', 'r');
    const address = reference === undefined ? undefined : parseAddress(reference);
    if (address !== undefined) {
      rows = Math.max(rows, address.row);
      columns = Math.max(columns, address.column);
    }
    const content = match[2];
    const type = attribute(match[1] ?? '', 't');
    if (reference === undefined && content !== undefined && /<(?:\w+:)?(?:v|is)\b/.test(content)) unaddressed += 1;
    if (content !== undefined && reference !== undefined && (type === undefined || type === 'n')) {
      const stored = /<(?:\w+:)?v\b[^>]*>([^<]*)</.exec(content)?.[1]?.trim();
      if (stored !== undefined && stored !== '') {
        if (!DECIMAL.test(stored) || !Number.isFinite(Number(stored))) badNumbers.set(reference.toUpperCase(), stored);
        else if (percentStyles.size > 0 && percentStyles.has(Number(attribute(match[1] ?? '', 's') ?? '0'))) percents.set(reference.toUpperCase(), `${timesHundred(String(Number(stored)))}%`);
      }
    }
    if (content !== undefined && reference !== undefined && type === 'e') {
      errors.set(reference.toUpperCase(), unescapeXml(/<(?:\w+:)?v\b[^>]*>([^<]*)</.exec(content)?.[1] ?? '#ERROR!').trim());
    }
    if (content !== undefined && /<(?:\w+:)?f\b/.test(content) && !/<(?:\w+:)?v\b/.test(content) && uncalculated.length < 1000) uncalculated.push(reference ?? '?');
  }
  for (const range of merged) {
    rows = Math.max(rows, range.bottom);
    columns = Math.max(columns, range.right);
  }
  // Merged ranges are filled cell by cell: their total area is held to the same limit (a crafted
  // file could repeat one range over the whole grid a million times)
  let mergedArea = 0;
  for (const range of merged) mergedArea += (range.bottom - range.top + 1) * (range.right - range.left + 1);
  if (mergedArea > maxCells) {
    refuse(`sheet ${quoteText(sheetName)} has merged ranges covering ${mergedArea.toLocaleString('en')} cells, more than ${maxCells.toLocaleString('en')}: refused as too large to read safely (the maxCells option raises the limit)`);
  }
  if (rows * columns > maxCells) {
    refuse(`sheet ${quoteText(sheetName)} spans ${rows.toLocaleString('en')} rows × ${columns.toLocaleString('en')} columns, more than ${maxCells.toLocaleString('en')} cells: refused as too large to read safely (the maxCells option raises the limit)`);
  }
  return { merged, rows, columns, uncalculated, errors, percents, badNumbers, unaddressed };
}

/** A number as Excel stores it: decimal digits, an optional fraction and exponent. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal text (as `String(number)` writes it) times 100, by moving its point: `0.855` → `85.5`, never 85.49999…. */
function timesHundred(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent) + 2;
  const placed = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  const trimmed = (placed.includes('.') ? placed.replace(/0+$/, '').replace(/\.$/, '') : placed).replace(/^0+(?=\d)/, '');
  return trimmed === '0' ? '0' : sign + trimmed;
}

/** Built-in number formats that are percents (`0%`, `0.00%`). */
const BUILT_IN_PERCENT_FORMATS = new Set([9, 10]);

/**
 * The cell styles (indices into `cellXfs`) whose number format shows a percent: the built-in `0%`
 * and `0.00%`, and custom formats with a `%` outside quotes and escapes.
 */
export function percentStyles(files: Readonly<Record<string, Uint8Array>>): ReadonlySet<number> {
  const styles = Object.hasOwn(files, 'xl/styles.xml') ? files['xl/styles.xml'] : undefined;
  const found = new Set<number>();
  if (styles === undefined) return found;
  const text = decoder.decode(styles);
  const percentFormats = new Set(BUILT_IN_PERCENT_FORMATS);
  for (const tag of text.match(/<(?:\w+:)?numFmt\b[^>]*>/g) ?? []) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = (attribute(tag, 'formatCode') ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    if (code.includes('%')) percentFormats.add(id);
  }
  const cellFormats = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(text)?.[1] ?? '';
  (cellFormats.match(/<(?:\w+:)?xf\b[^>]*>/g) ?? []).forEach((tag, index) => {
    if (percentFormats.has(Number(attribute(tag, 'numFmtId') ?? '0'))) found.add(index);
  });
  return found;
}

/** The workbook's XML entries again as a zip, stored without compression, for `read-excel-file`. */
export function storedCopy(files: Readonly<Record<string, Uint8Array>>): ArrayBuffer {
  const zipped = zipSync(files, { level: 0 });
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer;
}
