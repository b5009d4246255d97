/**
 * What every `chiso` command shares: argument parsing with the usage-error discipline, loading a
 * framework and a dataset from --framework / --data (naming the file in every problem), options
 * that name a known node or unit, and writing with backpressure. Commands live in their own
 * modules and use these, so a new command does not grow main.ts.
 *
 * @module
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Plan } from '../engine/plan.js';
import type { Dataset, DatasetInput } from '../model/dataset.js';
import type { Framework } from '../model/framework.js';
import { escapeControlCharacters } from '../report/escape.js';
import { fitTable } from '../report/fit-table.js';
import { wrapToWidth } from '../report/text-width.js';
import type { Language } from '../report/language.js';
import { formatTableLines, type Table } from '../report/table.js';
import { cellText, columnTitle, messages, type Messages } from './messages.js';
import { HELP_VI } from './help-vi.js';
import { closestName, suggestion } from './suggest.js';
import { builtinFramework, builtinFrameworks } from '../frameworks/index.js';
import type { DatasetFromCsvOptions } from '../io/csv.js';
import { NUMBER_LOCALES } from '../io/number.js';
import { quoteText } from '../model/describe.js';
import { ChisoError } from '../model/issues.js';
import { assertDataset, assertFramework } from '../model/validate.js';
import { readDatasetFile, readMappingFile, resolveFramework, type ReadDatasetOptions } from '../node/index.js';
import { matchProvinces, withProvinces } from '../vietnam/names.js';

/**
 * Where the command writes. A writer may return a promise when its stream is full (the command
 * then waits before writing more) and may throw an {@link OutputError} when a write fails; `end`,
 * when given, is awaited before the command returns, so a late write error is reported too.
 */
export interface CliOutput {
  stdout(text: string): unknown;
  stderr(text: string): unknown;
  end?(): Promise<void>;
  /**
   * Given only when standard error is a terminal: shows a progress line in place (each call
   * replaces the last; an empty text clears it). Piped or redirected, nothing is shown.
   */
  progress?(text: string): void;
  /** The language of every message and table (`--lang`, else `CHISO_LANG`; default English). */
  readonly language?: Language;
  /**
   * The width text tables are fitted to, in terminal columns (`--width`, else `COLUMNS`, else the
   * terminal's width when standard output is one); absent or `Infinity`: no limit.
   */
  readonly width?: number;
  /**
   * The file given with `--out`, when there is one: `stdout` then writes to it (it replaces the
   * file when the command succeeds). A command writing a binary format (an `.xlsx`) requires it
   * and writes with {@link CliOutput.bytes}.
   */
  readonly file?: string;
  /** Writes binary data to the `--out` file; given only with `--out`. */
  bytes?(data: Uint8Array): unknown;
}

/**
 * A command in its own module: its name, one line for the main help, its --help text (which must
 * describe every option) and its options for `parseArgs`.
 */
export interface CommandModule {
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  run(args: string[], out: CliOutput): Promise<number>;
}

/**
 * A progress reporter for a long run: at most ten updates a second, "label 1,234/10,000 (12%)",
 * cleared by `done()`. Does nothing when the output shows no progress (not a terminal).
 */
export function progressLine(out: CliOutput, label: string): { update(done: number, total: number): void; done(): void } {
  const show = out.progress;
  if (show === undefined) return { update: () => undefined, done: () => undefined };
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      show(messages(out.language).progress(label, done, total, percent));
    },
    done: () => show(''),
  };
}

/**
 * Wrong usage: printed with a pointer to --help, exit code 2. Made by {@link usage} from the
 * message catalog, it carries its text in every language; made with an English text alone, it
 * says that text in every language.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The message in other languages, when it was made from the catalog. */
    readonly translations: Partial<Record<Language, string>> = {},
  ) {
    super(message);
    this.name = 'UsageError';
  }

  /** The message in a language (English when it has no translation). */
  in(language: Language | undefined): string {
    return (language === undefined ? undefined : this.translations[language]) ?? this.message;
  }
}

type UsageMessages = Messages['usage'];

/**
 * A usage error from the message catalog (`messages.ts`), in every language.
 *
 * @example
 * usage('required', '--data').in('vi'); // => 'thiếu --data'
 */
export function usage<Key extends keyof UsageMessages>(key: Key, ...args: Parameters<UsageMessages[Key]>): UsageError {
  const say = (language: Language): string => (messages(language).usage[key] as (...given: Parameters<UsageMessages[Key]>) => string)(...args);
  return new UsageError(say('en'), { vi: say('vi') });
}

/**
 * A usage error whose message is built from the catalog's words in each language, for messages
 * composed of parts (a flag, a noun, a did-you-mean).
 */
export function usageFrom(build: (say: Messages, language: Language) => string): UsageError {
  return new UsageError(build(messages('en'), 'en'), { vi: build(messages('vi'), 'vi') });
}

/** The global options' help lines (`--lang`, `--out`, `--width`), in a language. */
export function globalOptionsHelp(language: Language | undefined): string {
  if (language === 'vi') {
    return `  --lang vi|en             ngôn ngữ của thông báo và bảng (mặc định: biến môi trường CHISO_LANG,
                           nếu không có thì en)
  --out TỆP                ghi kết quả vào TỆP thay cho màn hình (ghi đè tệp đã có; tạo thư mục
                           nếu chưa có)
  --width N                độ rộng tối đa của bảng, tính bằng cột (mặc định: biến COLUMNS, hoặc độ
                           rộng cửa sổ dòng lệnh; 0: không giới hạn)
`;
  }
  return `  --lang vi|en             the language of messages and tables (default: CHISO_LANG, else en)
  --out FILE               write the output to FILE instead of standard output (replaced if it
                           exists; missing folders are created)
  --width N                the widest a text table may be, in columns (default: COLUMNS, else the
                           terminal's width; 0 for no limit)
`;
}

/**
 * Prints a command's help in the output's language: the Vietnamese text where there is one (an
 * English one otherwise), with the global options added.
 */
export async function showHelp(out: CliOutput, command: string, english: string): Promise<number> {
  const text = out.language === 'vi' ? (Object.hasOwn(HELP_VI, command) ? HELP_VI[command] : undefined) ?? english : english;
  await out.stdout(text + globalOptionsHelp(out.language));
  return 0;
}

/** Options for {@link writeTable}. */
export interface WriteTableOptions {
  /** The table was built in English by an analysis function: translate its titles and own words. */
  readonly translate?: boolean;
  /** The command has --columns: the note on left-out columns mentions it. */
  readonly columnsOption?: boolean;
}

/**
 * Writes a table in a format: as text fitted to the output's width (columns the table marks as
 * optional left out, then long names shortened, with a note saying so), figures in the output's
 * language in text and Markdown (CSV keeps "0.8002").
 */
export async function writeTable(out: CliOutput, table: Table, format: 'table' | 'text' | 'md' | 'csv', options: WriteTableOptions = {}): Promise<void> {
  const language = out.language ?? 'en';
  const translated: Table = options.translate && language !== 'en' ? { columns: table.columns.map((column) => ({ ...column, title: columnTitle(column.title, language) })), rows: table.rows.map((row) => row.map((cell) => cellText(cell, language))) } : table;
  const kind = format === 'table' ? 'text' : format;
  const width = out.width ?? Number.POSITIVE_INFINITY;
  if (kind !== 'text' || width === Number.POSITIVE_INFINITY) {
    await writeAll(out, formatTableLines(translated, kind, { language }));
    return;
  }
  const fitted = fitTable(translated, width);
  await writeAll(out, formatTableLines(fitted.table, 'text', { language }));
  const say = messages(language);
  if (fitted.dropped.length > 0) await out.stdout(`\n${wrapToWidth(say.leftOut(width, fitted.dropped.map(line).join(', '), options.columnsOption === true), width)}\n`);
  if (fitted.shortened.length > 0) await out.stdout(`${fitted.dropped.length > 0 ? '' : '\n'}${wrapToWidth(say.shortened(width, fitted.shortened.map(line).join(', ')), width)}\n`);
}

/** The --help lines of the options every command reading data takes. */
export const DATA_OPTIONS_HELP = `  --provinces            units are Vietnamese provinces: match their names ("TP.HCM", "Da Nang"),
                         use the official codes and add each province's region
  --id-column NAME       CSV/xlsx column with unit ids (default: id, unit, code, country or province)
  --group-column NAME    CSV column holding a group such as region (repeatable); the framework's
                         ranking groups and --group are read as groups too
  --ignore COLUMNS       comma-separated CSV columns to leave out
  --locale vi-VN|en      how numbers are written in the data: vi-VN "1.640,5" ("." groups thousands,
                         "," is the decimal mark) or en "1,640.5"; without it, text that reads
                         differently in the two (a count of "1.640", "0,7908") is refused
  --mapping FILE         a column mapping (JSON): which column of the sheet or CSV holds which
                         indicator, the id and group columns, the sheet, header row, locale, and
                         whether units are provinces (see docs/spreadsheets.md)
  --sheet NAME|N         .xlsx: the sheet to read, by name or position from 1 (default: the first)
  --header-row N         .xlsx: the first row of the header (default: found below the title rows)
  --comment PREFIX       skip CSV lines starting with PREFIX, e.g. "#" (by default every line is data)
  --separator SEP        the CSV separator: "," ";" or tab (by default guessed from the first lines,
                         counting only separators outside quotes; a text that reads both ways is refused)`;


/** The options every command reading a framework and data takes. */
export const COMMON = {
  help: { type: 'boolean', short: 'h' },
  framework: { type: 'string', short: 'f' },
  data: { type: 'string', short: 'd' },
  'id-column': { type: 'string' },
  'group-column': { type: 'string', multiple: true },
  ignore: { type: 'string' },
  comment: { type: 'string' },
  provinces: { type: 'boolean' },
  locale: { type: 'string' },
  separator: { type: 'string' },
  mapping: { type: 'string' },
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** The values of the options that say how to read a data file. */
export interface DataValues {
  'id-column'?: string | undefined;
  'group-column'?: string[] | undefined;
  ignore?: string | undefined;
  comment?: string | undefined;
  provinces?: boolean | undefined;
  locale?: string | undefined;
  separator?: string | undefined;
  mapping?: string | undefined;
  sheet?: string | undefined;
  'header-row'?: string | undefined;
}

/** True for a data file read as a workbook. */
function isWorkbook(path: string): boolean {
  return ['.xlsx', '.xlsm', '.xls', '.ods'].includes(extname(path).toLowerCase());
}

/**
 * The reading options of --data (and --previous): the CSV options, the column mapping read from
 * --mapping, and for a workbook --sheet and --header-row.
 */
export async function dataOptions(values: DataValues, groups: readonly string[] = []): Promise<ReadDatasetOptions> {
  const base = csvOptions(values, groups);
  const mapping = values.mapping === undefined ? undefined : await fromFile(values.mapping, () => readMappingFile(values.mapping as string));
  let headerRow: number | undefined;
  if (values['header-row'] !== undefined) {
    headerRow = Number(values['header-row']);
    if (!/^\d{1,7}$/.test(values['header-row']) || headerRow < 1) throw usage('headerRow', quoteText(values['header-row']));
  }
  // a sheet "2023" is found by name; digits that name no sheet are its position (datasetFromXlsx)
  const sheet = values.sheet;
  return { ...base, ...(mapping === undefined ? {} : { mapping }), ...(sheet === undefined ? {} : { sheet }), ...(headerRow === undefined ? {} : { headerRow }) };
}

/** Whether units are to be matched as provinces: --provinces, or the mapping's `provinces`. */
export function provincesWanted(values: DataValues, options: ReadDatasetOptions): boolean {
  return values.provinces === true || options.mapping?.provinces === true;
}


/**
 * Options that only CSV reading uses are a usage error when no data file is CSV: with JSON data
 * they would do nothing, silently.
 */
export function refuseCsvOptionsWithoutCsv(values: DataValues, paths: readonly (string | undefined)[]): void {
  const files = paths.filter((path): path is string => path !== undefined);
  // options of workbooks: with no .xlsx among the files they would do nothing, silently
  if (!files.some(isWorkbook)) {
    const workbookOnly = (['sheet', 'header-row'] as const).find((name) => values[name] !== undefined);
    if (workbookOnly !== undefined) throw usage('workbookOnly', `--${workbookOnly}`, files.map((path) => `"${path}"`).join(', '), files.length);
  }
  if (files.some((path) => extname(path).toLowerCase() === '.csv')) return;
  // a column mapping, an id column and ignored columns apply to workbooks too
  const tabular = files.some(isWorkbook);
  const given = (tabular ? (['comment'] as const) : (['id-column', 'ignore', 'comment', 'mapping'] as const)).filter((name) => values[name] !== undefined);
  if (given.length === 0) return;
  const flag = `--${given[0] as string}`;
  const named = files.map((path) => `"${path}"`).join(', ');
  throw given[0] === 'comment' ? usage('csvOnly', flag, named, files.length) : usage('tableFilesOnly', flag, named, files.length);
}

/** Reads a dataset, resolving its units as provinces when --provinces is given. */
export async function loadDataset(path: string, values: DataValues, groups: readonly string[] = []): Promise<DatasetInput> {
  const options = await dataOptions(values, groups);
  const dataset = await readDatasetFile(path, options);
  return provincesWanted(values, options) ? withProvincesAndEra(dataset) : dataset;
}

/** Which list a dataset matched with --provinces is of, as {@link withProvincesAndEra} records it. */
export function eraOf(dataset: { readonly metadata?: Readonly<Record<string, unknown>> | undefined }): '63' | '34' | undefined {
  const era = dataset.metadata?.[PROVINCE_ERA];
  return era === '63' || era === '34' ? era : undefined;
}

export const PROVINCE_ERA = 'chisoProvinceEra';

/** withProvinces, as of the dataset's year, noting in the metadata whether the units are the 63 or the 34. */
export function withProvincesAndEra(dataset: DatasetInput, year?: number): DatasetInput {
  const options = provinceOptions(dataset, year);
  const { era } = matchProvinces(dataset.units.map((unit) => unit.name ?? unit.id), options);
  const matched = withProvinces(dataset, options);
  return { ...matched, metadata: { ...(matched.metadata ?? {}), [PROVINCE_ERA]: era } };
}

/**
 * The year that decides whether a dataset's provinces are the 63 or the 34: the one given (panel
 * --years), else the dataset's, else its units' (a CSV "year" column).
 */
export function provinceOptions(dataset: DatasetInput, year?: number): { year?: number } {
  const found = year ?? (typeof dataset.year === 'number' ? dataset.year : dataset.units.find((unit) => typeof unit.year === 'number')?.year);
  return found === undefined ? {} : { year: found };
}

/**
 * Parses a command's arguments. An option that takes one value and is given twice with different
 * values (`--data a.csv --data b.csv`, `--format csv --format json`) is a usage error: the last one
 * would silently win.
 */
export function parse<const Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: Options) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = (error as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const given = /'([^']*)'/.exec(message)?.[1] ?? '';
      const names = Object.keys(options).map((name) => `--${name}`);
      throw usageFrom((say, language) => say.usage.unknownOption(quoteText(given), suggestion(given, names, language)));
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const given = /'([^']*)'/.exec(message)?.[1] ?? '';
      throw usage('unexpectedArgument', quoteText(given));
    }
    // "--runs -5": the value looks like an option, and parseArgs calls it ambiguous
    const ambiguous = /^Option '(-[^']*)' argument is ambiguous/.exec(message)?.[1];
    const next = ambiguous === undefined ? undefined : args[args.indexOf(ambiguous.split(', ').pop() ?? ambiguous) + 1];
    if (ambiguous !== undefined && next !== undefined) {
      const flag = ambiguous.split(', ').pop() ?? ambiguous;
      throw usage('readsAsOption', flag, quoteText(next), flag.startsWith('--') ? `${flag}=${next}` : `${flag}${next}`);
    }
    throw new UsageError(message.split('\n')[0] ?? message);
  }
  const first = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.value === undefined || (options[token.name] as { multiple?: boolean } | undefined)?.multiple === true) continue;
    const earlier = first.get(token.name);
    if (earlier !== undefined && earlier !== token.value) {
      throw usage('givenTwice', `--${token.name}`, quoteText(earlier), quoteText(token.value));
    }
    first.set(token.name, token.value);
  }
  // Ids, column and group names are read in Unicode NFC (src/model/text.ts), so an option naming
  // one is too: "điểm" typed with decomposed accents (as macOS writes it) names the same node.
  // File paths are left exactly as given.
  const values: Record<string, unknown> = { ...parsed.values };
  for (const [name, value] of Object.entries(values)) {
    if (PATH_OPTIONS.has(name)) continue;
    if (typeof value === 'string') values[name] = value.normalize('NFC');
    else if (Array.isArray(value)) values[name] = value.map((entry: unknown) => (typeof entry === 'string' ? entry.normalize('NFC') : entry));
  }
  return values as typeof parsed.values;
}

/** Options whose values are file paths (or a built-in framework's id), never normalised. */
export const PATH_OPTIONS: ReadonlySet<string> = new Set(['framework', 'data', 'previous', 'mapping', 'history', 'out']);

/** An option naming one of a known set (a node, a column, a unit): anything else is a usage error. */
export function known(value: string, candidates: readonly string[], flag: string, what: string, where?: string): string {
  if (candidates.includes(value)) return value;
  throw usageFrom((say, language) => say.usage.unknownName(flag, quoteText(value), say.nouns[what] ?? what, where === undefined ? '' : quoteText(where), suggestion(value, candidates, language)));
}

/**
 * Runs work on the contents of a file, naming the file in any problem it reports (`data.csv: The
 * dataset is not valid`), so a message about `units[3]` says which file it is in.
 */
export async function fromFile<T>(path: string | undefined, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (path === undefined || !(error instanceof ChisoError)) throw error;
    const [head = ''] = error.message.split('\n');
    if (head.includes(path)) throw error;
    throw new ChisoError(error.issues, `${path}: ${head.replace(/:$/, '')}`);
  }
}

/**
 * The --framework value, checked: a built-in id, or else a file. A value that is neither, and does
 * not look like a path (no "/" and no ".json"), is a mistyped built-in id — a usage error with the
 * ids or a did-you-mean, rather than "no such file".
 */
export async function frameworkArgument(idOrPath: string | undefined): Promise<string> {
  const given = required(idOrPath, '--framework');
  if (builtinFramework(given) !== undefined || /[\\/]|\.json$/i.test(given)) return given;
  const exists = await stat(given).then(
    () => true,
    () => false,
  );
  if (!exists) throw usageFrom((say, language) => say.usage.notFrameworkNorFile(given, suggestion(given, Object.keys(builtinFrameworks), language)));
  return given;
}

/** The framework from --framework: a built-in id, or a file (named in any problem). */
export async function loadFramework(idOrPath: string | undefined): Promise<Framework> {
  const given = await frameworkArgument(idOrPath);
  const file = builtinFramework(given) === undefined ? given : undefined;
  return fromFile(file, async () => assertFramework(await resolveFramework(given)));
}

/** A dataset read from a file and checked against the framework, naming the file in every problem. */
export async function loadValidDataset(framework: Framework, path: string, values: Parameters<typeof loadDataset>[1], groups: readonly string[] = []): Promise<Dataset> {
  const dataset = await fromFile(path, async () => assertDataset(framework, await loadDataset(path, values, groups)));
  const present = groupKeys(dataset);
  for (const column of values['group-column'] ?? []) known(column, present, '--group-column', 'group column', path);
  return dataset;
}

/** The group keys some unit of a dataset has. */
export function groupKeys(dataset: Dataset): string[] {
  const keys = new Set<string>();
  for (const unit of dataset.units) for (const key of Object.keys(unit.groups)) keys.add(key);
  return [...keys];
}

/** Node ids of a framework, parents before children. */
export function nodeIds(plan: Plan): string[] {
  return plan.info.map((info) => info.id);
}

/** A name, label or path printed inside a line: every control character escaped, line feeds too. */
export const line = escapeControlCharacters;

/** Writes every piece, waiting whenever the output is full. */
export async function writeAll(out: CliOutput, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    const wait = out.stdout(piece);
    if (wait instanceof Promise) await wait;
  }
}

export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw usage('required', flag);
  return value;
}

/**
 * CSV reading options. Group columns are those named with --group-column, plus the groups the
 * framework ranks within and the one asked for with --group, so a "region" column is read as a
 * group without being named twice.
 */
export function csvOptions(values: { 'id-column'?: string | undefined; 'group-column'?: string[] | undefined; ignore?: string | undefined; comment?: string | undefined; locale?: string | undefined; separator?: string | undefined }, groups: readonly string[] = []): DatasetFromCsvOptions {
  const groupColumns = [...new Set([...(values['group-column'] ?? []), ...groups])];
  const separator = values.separator === '\t' ? 'tab' : values.separator;
  return {
    ...(values.locale === undefined ? {} : { locale: choice(values.locale, NUMBER_LOCALES, 'en', '--locale') }),
    ...(separator === undefined ? {} : { delimiter: { ',': ',', ';': ';', tab: '\t' }[choice(separator, [',', ';', 'tab'], ',', '--separator')] }),
    idColumnOption: '--id-column',
    delimiterOption: '--separator',
    ...(values.comment === undefined ? {} : { comment: values.comment }),
    ...(values['id-column'] === undefined ? {} : { idColumn: values['id-column'] }),
    ...(groupColumns.length === 0 ? {} : { groupColumns }),
    ...(values.ignore === undefined ? {} : { ignoreColumns: values.ignore.split(',').map((column) => column.trim()).filter(Boolean) }),
  };
}

export function choice<const T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageFrom((say, language) => {
    const hint = suggestion(value, allowed, language);
    return say.usage.notOneOf(flag, quoteText(value), allowed.join(', '), closestName(value, allowed) === undefined ? '' : hint);
  });
}

/** A framework's title for a heading: its label in the language, else its name. */
export function frameworkTitle(framework: { readonly name: string; readonly label?: { readonly en?: string | undefined; readonly vi?: string | undefined } | undefined }, language: Language | undefined): string {
  return language === 'vi' && framework.label?.vi !== undefined ? framework.label.vi : framework.name;
}
