/**
 * What needs Node: reading frameworks, datasets and results from files. Kept out of the core so
 * the core runs unchanged in a browser.
 *
 * @example
 * import { readDatasetFile, resolveFramework } from 'chiso/node';
 * const framework = await resolveFramework('desi-2022');
 * const dataset = await readDatasetFile('examples/data/desi-2022.csv');
 *
 * @module chiso/node
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ScoreResult } from '../engine/result.js';
import { builtinFramework } from '../frameworks/index.js';
import { DATASET_OPTIONS, datasetFromCsv, type DatasetFromCsvOptions } from '../io/csv.js';
import { parseJsonText } from '../io/json.js';
import { checkArgument, checkOptions, text } from '../model/arguments.js';
import type { DatasetInput } from '../model/dataset.js';
import type { FrameworkInput } from '../model/framework.js';
import { describeValue, quoteText } from '../model/describe.js';
import { ChisoError, issue } from '../model/issues.js';
import { validateResult } from '../model/saved-result.js';
import { assertColumnMapping, type ColumnMapping } from '../io/mapping.js';
import { datasetFromXlsx } from '../xlsx/read.js';
import { withProvinces } from '../vietnam/names.js';
import { wholeNumber, type OptionCheck } from '../model/arguments.js';

/**
 * Options for {@link readDatasetFile} and {@link readResultOrDataset}: the CSV options (which a
 * JSON file ignores, but for `locale`), and for an `.xlsx` file the sheet and its header row.
 */
export interface ReadDatasetOptions extends DatasetFromCsvOptions {
  /** `.xlsx`: the sheet, by name or position from 1 (default: the mapping's, else the first). */
  readonly sheet?: string | number | undefined;
  /** `.xlsx`: the first header row, from 1 (default: found below the title rows). */
  readonly headerRow?: number | undefined;
}

const READ_OPTIONS: Readonly<Record<string, OptionCheck>> = {
  ...DATASET_OPTIONS,
  sheet: (value) => (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value) && value >= 1) ? null : { kind: 'type', expected: 'a sheet name or a position from 1' }),
  headerRow: wholeNumber(1, Number.MAX_SAFE_INTEGER),
};

/** Reads a file's bytes, turning "no such file" and the like into a {@link ChisoError}. */
async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch {
    // the same words as for a text file
    await readTextFile(path);
    throw new ChisoError([issue('unreadable_input', [path], `cannot read ${quoteText(path)}`)], 'A file cannot be read');
  }
}

/** True for a path whose extension names a spreadsheet chiso reads as a workbook (`.xlsx`, and `.xls`/`.ods` to say they are not read). */
function isWorkbookPath(path: string): boolean {
  return ['.xlsx', '.xlsm', '.xls', '.ods'].includes(extname(path).toLowerCase());
}

/** An `.xlsx` dataset: the workbook's sheet read with the options (CSV-only ones aside). */
async function readXlsxDataset(path: string, options: ReadDatasetOptions): Promise<DatasetInput> {
  const { delimiter: _delimiter, comment: _comment, delimiterOption: _delimiterOption, formulas: _formulas, ...rest } = options;
  return datasetFromXlsx(await readBytes(path), {
    ...(rest.sheet === undefined ? {} : { sheet: rest.sheet }),
    ...(rest.headerRow === undefined ? {} : { headerRow: rest.headerRow }),
    ...(rest.mapping === undefined ? {} : { mapping: rest.mapping }),
    ...(rest.locale === undefined ? {} : { locale: rest.locale }),
    ...(rest.idColumn === undefined ? {} : { idColumn: rest.idColumn }),
    ...(rest.nameColumn === undefined ? {} : { nameColumn: rest.nameColumn }),
    ...(rest.groupColumns === undefined ? {} : { groupColumns: rest.groupColumns }),
    ...(rest.ignoreColumns === undefined ? {} : { ignoreColumns: rest.ignoreColumns }),
    ...(rest.dataset === undefined ? {} : { dataset: rest.dataset }),
    ...(rest.provinces === undefined ? {} : { provinces: rest.provinces }),
    ...(rest.idColumnOption === undefined ? {} : { idColumnOption: rest.idColumnOption }),
  });
}

/**
 * Reads a column mapping file (JSON; see `ColumnMappingSchema`), refusing keys given twice and
 * every problem of its shape with its path.
 *
 * @example
 * const mapping = await readMappingFile('examples/data/vn-dti-2022/mapping.json');
 * mapping.id; // => 'Tỉnh/Thành phố'
 */
export async function readMappingFile(path: string): Promise<ColumnMapping> {
  checkArgument('readMappingFile', 'the path', path, text);
  return assertColumnMapping(await readJsonFile(path));
}

/** Reads a text file, turning "no such file" and the like into a {@link ChisoError}. */
export async function readTextFile(path: string): Promise<string> {
  checkArgument('readTextFile', 'the path', path, text);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Node's own message repeats the path raw (a megabyte, or control characters): say it in words, or give the code.
    const reasons: Readonly<Record<string, string>> = {
      ENOENT: 'no such file',
      EISDIR: 'it is a folder',
      EACCES: 'permission denied',
      ENAMETOOLONG: 'the name is too long',
      ENOTDIR: 'a part of the path is not a folder',
      ERR_INVALID_ARG_VALUE: 'a path cannot hold a NUL character',
    };
    const reason = code !== undefined && Object.hasOwn(reasons, code) ? reasons[code] : code ?? quoteText(String((error as Error).message));
    throw new ChisoError([issue('unreadable_input', [path], `cannot read ${quoteText(path)}: ${reason}`)], 'A file cannot be read');
  }
}

/**
 * Reads a JSON file, refusing invalid JSON, keys given twice in one object (which `JSON.parse`
 * would resolve silently, keeping the last) and number literals `JSON.parse` would read as another
 * number (see `parseJsonText`).
 */
async function readJsonFile(path: string): Promise<unknown> {
  return parseJsonText(await readTextFile(path), path);
}

/**
 * Reads a dataset from a `.csv`, `.xlsx` or `.json` file. A JSON file holds a dataset (`{ units:
 * [...] }`) or a bare array of units; an `.xlsx` is read by `datasetFromXlsx` (chiso/xlsx), with
 * `sheet`, `headerRow` and a column `mapping`.
 *
 * @example
 * const dataset = await readDatasetFile('examples/data/desi-2022.csv');
 * dataset.units.length; // => 28
 */
export async function readDatasetFile(path: string, options: ReadDatasetOptions = {}): Promise<DatasetInput> {
  checkArgument('readDatasetFile', 'the path', path, text);
  checkOptions('readDatasetFile', options, READ_OPTIONS);
  if (isWorkbookPath(path)) return readXlsxDataset(path, options);
  if (extname(path).toLowerCase() === '.csv') return datasetFromCsv(await readTextFile(path), csvOnly(options));
  const parsed = await readJsonFile(path);
  return withLocale((Array.isArray(parsed) ? { units: parsed } : parsed) as DatasetInput, options, path);
}

/** The options a CSV reader takes (the workbook's sheet and header row left out). */
function csvOnly(options: ReadDatasetOptions): DatasetFromCsvOptions {
  const { sheet: _sheet, headerRow: _headerRow, ...rest } = options;
  return { ...rest, matchUnits: withProvinces };
}

/** A JSON dataset with the locale asked for; one that declares another is refused. */
function withLocale(dataset: DatasetInput, options: DatasetFromCsvOptions, path: string): DatasetInput {
  if (options.locale === undefined || typeof dataset !== 'object' || dataset === null || Array.isArray(dataset)) return dataset;
  const declared: unknown = dataset.locale;
  if (declared === undefined) return { ...dataset, locale: options.locale };
  if (declared === options.locale) return dataset;
  throw new ChisoError([issue('invalid_shape', [path, 'locale'], `${quoteText(path)} declares locale ${describeValue(declared)} but locale "${options.locale}" was asked for`, { expected: options.locale, received: describeValue(declared) })], 'The dataset is not valid');
}

/**
 * Reads a framework from a JSON file (validate it with `assertFramework`, or let `score` do so).
 *
 * @example
 * const framework = await readFrameworkFile('examples/frameworks/mini.json');
 */
export async function readFrameworkFile(path: string): Promise<FrameworkInput> {
  return (await readJsonFile(path)) as FrameworkInput;
}

/**
 * A built-in framework by id (`desi-2022`), or else a framework JSON file by path.
 *
 * @example
 * (await resolveFramework('desi-2022')).id; // => 'desi-2022'
 */
export async function resolveFramework(idOrPath: string): Promise<FrameworkInput> {
  checkArgument('resolveFramework', 'the id or path', idOrPath, text);
  return builtinFramework(idOrPath) ?? readFrameworkFile(idOrPath);
}

/** True when parsed JSON looks like a saved {@link ScoreResult} rather than a dataset. */
export function isScoreResult(value: unknown): value is ScoreResult {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ScoreResult>;
  return typeof candidate.root === 'string' && Array.isArray(candidate.nodes) && Array.isArray(candidate.units);
}

/**
 * True when parsed JSON is meant as a saved result: an object with a key only results have (a
 * dataset has `id`, `year`, `metadata`, `locale` and `units`). A result missing its `root` or with
 * a corrupt `nodes` is then reported as a bad result, not as a dataset with unknown keys.
 */
function looksLikeResult(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return ['root', 'nodes', 'precision', 'framework', 'unranked'].some((key) => Object.hasOwn(value, key));
}

/**
 * Reads a saved result (`chiso score --format json`) or a dataset: JSON files may be either; CSV
 * files are datasets. A saved result is checked with `validateResult` (shape, figures, ranks, ids,
 * references) and refused with every problem and its path.
 *
 * @example
 * const earlier = await readResultOrDataset('results-2022.json');
 * earlier.kind; // => 'result'
 */
export async function readResultOrDataset(
  path: string,
  options: ReadDatasetOptions = {},
): Promise<{ kind: 'result'; result: ScoreResult } | { kind: 'dataset'; dataset: DatasetInput }> {
  checkArgument('readResultOrDataset', 'the path', path, text);
  checkOptions('readResultOrDataset', options, READ_OPTIONS);
  if (isWorkbookPath(path)) return { kind: 'dataset', dataset: await readXlsxDataset(path, options) };
  if (extname(path).toLowerCase() === '.csv') return { kind: 'dataset', dataset: datasetFromCsv(await readTextFile(path), csvOnly(options)) };
  const parsed = await readJsonFile(path);
  if (looksLikeResult(parsed)) {
    const checked = validateResult(parsed);
    if (!checked.success) throw new ChisoError(checked.issues, `${quoteText(path)} is not a valid saved result (chiso score --format json)`);
    return { kind: 'result', result: checked.value };
  }
  return { kind: 'dataset', dataset: withLocale((Array.isArray(parsed) ? { units: parsed } : parsed) as DatasetInput, options, path) };
}

export { modelSensitivityInWorkers, uncertaintyInWorkers } from './parallel.js';
export type { ParallelOptions } from './parallel.js';
