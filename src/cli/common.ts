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
import { suggestion } from './suggest.js';
import { builtinFramework, builtinFrameworks } from '../frameworks/index.js';
import type { DatasetFromCsvOptions } from '../io/csv.js';
import { NUMBER_LOCALES } from '../io/number.js';
import { quoteText } from '../model/describe.js';
import { ChisoError } from '../model/issues.js';
import { assertDataset, assertFramework } from '../model/validate.js';
import { readDatasetFile, resolveFramework } from '../node/index.js';
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
      show(`${label} ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${percent}%)`);
    },
    done: () => show(''),
  };
}

/** Wrong usage: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

/** The --help lines of the options every command reading data takes. */
export const DATA_OPTIONS_HELP = `  --provinces            units are Vietnamese provinces: match their names ("TP.HCM", "Da Nang"),
                         use the official codes and add each province's region
  --id-column NAME       CSV column with unit ids (default: id, unit, code, country or province)
  --group-column NAME    CSV column holding a group such as region (repeatable); the framework's
                         ranking groups and --group are read as groups too
  --ignore COLUMNS       comma-separated CSV columns to leave out
  --locale vi-VN|en      how numbers are written in the data: vi-VN "1.640,5" ("." groups thousands,
                         "," is the decimal mark) or en "1,640.5"; without it, text that reads
                         differently in the two (a count of "1.640", "0,7908") is refused
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
} as const satisfies ParseArgsConfig['options'];


/**
 * Options that only CSV reading uses are a usage error when no data file is CSV: with JSON data
 * they would do nothing, silently.
 */
export function refuseCsvOptionsWithoutCsv(values: { 'id-column'?: string | undefined; ignore?: string | undefined; comment?: string | undefined }, paths: readonly (string | undefined)[]): void {
  if (paths.some((path) => path !== undefined && extname(path).toLowerCase() === '.csv')) return;
  const given = (['id-column', 'ignore', 'comment'] as const).filter((name) => values[name] !== undefined);
  if (given.length === 0) return;
  const files = paths.filter((path): path is string => path !== undefined);
  throw new UsageError(`--${given[0] as string} applies to CSV files only, and ${files.length === 0 ? 'no data file is given' : `${files.map((path) => `"${path}"`).join(', ')} ${files.length === 1 ? 'is' : 'are'} not CSV (.csv)`}`);
}

/** Reads a dataset, resolving its units as provinces when --provinces is given. */
export async function loadDataset(
  path: string,
  values: { 'id-column'?: string | undefined; 'group-column'?: string[] | undefined; ignore?: string | undefined; comment?: string | undefined; provinces?: boolean | undefined; locale?: string | undefined; separator?: string | undefined },
  groups: readonly string[] = [],
): Promise<DatasetInput> {
  const dataset = await readDatasetFile(path, csvOptions(values, groups));
  return values.provinces ? withProvincesAndEra(dataset) : dataset;
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
      throw new UsageError(`unknown option ${quoteText(given)}${suggestion(given, names)}`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const given = /'([^']*)'/.exec(message)?.[1] ?? '';
      throw new UsageError(`unexpected argument ${quoteText(given)}: every value follows its option (e.g. --data FILE)`);
    }
    // "--runs -5": the value looks like an option, and parseArgs calls it ambiguous
    const ambiguous = /^Option '(-[^']*)' argument is ambiguous/.exec(message)?.[1];
    const next = ambiguous === undefined ? undefined : args[args.indexOf(ambiguous.split(', ').pop() ?? ambiguous) + 1];
    if (ambiguous !== undefined && next !== undefined) {
      const flag = ambiguous.split(', ').pop() ?? ambiguous;
      throw new UsageError(`${flag} is followed by ${quoteText(next)}, which reads as an option: give ${flag} a value (one starting with "-" is written ${flag.startsWith('--') ? `${flag}=${next}` : `${flag}${next}`})`);
    }
    throw new UsageError(message.split('\n')[0] ?? message);
  }
  const first = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.value === undefined || (options[token.name] as { multiple?: boolean } | undefined)?.multiple === true) continue;
    const earlier = first.get(token.name);
    if (earlier !== undefined && earlier !== token.value) {
      throw new UsageError(`--${token.name} is given twice (${quoteText(earlier)} and ${quoteText(token.value)}): give it once`);
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
export const PATH_OPTIONS: ReadonlySet<string> = new Set(['framework', 'data', 'previous', 'history', 'out']);

/** An option naming one of a known set (a node, a column, a unit): anything else is a usage error. */
export function known(value: string, candidates: readonly string[], flag: string, what: string, where?: string): string {
  if (candidates.includes(value)) return value;
  throw new UsageError(`${flag} ${quoteText(value)}: there is no ${what} ${quoteText(value)}${where === undefined ? '' : ` in ${quoteText(where)}`}${suggestion(value, candidates)}`);
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
  if (!exists) throw new UsageError(`--framework "${given}" is neither a built-in framework nor a file${suggestion(given, Object.keys(builtinFrameworks))}`);
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
  if (value === undefined || value === '') throw new UsageError(`${flag} is required`);
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
  throw new UsageError(`${flag} ${quoteText(value)} is not one of ${allowed.join(', ')}${suggestion(value, allowed).startsWith('; did') ? suggestion(value, allowed) : ''}`);
}

