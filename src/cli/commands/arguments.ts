/**
 * What the analysis commands (scenario, uncertainty, sensitivity, target) share beyond
 * `../common.ts`: whole-number and seed options read strictly, JSON option files read with their
 * path named in every problem, the framework and dataset loaded as `score` loads them, and a unit
 * named as in the data (or, with --provinces, as people write a province).
 *
 * @module
 */
import { compilePlan, type Plan } from '../../engine/plan.js';
import { parseJsonText } from '../../io/json.js';
import type { Dataset } from '../../model/dataset.js';
import type { Framework } from '../../model/framework.js';
import type { UncertaintySource } from '../../analysis/uncertainty/sources.js';
import { describeValue, quoteText } from '../../model/describe.js';
import { ChisoError, issue } from '../../model/issues.js';
import { readTextFile } from '../../node/index.js';
import { findProvince } from '../../vietnam/names.js';
import { eraOf, fromFile, known, loadFramework, loadValidDataset, nodeIds, refuseCsvOptionsWithoutCsv, required, usage } from '../common.js';

/**
 * A whole-number option: digits only (no sign, exponent, fraction or spaces), from `min` to `max`.
 * "0", "1e3", "-5", "abc" and "2.5" are usage errors saying what is expected.
 *
 * @example
 * wholeNumberOption('1000', '--runs', 1); // => 1000
 * wholeNumberOption('1e3', '--runs', 1); // throws UsageError: --runs "1e3" is not a whole number …
 */
export function wholeNumberOption(value: string, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const upper = max === Number.MAX_SAFE_INTEGER ? null : max;
  if (!/^[0-9]+$/.test(value)) throw usage('notWholeNumber', flag, quoteText(value), min, upper, Math.max(min, 1000));
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min || number > max) throw usage('wholeOutOfRange', flag, quoteText(value), min, upper);
  return number;
}

/** The largest seed: seeds are taken as 64-bit words. */
const MAX_SEED = 2n ** 64n - 1n;

/**
 * A seed: a whole number from 0 to 2⁶⁴ − 1 in digits; a number when it is a safe integer, else a
 * bigint.
 *
 * @example
 * seedOption('42', '--seed'); // => 42
 * seedOption('18446744073709551615', '--seed'); // => 18446744073709551615n
 */
export function seedOption(value: string, flag: string): number | bigint {
  if (!/^[0-9]+$/.test(value)) throw usage('seedNotWhole', flag, quoteText(value), String(MAX_SEED));
  const big = BigInt(value);
  if (big > MAX_SEED) throw usage('seedTooLarge', flag, quoteText(value), String(MAX_SEED));
  return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/**
 * Reads a JSON file given with an option and passes its contents to `read`, naming the file in any
 * problem: `scenarios.json: The scenarios are not valid` with each problem's path below.
 */
export async function readJsonOption<T>(path: string, read: (json: unknown) => T | Promise<T>): Promise<T> {
  return fromFile(path, async () => read(parseJsonText(await readTextFile(path), path)));
}

/** The options {@link loadModelInputs} reads: --framework, --data and the data options of COMMON. */
type DataValues = Parameters<typeof loadValidDataset>[2] & { framework?: string | undefined; data?: string | undefined };

/** A framework and a dataset loaded as `chiso score` loads them, with the plan and the data file's path. */
export interface ModelInputs {
  readonly framework: Framework;
  readonly plan: Plan;
  readonly dataset: Dataset;
  readonly dataPath: string;
}

/**
 * Loads --framework and --data (CSV options, --provinces and --locale as `score` reads them) and
 * checks --node against the framework: every problem says which file or option it is about.
 */
export async function loadModelInputs(values: DataValues, node?: string): Promise<ModelInputs> {
  refuseCsvOptionsWithoutCsv(values, [values.data]);
  const framework = await loadFramework(values.framework);
  const plan = compilePlan(framework);
  if (node !== undefined) known(node, nodeIds(plan), '--node', 'node');
  const dataPath = required(values.data, '--data');
  const dataset = await loadValidDataset(framework, dataPath, values, framework.ranking.groups);
  return { framework, plan, dataset, dataPath };
}

/**
 * A unit given with an option: its id, or with --provinces a province's name as people write it
 * ("TP.HCM"); anything else is a usage error with the closest id.
 */
export function unitOption(given: string, dataset: Dataset, provinces: boolean, flag: string): string {
  const ids = dataset.units.map((unit) => unit.id);
  const era = eraOf(dataset);
  const code = provinces && !ids.includes(given) && era !== undefined ? findProvince(given, era)?.code : undefined;
  return known(code ?? given, ids, flag, 'unit');
}

/** Unit names by id, for tables: a unit without a name is shown by its id. */
export function unitNames(dataset: Dataset): ReadonlyMap<string, string> {
  return new Map(dataset.units.map((unit) => [unit.id, unit.name ?? '']));
}

/**
 * A weight noise: a positive decimal number in plain notation (0.25 for ±25%).
 *
 * @example
 * noiseOption('0.25'); // => 0.25
 */
export function noiseOption(value: string): number {
  const noise = /^([0-9]+(\.[0-9]+)?|\.[0-9]+)$/.test(value) ? Number(value) : Number.NaN;
  if (!(noise > 0)) throw usage('noise', quoteText(value));
  return noise;
}

/**
 * The contents of a sources file: a JSON list (each source is checked against the model by
 * `prepareSources`); anything else is a ChisoError saying what is expected.
 */
export function readSources(json: unknown): UncertaintySource[] {
  if (!Array.isArray(json)) throw new ChisoError([issue('invalid_shape', ['sources'], `the sources are ${describeValue(json)}; expected a list of sources, e.g. [{ "kind": "weights", "noise": 0.25 }]`)], 'The uncertainty sources are not valid');
  return json as UncertaintySource[];
}
