/**
 * Sobol' first- and total-order sensitivity indices from a Saltelli sample's model outputs, with
 * bootstrap confidence intervals; and {@link sobolIndices}, which samples, runs a model and
 * estimates in one call.
 *
 * The first-order index S_i is the share of the output's variance that input i explains on its
 * own, V[E(Y | X_i)] / V(Y); the total-order index ST_i is the share that involves X_i at all,
 * E[V(Y | X_~i)] / V(Y). Estimators (A. Saltelli et al., Computer Physics Communications 181,
 * 259–270, 2010, table 2 — the ones SALib's `sobol.analyze` uses):
 *
 *   S_i  = mean( f(B) · (f(A_B^(i)) − f(A)) ) / V                    (Saltelli 2010, (b))
 *   ST_i = mean( (f(A) − f(A_B^(i)))² ) / 2 / V                      (Jansen 1999, (f))
 *
 * with V the variance of the 2N outputs of A and B together; and, when the sample has the B_A^(i)
 * matrices, second-order indices S_jk = mean(f(B_A^(j)) f(A_B^(k)) − f(A) f(B)) / V − S_j − S_k
 * (Saltelli, Computer Physics Communications 145, 280–297, 2002; SALib's `S2`).
 *
 * @module
 */
import { anything, checkOptions, texts, type OptionCheck } from '../../model/arguments.js';
import { describeValue } from '../../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';
import { createRandom } from '../random.js';
import { checkSampleSize, SALTELLI_OPTIONS, saltelliSample, type SaltelliOptions, type SaltelliSample, type SensitivityInput } from './saltelli.js';

/** The model's outputs on a Saltelli sample, in the sample's row order. */
export interface SaltelliOutputs {
  /** f(A): one output per row of A. */
  readonly a: ArrayLike<number>;
  /** f(B): one output per row of B. */
  readonly b: ArrayLike<number>;
  /** `ab[i]` holds f(A_B^(i)), one output per row. */
  readonly ab: readonly ArrayLike<number>[];
  /** `ba[i]` holds f(B_A^(i)), one output per row — only for second-order indices. */
  readonly ba?: readonly ArrayLike<number>[];
}

/**
 * Splits a model-output vector in SALib's interleaved order into the matrices chiso's estimators
 * take. SALib's `sobol.sample` (and the older `saltelli.sample`) writes, for each base sample j,
 * the rows A_j, A_B^(1)_j … A_B^(k)_j, then — when `calc_second_order=True` — B_A^(1)_j … B_A^(k)_j,
 * then B_j; so Y from `Y = model(X)` has N (k + 2) or N (2k + 2) values.
 *
 * @param interleaved SALib's Y.
 * @param inputs k, the number of inputs (SALib's `num_vars`, or the number of groups).
 * @param secondOrder Whether the sample was drawn with `calc_second_order=True` (SALib's default).
 *
 * @example
 * // N = 2, k = 1, first order only: rows A_0, AB_0, B_0, A_1, AB_1, B_1.
 * outputsFromSalib([1, 2, 3, 4, 5, 6], 1, false);
 * // => { a: [1, 4], b: [3, 6], ab: [[2, 5]] }
 * outputsFromSalib([1, 2, 3, 4, 5, 6, 7, 8], 1, true).ba; // => [[3, 7]]
 */
export function outputsFromSalib(interleaved: ArrayLike<number>, inputs: number, secondOrder: boolean): { a: number[]; b: number[]; ab: number[][]; ba?: number[][] } {
  if (!(Number.isSafeInteger(inputs) && inputs >= 1)) throw new RangeError(`outputsFromSalib: inputs must be a positive integer; got ${String(inputs)}`);
  const step = secondOrder ? 2 * inputs + 2 : inputs + 2;
  if (interleaved.length === 0 || interleaved.length % step !== 0) {
    throw new RangeError(`SALib's output vector for ${inputs} input${inputs === 1 ? '' : 's'}${secondOrder ? ' with second order' : ''} has a multiple of ${step} values; got ${interleaved.length}`);
  }
  const n = interleaved.length / step;
  const at = (row: number, offset: number): number => interleaved[row * step + offset] ?? Number.NaN;
  const columns = (offset: number): number[][] => Array.from({ length: inputs }, (_input, input) => Array.from({ length: n }, (_row, row) => at(row, offset + input)));
  const split = { a: Array.from({ length: n }, (_row, row) => at(row, 0)), b: Array.from({ length: n }, (_row, row) => at(row, step - 1)), ab: columns(1) };
  return secondOrder ? { ...split, ba: columns(1 + inputs) } : split;
}

/**
 * The `bootstrap` option: `false`, or an object of the {@link BootstrapOptions} keys only — a
 * misspelt setting (`{ resample: 10 }`) must not silently become the default.
 *
 * @example
 * bootstrapOption({ resample: 10 }); // => { kind: 'type', expected: 'false or { resamples?, confidence?, seed? } (no key "resample")' }
 */
export const bootstrapOption: OptionCheck = (value) => {
  if (value === false) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'type', expected: 'false or { resamples?, confidence?, seed? }' };
  const unknown = Object.keys(value).find((key) => !['resamples', 'confidence', 'seed'].includes(key));
  return unknown === undefined ? null : { kind: 'type', expected: `false or { resamples?, confidence?, seed? } (no key ${JSON.stringify(unknown)})` };
};

/**
 * An `onProgress` option: a function (checked before the runs, not when first called).
 *
 * @example
 * callback(5); // => { kind: 'type', expected: 'a function' }
 */
export const callback: OptionCheck = (value) => (typeof value === 'function' ? null : { kind: 'type', expected: 'a function' });

/**
 * A `signal` option: an object with a boolean `aborted` (an `AbortSignal`); anything else would
 * never abort.
 *
 * @example
 * abortSignal(5); // => { kind: 'type', expected: 'an AbortSignal' }
 */
export const abortSignal: OptionCheck = (value) => (typeof value === 'object' && value !== null && typeof (value as { aborted?: unknown }).aborted === 'boolean' ? null : { kind: 'type', expected: 'an AbortSignal' });

/** Options for the bootstrap confidence intervals. */
export interface BootstrapOptions {
  /** How many bootstrap resamples (default 1000; SALib's `num_resamples` defaults to 100). */
  readonly resamples?: number;
  /** Confidence level of the intervals, in (0, 1) (default 0.95, SALib's `conf_level`). */
  readonly confidence?: number;
  /** Seed of the resampling (default 0). */
  readonly seed?: number | bigint;
}

/** Options for {@link sobolEstimates}. */
export interface SobolEstimateOptions {
  /** The inputs' names, in column order (default `x1`, `x2`, …). */
  readonly names?: readonly string[];
  /** Bootstrap settings, or `false` for point estimates only. */
  readonly bootstrap?: BootstrapOptions | false;
}

/** A confidence interval. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** One input's indices. */
export interface SobolIndex {
  readonly name: string;
  /** First-order index S_i: the output variance share explained by this input alone. */
  readonly first: number;
  /** Total-order index ST_i: the share involving this input, interactions included. */
  readonly total: number;
  /** Bootstrap percentile interval of S_i (`null` without bootstrap). */
  readonly firstInterval: Interval | null;
  /** Bootstrap percentile interval of ST_i (`null` without bootstrap). */
  readonly totalInterval: Interval | null;
  /** Bootstrap standard error of S_i; SALib's `S1_conf` is this times Φ⁻¹((1 + confidence) / 2). */
  readonly firstStandardError: number | null;
  /** Bootstrap standard error of ST_i; SALib's `ST_conf` is this times Φ⁻¹((1 + confidence) / 2). */
  readonly totalStandardError: number | null;
}

/** A second-order index: the variance share of the interaction of two inputs alone. */
export interface SecondOrderIndex {
  /** The two inputs' names. */
  readonly names: readonly [string, string];
  /** The two inputs' columns. */
  readonly inputs: readonly [number, number];
  /** S_ij (Saltelli 2002, as SALib's `S2`). */
  readonly index: number;
  /** Bootstrap percentile interval (`null` without bootstrap). */
  readonly interval: Interval | null;
  /** Bootstrap standard error; SALib's `S2_conf` is this times Φ⁻¹((1 + confidence) / 2). */
  readonly standardError: number | null;
}

/** Sobol' indices of every input, with what they were computed from. */
export interface SobolEstimates {
  /** One entry per input, in column order. */
  readonly indices: readonly SobolIndex[];
  /** One entry per pair of inputs (1, 2), (1, 3) … (k − 1, k) when the outputs include f(B_A^(i)); otherwise empty. */
  readonly second: readonly SecondOrderIndex[];
  /** N, the number of base samples. */
  readonly n: number;
  /** Mean of the 2N outputs of A and B. */
  readonly mean: number;
  /** Variance (population, as NumPy's `np.var`) of the 2N outputs of A and B. */
  readonly variance: number;
  /** Confidence level of the intervals (`null` without bootstrap). */
  readonly confidence: number | null;
  /** Bootstrap resamples requested (0 without bootstrap). */
  readonly resamples: number;
  /** Resamples that gave indices; a resample whose outputs of A and B are all equal (or whose estimates overflow) has none and is counted out here. */
  readonly resamplesUsed: number;
}

/**
 * Sums with Neumaier's compensation (an improved Kahan–Babuška sum): the rounding error of each
 * addition is carried separately, so 10^4 outputs of very different sizes lose no more than a
 * couple of ulps — the estimators subtract nearly equal means, where plain summation's error would
 * show.
 */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(value: number): void {
    const next = this.sum + value;
    if (Math.abs(this.sum) >= Math.abs(value)) this.compensation += this.sum - next + value;
    else this.compensation += value - next + this.sum;
    this.sum = next;
  }

  get value(): number {
    return this.sum + this.compensation;
  }
}

interface PointEstimate {
  readonly mean: number;
  readonly variance: number;
  readonly first: number[];
  readonly total: number[];
  /** Second-order indices of the pairs in order (0, 1), (0, 2) … (k − 2, k − 1); empty without f(B_A). */
  readonly second: number[];
}

/**
 * Outputs spread less than this many ulps of their magnitude are one value up to rounding
 * (e.g. a sum of weights added in another order), so their "variance" is noise, not sensitivity.
 */
const CONSTANT_ULPS = 16;

/** Point estimates from outputs already checked finite; `null` when the outputs of A and B do not vary. */
function estimate(a: Float64Array, b: Float64Array, ab: readonly Float64Array[], ba: readonly Float64Array[] | null): PointEstimate | null {
  const n = a.length;
  // Two-pass variance: first the mean, then the mean squared deviation, minus the square of the
  // mean deviation (Björck's correction, which removes most of the first pass's rounding error).
  // The textbook one-pass formula E[Y²] − E[Y]² cancels catastrophically when outputs are ranks
  // around 30 varying by ±2.
  const sum = new CompensatedSum();
  let smallest = Infinity;
  let largest = -Infinity;
  for (let index = 0; index < n; index += 1) {
    const fromA = a[index] as number;
    const fromB = b[index] as number;
    sum.add(fromA);
    sum.add(fromB);
    if (fromA < smallest) smallest = fromA;
    if (fromA > largest) largest = fromA;
    if (fromB < smallest) smallest = fromB;
    if (fromB > largest) largest = fromB;
  }
  if (largest - smallest <= CONSTANT_ULPS * Number.EPSILON * Math.max(Math.abs(largest), Math.abs(smallest))) return null;
  const mean = sum.value / (2 * n);
  const squares = new CompensatedSum();
  const deviations = new CompensatedSum();
  for (let index = 0; index < n; index += 1) {
    const deviationA = (a[index] as number) - mean;
    const deviationB = (b[index] as number) - mean;
    squares.add(deviationA * deviationA);
    squares.add(deviationB * deviationB);
    deviations.add(deviationA);
    deviations.add(deviationB);
  }
  const meanDeviation = deviations.value / (2 * n);
  const variance = squares.value / (2 * n) - meanDeviation * meanDeviation;
  if (!(variance > 0)) return null;
  const first: number[] = [];
  const total: number[] = [];
  for (const column of ab) {
    // Neumaier sums written out (this loop is the bootstrap's hot path): sum + compensation.
    let firstSum = 0;
    let firstCompensation = 0;
    let totalSum = 0;
    let totalCompensation = 0;
    for (let index = 0; index < n; index += 1) {
      const fromA = a[index] as number;
      const mixed = column[index] as number;
      // f(B) is centred on the mean first (Sobol' and Levitan 1999's variance-reducing shift, as
      // SciPy's sobol_indices does and SALib by standardising Y): the estimator's expectation is
      // unchanged, since E[f(A_B) − f(A)] = 0, but its variance no longer grows with the output's
      // mean — which matters for ranks (mean ≈ units / 2) and scores (mean ≈ 50).
      const firstTerm = ((b[index] as number) - mean) * (mixed - fromA);
      const nextFirst = firstSum + firstTerm;
      firstCompensation += Math.abs(firstSum) >= Math.abs(firstTerm) ? firstSum - nextFirst + firstTerm : firstTerm - nextFirst + firstSum;
      firstSum = nextFirst;
      const difference = fromA - mixed;
      const totalTerm = difference * difference;
      const nextTotal = totalSum + totalTerm;
      totalCompensation += totalSum >= totalTerm ? totalSum - nextTotal + totalTerm : totalTerm - nextTotal + totalSum;
      totalSum = nextTotal;
    }
    first.push((firstSum + firstCompensation) / n / variance);
    total.push((totalSum + totalCompensation) / n / 2 / variance);
  }
  const second: number[] = [];
  if (ba !== null) {
    // Saltelli 2002 (SALib's second_order): V_jk = mean(f(B_A^(j)) · f(A_B^(k)) − f(A) · f(B)) / V,
    // S_jk = V_jk − S_j − S_k. Products, not differences, so every output is centred first.
    for (let j = 0; j < ab.length; j += 1) {
      for (let k = j + 1; k < ab.length; k += 1) {
        const fromBA = ba[j] as Float64Array;
        const fromAB = ab[k] as Float64Array;
        const sum = new CompensatedSum();
        for (let index = 0; index < n; index += 1) {
          sum.add(((fromBA[index] as number) - mean) * ((fromAB[index] as number) - mean) - ((a[index] as number) - mean) * ((b[index] as number) - mean));
        }
        second.push(sum.value / n / variance - (first[j] ?? Number.NaN) - (first[k] ?? Number.NaN));
      }
    }
  }
  return { mean, variance, first, total, second };
}

/** The binary exponent of the largest |output|: 2^exponent ≤ max |y| < 2^(exponent + 1); 0 when all are 0. */
function largestExponent(outputs: SaltelliOutputs): number {
  let largest = 0;
  for (const values of [outputs.a, outputs.b, ...outputs.ab, ...(outputs.ba ?? [])]) {
    for (let index = 0; index < values.length; index += 1) largest = Math.max(largest, Math.abs(values[index] ?? 0));
  }
  if (largest === 0) return 0;
  // Math.log2 can round up just below a power of two; step down so the scaled maximum is < 2.
  let exponent = Math.floor(Math.log2(largest));
  while (unscale(1, exponent) > largest) exponent -= 1;
  return exponent;
}

/** value × 2^exponent in two steps, so the factor itself never overflows or underflows (|exponent| ≤ 2098). */
function unscale(value: number, exponent: number): number {
  const half = Math.trunc(exponent / 2);
  return value * 2 ** half * 2 ** (exponent - half);
}

function scaledCopy(values: ArrayLike<number>, exponent: number): Float64Array {
  const copy = new Float64Array(values.length);
  for (let index = 0; index < values.length; index += 1) copy[index] = unscale(values[index] ?? Number.NaN, -exponent);
  return copy;
}

function isFinitePoint(point: PointEstimate): boolean {
  return Number.isFinite(point.variance) && point.first.every(Number.isFinite) && point.total.every(Number.isFinite) && point.second.every(Number.isFinite);
}

/** Quantile of sorted values by linear interpolation between order statistics (R's type 7, NumPy's default). */
function quantileSorted(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[above] ?? Number.NaN;
  const fraction = position - below;
  if (fraction === 0) return lower;
  // upper − lower overflows when the two have opposite signs near ±1e308; the weighted form does not.
  const difference = upper - lower;
  return Number.isFinite(difference) ? lower + fraction * difference : (1 - fraction) * lower + fraction * upper;
}

/**
 * Sample standard deviation (n − 1 denominator, as SALib's `std(ddof=1)`), two-pass, computed on
 * values scaled by a power of two so that squared deviations of estimates near 1e200 (possible
 * with tiny N and wild outputs) do not overflow.
 */
function standardDeviation(values: Float64Array): number {
  if (values.length < 2) return 0;
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  if (largest === 0) return 0;
  const exponent = Math.floor(Math.log2(largest));
  const total = new CompensatedSum();
  for (const value of values) total.add(unscale(value, -exponent));
  const mean = total.value / values.length;
  const squares = new CompensatedSum();
  for (const value of values) {
    const deviation = unscale(value, -exponent) - mean;
    squares.add(deviation * deviation);
  }
  return unscale(Math.sqrt(squares.value / (values.length - 1)), exponent);
}

/** Checks shapes (a RangeError: a programmer's mistake) and values (a ChisoError listing every non-finite output). */
function checkOutputs(outputs: SaltelliOutputs, names: readonly string[] | undefined): number {
  const n = outputs.a.length;
  checkSampleSize(n, 'sobolEstimates');
  if (outputs.b.length !== n) throw new RangeError(`sobolEstimates: outputs.b has ${outputs.b.length} values but outputs.a has ${n}; both need one per base sample`);
  if (outputs.ab.length === 0) throw new RangeError('sobolEstimates: outputs.ab is empty: a sensitivity analysis needs at least one input');
  outputs.ab.forEach((column, index) => {
    if (column.length !== n) throw new RangeError(`sobolEstimates: outputs.ab[${index}] has ${column.length} values but outputs.a has ${n}`);
  });
  if (names !== undefined && names.length !== outputs.ab.length) throw new RangeError(`sobolEstimates: ${names.length} names for ${outputs.ab.length} inputs`);
  if (outputs.ba !== undefined) {
    if (outputs.ba.length !== outputs.ab.length) throw new RangeError(`sobolEstimates: outputs.ba has ${outputs.ba.length} columns but outputs.ab has ${outputs.ab.length}; both need one per input`);
    outputs.ba.forEach((column, index) => {
      if (column.length !== n) throw new RangeError(`sobolEstimates: outputs.ba[${index}] has ${column.length} values but outputs.a has ${n}`);
    });
  }
  const problems: ChisoIssue[] = [];
  const check = (values: ArrayLike<number>, path: readonly (string | number)[], label: string): void => {
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index];
      if (!Number.isFinite(value)) problems.push(issue('not_a_number', [...path, index], `output ${index} of ${label} is ${String(value)}; every model output must be a finite number`, { expected: 'a finite number', received: String(value) }));
    }
  };
  check(outputs.a, ['outputs', 'a'], 'f(A)');
  check(outputs.b, ['outputs', 'b'], 'f(B)');
  outputs.ab.forEach((column, index) => check(column, ['outputs', 'ab', index], `f(A_B^(${index + 1}))`));
  outputs.ba?.forEach((column, index) => check(column, ['outputs', 'ba', index], `f(B_A^(${index + 1}))`));
  if (problems.length > 0) throw new ChisoError(problems, `${problems.length} model output${problems.length === 1 ? ' is' : 's are'} not finite, so no sensitivity index is defined`);
  return n;
}

/**
 * Sobol' first-order (Saltelli 2010) and total-order (Jansen) indices from a model's outputs on a
 * Saltelli sample, with bootstrap percentile confidence intervals: resample the N base rows with
 * replacement (A, B and every A_B^(i) together), re-estimate, and take the (1 ± confidence)/2
 * quantiles. Indices are not clipped to [0, 1]: an estimate just below 0 says "no effect, within
 * the noise", and clipping would hide that noise. With `outputs.ba` (a sample drawn with
 * `secondOrder: true`), also the second-order index of every pair of inputs.
 *
 * Refuses (ChisoError) non-finite outputs, listing each, and outputs that are all equal — no index
 * is defined when nothing varies — rather than return NaN.
 *
 * Cost: O(N k) per estimate (O(N k²) with second order), times the resamples for the intervals.
 *
 * @example
 * // Y = X1 + 2·X2: X2 explains 4/5 of the variance (Var 4/12 against 1/12).
 * const sample = saltelliSample(
 *   [{ name: 'x1', distribution: 'uniform', min: 0, max: 1 }, { name: 'x2', distribution: 'uniform', min: 0, max: 1 }],
 *   { n: 1024, seed: 1 },
 * );
 * const model = (row: readonly number[]) => (row[0] ?? 0) + 2 * (row[1] ?? 0);
 * const result = sobolEstimates(
 *   { a: sample.a.map(model), b: sample.b.map(model), ab: sample.ab.map((matrix) => matrix.map(model)) },
 *   { names: sample.factors, bootstrap: { resamples: 200, seed: 1 } },
 * );
 * result.indices[1]?.first; // => 0.7997666672168563 (analytically 0.8)
 */
export function sobolEstimates(outputs: SaltelliOutputs, options: SobolEstimateOptions = {}): SobolEstimates {
  const given = outputs as Partial<Record<'a' | 'b' | 'ab', unknown>> | null;
  if (typeof outputs !== 'object' || given === null || typeof given.a !== 'object' || typeof given.b !== 'object' || !Array.isArray(given.ab)) {
    throw new TypeError(`sobolEstimates: the outputs are ${describeValue(outputs)}; expected { a, b, ab } (see outputsFromSalib)`);
  }
  checkOptions('sobolEstimates', options, { names: texts, bootstrap: bootstrapOption });
  const n = checkOutputs(outputs, options.names);
  const k = outputs.ab.length;
  const names = options.names ?? Array.from({ length: k }, (_name, index) => `x${index + 1}`);
  // Indices are ratios, unchanged when every output is multiplied by the same factor. Dividing by
  // the power of two nearest the largest |output| (exact: only the exponent changes) puts every
  // output in [−2, 2], so no square or difference overflows for outputs near 1e308, and no square
  // underflows to 0 for outputs near 1e-300. The mean and variance are reported in the outputs' own
  // units again (the variance is Infinity when the outputs exceed about 1e154).
  const exponent = largestExponent(outputs);
  const a = scaledCopy(outputs.a, exponent);
  const b = scaledCopy(outputs.b, exponent);
  const ab = outputs.ab.map((column) => scaledCopy(column, exponent));
  const ba = outputs.ba?.map((column) => scaledCopy(column, exponent)) ?? null;
  const point = estimate(a, b, ab, ba);
  const pairs: [number, number][] = [];
  if (ba !== null) for (let j = 0; j < k; j += 1) for (let other = j + 1; other < k; other += 1) pairs.push([j, other]);
  if (point === null) {
    const value = outputs.a[0] ?? Number.NaN;
    throw new ChisoError(
      [issue('undefined_computation', ['outputs'], `the model gave the same output (${value}) for all ${2 * n} rows of A and B, up to rounding; its variance is zero, so no sensitivity index is defined`, { expected: 'outputs that vary', received: String(value) })],
      'the model output does not vary',
    );
  }
  if (!isFinitePoint(point)) {
    throw new ChisoError(
      [issue('undefined_computation', ['outputs'], `the outputs of A_B vary more than 10^308 times as much as those of A and B (variance ${point.variance * 2 ** (2 * exponent)}), so the estimates are not finite numbers; draw more base samples`, { expected: 'finite estimates' })],
      'the sensitivity estimates are not finite',
    );
  }
  const mean = unscale(point.mean, exponent);
  const variance = unscale(unscale(point.variance, exponent), exponent);
  const bootstrap = options.bootstrap ?? {};
  if (bootstrap === false) {
    return {
      indices: names.map((name, index) => ({ name, first: point.first[index] ?? Number.NaN, total: point.total[index] ?? Number.NaN, firstInterval: null, totalInterval: null, firstStandardError: null, totalStandardError: null })),
      second: pairs.map(([j, other], pair) => ({ names: [names[j] ?? '', names[other] ?? ''], inputs: [j, other], index: point.second[pair] ?? Number.NaN, interval: null, standardError: null })),
      n,
      mean,
      variance,
      confidence: null,
      resamples: 0,
      resamplesUsed: 0,
    };
  }
  const resamples = bootstrap.resamples ?? 1000;
  if (!(Number.isSafeInteger(resamples) && resamples >= 2)) throw new RangeError(`sobolEstimates: bootstrap.resamples must be an integer of at least 2; got ${String(resamples)}`);
  const confidence = bootstrap.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`sobolEstimates: bootstrap.confidence must be between 0 and 1 (e.g. 0.95); got ${String(confidence)}`);
  // Stream 1 of the seed: sobolIndices passes its sampling seed here too, and the pseudo-random
  // sample uses stream 0, so the resampling is independent of the sample.
  const random = createRandom(bootstrap.seed ?? 0, 1);
  const firstDraws = Array.from({ length: k }, () => new Float64Array(resamples));
  const totalDraws = Array.from({ length: k }, () => new Float64Array(resamples));
  const secondDraws = pairs.map(() => new Float64Array(resamples));
  // One resample: N base rows drawn with replacement, copied into reused arrays (A, B and every
  // A_B^(i) keep their rows together, as the estimators pair them).
  const resampledA = new Float64Array(n);
  const resampledB = new Float64Array(n);
  const resampledAB = ab.map(() => new Float64Array(n));
  const resampledBA = ba?.map(() => new Float64Array(n)) ?? null;
  let used = 0;
  for (let resample = 0; resample < resamples; resample += 1) {
    for (let index = 0; index < n; index += 1) {
      const row = random.integer(n);
      resampledA[index] = a[row] as number;
      resampledB[index] = b[row] as number;
      for (let column = 0; column < k; column += 1) (resampledAB[column] as Float64Array)[index] = (ab[column] as Float64Array)[row] as number;
      if (ba !== null && resampledBA !== null) for (let column = 0; column < k; column += 1) (resampledBA[column] as Float64Array)[index] = (ba[column] as Float64Array)[row] as number;
    }
    const draw = estimate(resampledA, resampledB, resampledAB, resampledBA);
    if (draw === null || !isFinitePoint(draw)) continue;
    for (let column = 0; column < k; column += 1) {
      (firstDraws[column] as Float64Array)[used] = draw.first[column] ?? Number.NaN;
      (totalDraws[column] as Float64Array)[used] = draw.total[column] ?? Number.NaN;
    }
    secondDraws.forEach((draws, pair) => (draws[used] = draw.second[pair] ?? Number.NaN));
    used += 1;
  }
  const tail = (1 - confidence) / 2;
  const summarise = (draws: Float64Array | undefined): { interval: Interval | null; standardError: number | null } => {
    if (draws === undefined || used < 2) return { interval: null, standardError: null };
    const sorted = draws.slice(0, used).sort();
    return { interval: { lower: quantileSorted(sorted, tail), upper: quantileSorted(sorted, 1 - tail) }, standardError: standardDeviation(sorted) };
  };
  return {
    indices: names.map((name, index) => {
      const first = summarise(firstDraws[index]);
      const total = summarise(totalDraws[index]);
      return {
        name,
        first: point.first[index] ?? Number.NaN,
        total: point.total[index] ?? Number.NaN,
        firstInterval: first.interval,
        totalInterval: total.interval,
        firstStandardError: first.standardError,
        totalStandardError: total.standardError,
      };
    }),
    second: pairs.map(([j, other], pair) => {
      const summary = summarise(secondDraws[pair]);
      return { names: [names[j] ?? '', names[other] ?? ''], inputs: [j, other], index: point.second[pair] ?? Number.NaN, interval: summary.interval, standardError: summary.standardError };
    }),
    n,
    mean,
    variance,
    confidence,
    resamples,
    resamplesUsed: used,
  };
}

/** What an `AbortSignal` offers that chiso reads (the core does not depend on DOM types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Progress of a long analysis, as reported to `onProgress`. */
export interface SensitivityProgress {
  /** Model runs done so far. */
  readonly done: number;
  /** Model runs in all. */
  readonly total: number;
}

/** Options for {@link sobolIndices}. */
export interface SobolIndicesOptions extends SaltelliOptions {
  /** Bootstrap settings (default 1000 resamples, 95%, seeded from `seed`), or `false`. */
  readonly bootstrap?: BootstrapOptions | false;
  /** Called about every 1% of the runs and at the end. */
  readonly onProgress?: (progress: SensitivityProgress) => void;
  /** Stops the analysis: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignalLike;
}

/** The result of {@link sobolIndices}: the estimates, plus how they were made (to replay them). */
export interface SobolIndicesResult extends SobolEstimates {
  /** Model runs: N (k + 2), or N (2k + 2) with second order. */
  readonly runs: number;
  /** The seed of the sample and of the bootstrap. */
  readonly seed: number | bigint;
  /** Where the base points came from. */
  readonly sequence: 'sobol' | 'random';
  /** Whether the Sobol' points were scrambled (false for pseudo-random points). */
  readonly scrambled: boolean;
}

/** A model for {@link sobolIndices}: one output from one vector of input values (in the inputs' order). */
export type SensitivityModel = (values: readonly number[]) => number | PromiseLike<number>;

function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted !== true) return;
  if (signal.reason instanceof Error) throw signal.reason;
  const error = new Error(signal.reason === undefined ? 'the sensitivity analysis was aborted' : String(signal.reason));
  error.name = 'AbortError';
  throw error;
}

/** Lets timers and abort events run; a no-op where there is no `setTimeout`. */
function yieldToEventLoop(): Promise<void> | undefined {
  const schedule = (globalThis as { setTimeout?: (callback: () => void, delay: number) => unknown }).setTimeout;
  return schedule === undefined ? undefined : new Promise((resolve) => schedule(resolve, 0));
}

/** How long the loop computes before letting the event loop run (so a UI stays responsive and an abort is seen). */
const SLICE_MILLISECONDS = 20;

/**
 * Variance-based global sensitivity of a model's output to its uncertain inputs, in one call: draws
 * a Saltelli sample ({@link saltelliSample}), runs the model N (k + 2) times, and estimates first- and
 * total-order Sobol' indices with bootstrap confidence intervals ({@link sobolEstimates}).
 * Same seed → same numbers, on any machine. Inputs that share a `group` get one index together.
 *
 * The model is any function of the input vector; it may return a promise (e.g. a worker). A run
 * whose output is not finite, or that throws a ChisoError, is recorded — the analysis finishes the
 * other runs, then throws one ChisoError listing every failed run with its inputs, so no failure is
 * dropped silently and no index is NaN. Any other exception is a bug and propagates at once.
 *
 * @example
 * // The Ishigami function, the field's standard test (Ishigami and Homma 1990), a = 7, b = 0.1.
 * const ishigami = ([x1 = 0, x2 = 0, x3 = 0]: readonly number[]) => Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
 * const inputs = ['x1', 'x2', 'x3'].map((name) => ({ name, distribution: 'uniform' as const, min: -Math.PI, max: Math.PI }));
 * const result = await sobolIndices(ishigami, inputs, { n: 4096, seed: 1 });
 * result.runs; // => 20480
 * result.indices.map((index) => index.first.toFixed(2)); // => ['0.31', '0.44', '0.00'] (analytic 0.314, 0.442, 0)
 * result.indices.map((index) => index.total.toFixed(2)); // => ['0.56', '0.44', '0.24'] (analytic 0.558, 0.442, 0.244)
 */
export async function sobolIndices(model: SensitivityModel, inputs: readonly SensitivityInput[], options: SobolIndicesOptions): Promise<SobolIndicesResult> {
  if (typeof model !== 'function') throw new TypeError('model must be a function of the input vector');
  if (typeof options !== 'object' || (options as unknown) === null) throw new TypeError(`sobolIndices: the options are ${describeValue(options)}; expected { n, … }`);
  checkOptions('sobolIndices', options, { ...SALTELLI_OPTIONS, bootstrap: bootstrapOption, onProgress: callback, signal: abortSignal });
  checkSampleSize(options.n, 'sobolIndices');
  throwIfAborted(options.signal);
  const sample = sampleOf(inputs, options);
  const { n } = sample;
  const total = sample.runs;
  const matrices = matricesOf(sample).map((matrix) => ({ ...matrix, outputs: new Float64Array(n) }));
  const problems: ChisoIssue[] = [];
  const step = Math.max(1, Math.floor(total / 100));
  let done = 0;
  let sliceStart = Date.now();
  for (const matrix of matrices) {
    for (let row = 0; row < n; row += 1) {
      const values = matrix.rows[row] ?? [];
      const run = done;
      let output = Number.NaN;
      let failed = false;
      try {
        const returned = model(values);
        output = typeof returned === 'number' ? returned : await returned;
      } catch (error) {
        if (!(error instanceof ChisoError)) throw error;
        failed = true;
        const reason = error.issues.map((problem) => problem.message).join('; ');
        problems.push(issue('undefined_computation', ['runs', run], `${runAt(run, matrix.label, row, sample.names, values)} failed: ${reason}`, { received: reason }));
      }
      if (!failed && !Number.isFinite(output)) {
        problems.push(issue('not_a_number', ['runs', run], `${runAt(run, matrix.label, row, sample.names, values)} returned ${String(output)}; every output must be a finite number`, { expected: 'a finite number', received: String(output) }));
      }
      matrix.outputs[row] = output;
      done += 1;
      if (done % step === 0 || done === total) options.onProgress?.({ done, total });
      if (Date.now() - sliceStart >= SLICE_MILLISECONDS) {
        await yieldToEventLoop();
        sliceStart = Date.now();
      }
      throwIfAborted(options.signal);
    }
  }
  return finishSobol(sample, matrices.map((matrix) => matrix.outputs), problems, options);
}

/** Where a run is, for messages: its number, matrix, row and input values. */
function runAt(run: number, label: string, row: number, names: readonly string[], values: readonly number[]): string {
  return `run ${run} (${label} row ${row}; ${describeValues(names, values)})`;
}

/** The Saltelli sample of {@link sobolIndices}, drawn from its options. */
function sampleOf(inputs: readonly SensitivityInput[], options: SobolIndicesOptions): SaltelliSample {
  const { n: baseSamples, sequence: points, scramble, skip, secondOrder } = options;
  return saltelliSample(inputs, { n: baseSamples, seed: options.seed ?? 0, ...(points === undefined ? {} : { sequence: points }), ...(scramble === undefined ? {} : { scramble }), ...(skip === undefined ? {} : { skip }), ...(secondOrder === undefined ? {} : { secondOrder }) });
}

/** The sample's matrices in run order: A, B, each A_B^(i), each B_A^(i). */
function matricesOf(sample: SaltelliSample): { label: string; rows: readonly (readonly number[])[] }[] {
  return [
    { label: 'A', rows: sample.a },
    { label: 'B', rows: sample.b },
    ...sample.ab.map((rows, index) => ({ label: `A_B^(${sample.factors[index] ?? index + 1})`, rows })),
    ...(sample.ba ?? []).map((rows, index) => ({ label: `B_A^(${sample.factors[index] ?? index + 1})`, rows })),
  ];
}

/** Every run's outputs in, one ChisoError listing the failed runs or the estimates out. */
function finishSobol(sample: SaltelliSample, outputs: readonly Float64Array[], problems: readonly ChisoIssue[], options: SobolIndicesOptions): SobolIndicesResult {
  const total = sample.runs;
  const seed = options.seed ?? 0;
  if (problems.length > 0) throw new ChisoError([...problems], `${problems.length} of ${total} model runs gave no finite output, so no sensitivity index is defined`);
  const [fromA, fromB, ...crossed] = outputs;
  const factors = sample.factors.length;
  const ab = crossed.slice(0, factors);
  const ba = crossed.slice(factors);
  const estimates = sobolEstimates(
    { a: fromA ?? new Float64Array(0), b: fromB ?? new Float64Array(0), ab, ...(ba.length > 0 ? { ba } : {}) },
    { names: sample.factors, bootstrap: options.bootstrap === false ? false : { seed, ...options.bootstrap } },
  );
  const sequence = options.sequence ?? 'sobol';
  return { ...estimates, runs: total, seed, sequence, scrambled: sequence === 'sobol' && (options.scramble ?? true) };
}

/**
 * Evaluates a block of runs at once, e.g. on worker threads: `rows` holds `count` input vectors of
 * `width` numbers each (row-major), runs `first` … `first + count − 1` of the sample in run order.
 * Returns one output per run and, for a run the model could not compute, its reason.
 */
export type SensitivityBatch = (rows: Float64Array, width: number, first: number) => Promise<{ readonly outputs: Float64Array; readonly failures: readonly { readonly run: number; readonly reason: string }[] }>;

/**
 * {@link sobolIndices} with the model evaluated in blocks of runs — the form worker threads need
 * (`chiso/node` splits the blocks across threads; `blocks`, default 64, says into how many blocks
 * the runs are cut). Same sample, same estimates, same messages as `sobolIndices` with a model
 * that computes the same outputs, whatever the number of blocks.
 *
 * @example
 * const batch = async (rows, width) => ({ outputs: Float64Array.from({ length: rows.length / width }, (_, run) => rows[run * width] + 2 * rows[run * width + 1]), failures: [] });
 * const result = await sobolIndicesBatched(batch, [{ name: 'x', distribution: 'uniform', min: 0, max: 1 }, { name: 'y', distribution: 'uniform', min: 0, max: 1 }], { n: 256, seed: 1, bootstrap: false });
 * result.runs; // => 1024
 */
export async function sobolIndicesBatched(batch: SensitivityBatch, inputs: readonly SensitivityInput[], options: SobolIndicesOptions & { readonly blocks?: number }): Promise<SobolIndicesResult> {
  if (typeof batch !== 'function') throw new TypeError('sobolIndicesBatched: the batch must be a function of (rows, width, first)');
  if (typeof options !== 'object' || (options as unknown) === null) throw new TypeError(`sobolIndicesBatched: the options are ${describeValue(options)}; expected { n, … }`);
  checkOptions('sobolIndicesBatched', options, { ...SALTELLI_OPTIONS, bootstrap: bootstrapOption, onProgress: callback, signal: abortSignal, blocks: anything });
  checkSampleSize(options.n, 'sobolIndicesBatched');
  throwIfAborted(options.signal);
  const sample = sampleOf(inputs, options);
  const width = sample.names.length;
  const matrices = matricesOf(sample);
  const rows = matrices.flatMap((matrix) => matrix.rows.map((row, index) => ({ matrix, index, row })));
  const total = rows.length;
  const blockCount = options.blocks ?? 64;
  if (!Number.isInteger(blockCount) || blockCount < 1) throw new RangeError(`sobolIndicesBatched: blocks is ${describeValue(options.blocks)}; expected a whole number, at least 1`);
  const blockSize = Math.max(1, Math.ceil(total / blockCount));
  const outputs = new Float64Array(total);
  const problems: { run: number; issue: ChisoIssue }[] = [];
  let done = 0;
  const blocks: Promise<void>[] = [];
  for (let first = 0; first < total; first += blockSize) {
    const count = Math.min(blockSize, total - first);
    const block = new Float64Array(count * width);
    for (let offset = 0; offset < count; offset += 1) block.set((rows[first + offset] as { row: readonly number[] }).row, offset * width);
    blocks.push(
      // a batch written without async (a plain object returned, or a throw) is taken as it is
      Promise.resolve(first).then((at) => batch(block, width, at)).then((answer: unknown) => {
        throwIfAborted(options.signal);
        const given = answer as { outputs?: unknown; failures?: unknown } | null;
        const blockOutputs = given?.outputs;
        const failures = given?.failures;
        if (!(blockOutputs instanceof Float64Array) || blockOutputs.length !== count || !Array.isArray(failures)) {
          throw new TypeError(`sobolIndicesBatched: the batch returned ${describeValue(answer)}${blockOutputs instanceof Float64Array ? ` with ${blockOutputs.length} outputs` : ''} for runs ${first}–${first + count - 1}; expected { outputs: a Float64Array of ${count}, failures: [] }`);
        }
        for (const failure of failures as unknown[]) {
          const run = (failure as { run?: unknown } | null)?.run;
          if (typeof run !== 'number' || !Number.isInteger(run) || run < first || run >= first + count) throw new TypeError(`sobolIndicesBatched: the batch for runs ${first}–${first + count - 1} reported a failure ${describeValue(failure)}; expected { run, reason } with run among them`);
        }
        outputs.set(blockOutputs, first);
        const failed = new Set<number>();
        for (const failure of failures as readonly { readonly run: number; readonly reason: unknown }[]) {
          const { matrix, index, row } = rows[failure.run] as (typeof rows)[number];
          failed.add(failure.run);
          problems.push({ run: failure.run, issue: issue('undefined_computation', ['runs', failure.run], `run ${failure.run} (${matrix.label} row ${index}; ${describeValues(sample.names, row)}) failed: ${String(failure.reason)}`, { received: String(failure.reason) }) });
        }
        for (let offset = 0; offset < count; offset += 1) {
          const run = first + offset;
          const output = blockOutputs[offset] as number;
          if (failed.has(run) || Number.isFinite(output)) continue;
          const { matrix, index, row } = rows[run] as (typeof rows)[number];
          problems.push({ run, issue: issue('not_a_number', ['runs', run], `run ${run} (${matrix.label} row ${index}; ${describeValues(sample.names, row)}) returned ${String(output)}; every output must be a finite number`, { expected: 'a finite number', received: String(output) }) });
        }
        done += count;
        options.onProgress?.({ done, total });
      }),
    );
  }
  await Promise.all(blocks);
  problems.sort((left, right) => left.run - right.run);
  const { n } = sample;
  const split = matrices.map((_matrix, index) => outputs.slice(index * n, (index + 1) * n));
  return finishSobol(sample, split, problems.map((problem) => problem.issue), options);
}

/** `x1 = 0.5, x2 = 1.25` for a run's message (the first 8 inputs). */
function describeValues(names: readonly string[], values: readonly number[]): string {
  const shown = names.slice(0, 8).map((name, index) => `${name} = ${String(values[index])}`);
  if (names.length > 8) shown.push(`… ${names.length - 8} more`);
  return shown.join(', ');
}
