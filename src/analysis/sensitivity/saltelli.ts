/**
 * Saltelli's sampling scheme for variance-based sensitivity analysis: two independent N × k sample
 * matrices A and B, and for each input i the matrix A_B^(i) — A with its column i taken from B —
 * so that N (k + 2) model runs give every first- and total-order Sobol' index (A. Saltelli et al.,
 * "Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index", Computer Physics Communications 181, 259–270, 2010, §3).
 *
 * The base points come from a 2k-dimensional Sobol' sequence (A from its first k coordinates, B
 * from the last k — SALib's `saltelli.sample` / `sobol.sample` layout) or from the seeded
 * pseudo-random generator, and are mapped to each input's distribution by its quantile function.
 *
 * @module
 */
import { anything, checkOptions, flag } from '../../model/arguments.js';
import { describeValue } from '../../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';
import { createRandom } from '../random.js';
import { normalQuantile } from './normal-quantile.js';
import { SOBOL_MAX_DIMENSIONS, sobolSequence } from './sobol-sequence.js';

/** An input varied uniformly between two bounds. */
export interface UniformInput {
  readonly name: string;
  /** Inputs that share a group are one factor: swapped together in A_B, and given one index (SALib's `groups`). */
  readonly group?: string;
  readonly distribution: 'uniform';
  readonly min: number;
  readonly max: number;
}

/** An input drawn from a normal distribution (by its quantile function, so it suits Sobol' points). */
export interface NormalInput {
  readonly name: string;
  /** Inputs that share a group are one factor: swapped together in A_B, and given one index (SALib's `groups`). */
  readonly group?: string;
  readonly distribution: 'normal';
  readonly mean: number;
  readonly standardDeviation: number;
}

/**
 * An input that takes one of a few values — e.g. the index of an alternative normalisation method —
 * each equally likely unless probabilities are given.
 */
export interface DiscreteInput {
  readonly name: string;
  /** Inputs that share a group are one factor: swapped together in A_B, and given one index (SALib's `groups`). */
  readonly group?: string;
  readonly distribution: 'discrete';
  readonly values: readonly number[];
  /** One probability per value, non-negative, summing to 1 (within 1e-9). Default: equal. */
  readonly probabilities?: readonly number[];
}

/** One uncertain input of a sensitivity analysis, with the distribution it is sampled from. */
export type SensitivityInput = UniformInput | NormalInput | DiscreteInput;

/** Where the base points of a Saltelli sample come from. */
export type SampleSequence = 'sobol' | 'random';

/** Options for {@link saltelliSample}. */
export interface SaltelliOptions {
  /** N, the number of base samples (rows of A and of B): a positive integer, ideally a power of two for Sobol' points. */
  readonly n: number;
  /** Seed of the pseudo-random points, or of the Sobol' scramble (default 0: every call reproducible). */
  readonly seed?: number | bigint;
  /** `'sobol'` (default) for Sobol' points, `'random'` for pseudo-random points. */
  readonly sequence?: SampleSequence;
  /** Scramble the Sobol' points (LMS + digital shift; default true, as SALib's `sobol.sample`). Ignored for random points. */
  readonly scramble?: boolean;
  /** Sobol' points to skip before the first (default 0; SALib's `skip_values`). Ignored for random points. */
  readonly skip?: number;
  /** Also draw B_A^(i) (B with column i from A) for second-order indices: N (2k + 2) runs (SALib's `calc_second_order`). Default false. */
  readonly secondOrder?: boolean;
}

/**
 * The keys of {@link SaltelliOptions}, each checked where it is used: an unknown (misspelt) key is
 * a TypeError rather than silently ignored.
 */
export const SALTELLI_OPTIONS = { n: anything, seed: anything, sequence: anything, scramble: flag, skip: anything, secondOrder: flag };

/** A Saltelli sample: the matrices to run the model on, in the inputs' own units. */
export interface SaltelliSample {
  /** The inputs' names, in column order. */
  readonly names: readonly string[];
  /**
   * The factors whose indices are estimated: each input's name, or its group's name for grouped
   * inputs (in order of first appearance). `ab` and `ba` have one matrix per factor.
   */
  readonly factors: readonly string[];
  /** N, the number of rows of each matrix. */
  readonly n: number;
  /** Matrix A: N rows of k input values. */
  readonly a: readonly (readonly number[])[];
  /** Matrix B: N rows of k input values, independent of A. */
  readonly b: readonly (readonly number[])[];
  /** `ab[f]` is A_B^(f): the rows of A with the column(s) of factor f taken from B. */
  readonly ab: readonly (readonly (readonly number[])[])[];
  /** `ba[f]` is B_A^(f): the rows of B with the column(s) of factor f taken from A — only with `secondOrder: true`. */
  readonly ba?: readonly (readonly (readonly number[])[])[];
  /** The model runs the sample needs: N (g + 2), or N (2g + 2) with second order, for g factors (g = k without groups). */
  readonly runs: number;
}

/**
 * Checks input descriptions, returning every problem with its path (`inputs[2].max`).
 *
 * @example
 * validateInputs([{ name: 'x', distribution: 'uniform', min: 1, max: 0 }])[0]?.message;
 * // => 'input "x": min (1) must be below max (0)'
 */
export function validateInputs(inputs: readonly SensitivityInput[]): ChisoIssue[] {
  if (!Array.isArray(inputs as unknown)) throw new TypeError(`validateInputs: the inputs are ${describeValue(inputs)}; expected a list of uncertain inputs`);
  const problems: ChisoIssue[] = [];
  if (inputs.length === 0) problems.push(issue('invalid_method', ['inputs'], 'a sensitivity analysis needs at least one uncertain input; got none', { expected: 'at least one input' }));
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const path = ['inputs', index];
    if (typeof input !== 'object' || (input as unknown) === null) {
      problems.push(issue('invalid_method', path, `input ${index} is ${describeValue(input)}, not an input ({ name, distribution, … })`, { received: describeValue(input) }));
      return;
    }
    const label = `input "${String(input.name)}"`;
    if (typeof input.name !== 'string' || input.name === '') problems.push(issue('invalid_method', [...path, 'name'], `input ${index} needs a non-empty name`, { received: String(input.name) }));
    else if (seen.has(input.name)) problems.push(issue('duplicate_id', [...path, 'name'], `${label} is listed twice`));
    else seen.add(input.name);
    if (input.group !== undefined && (typeof input.group !== 'string' || input.group === '')) problems.push(issue('invalid_method', [...path, 'group'], `${label}: group must be a non-empty name`, { received: String(input.group) }));
    const bad = (key: string, message: string, received: unknown): void => {
      problems.push(issue('invalid_method', [...path, key], `${label}: ${message}`, { received: String(received) }));
    };
    switch (input.distribution) {
      case 'uniform':
        if (!Number.isFinite(input.min)) bad('min', `min must be a finite number; got ${String(input.min)}`, input.min);
        if (!Number.isFinite(input.max)) bad('max', `max must be a finite number; got ${String(input.max)}`, input.max);
        if (Number.isFinite(input.min) && Number.isFinite(input.max)) {
          if (!(input.min < input.max)) bad('max', `min (${input.min}) must be below max (${input.max})`, input.max);
          else if (!Number.isFinite(input.max - input.min)) bad('max', `the range from ${input.min} to ${input.max} overflows a double`, input.max);
        }
        break;
      case 'normal':
        if (!Number.isFinite(input.mean)) bad('mean', `mean must be a finite number; got ${String(input.mean)}`, input.mean);
        if (!(Number.isFinite(input.standardDeviation) && input.standardDeviation > 0)) bad('standardDeviation', `standardDeviation must be a positive finite number; got ${String(input.standardDeviation)}`, input.standardDeviation);
        break;
      case 'discrete': {
        if (!Array.isArray(input.values) || input.values.length < 2) {
          bad('values', 'needs at least two values to choose from', Array.isArray(input.values) ? input.values.length : input.values);
          break;
        }
        input.values.forEach((value, valueIndex) => {
          if (!Number.isFinite(value)) problems.push(issue('invalid_method', [...path, 'values', valueIndex], `${label}: value ${valueIndex} must be a finite number; got ${String(value)}`));
        });
        if (input.probabilities !== undefined) {
          if (input.probabilities.length !== input.values.length) {
            bad('probabilities', `has ${input.probabilities.length} probabilities for ${input.values.length} values`, input.probabilities.length);
            break;
          }
          let total = 0;
          input.probabilities.forEach((probability, valueIndex) => {
            if (!(Number.isFinite(probability) && probability >= 0)) problems.push(issue('invalid_method', [...path, 'probabilities', valueIndex], `${label}: probability ${valueIndex} must be a non-negative finite number; got ${String(probability)}`));
            else total += probability;
          });
          if (!(Math.abs(total - 1) <= 1e-9)) bad('probabilities', `probabilities must sum to 1; they sum to ${total}`, total);
        }
        break;
      }
      default:
        problems.push(issue('invalid_method', [...path, 'distribution'], `${label}: unknown distribution "${String((input as { distribution: unknown }).distribution)}"`, { expected: 'uniform, normal or discrete' }));
    }
  });
  // A group's name and an ungrouped input's name would both name a factor.
  const present = inputs.filter((input) => typeof input === 'object' && (input as unknown) !== null);
  const ungrouped = new Set(present.filter((input) => input.group === undefined).map((input) => input.name));
  inputs.forEach((input, index) => {
    if (typeof input === 'object' && (input as unknown) !== null && typeof input.group === 'string' && ungrouped.has(input.group)) problems.push(issue('duplicate_id', ['inputs', index, 'group'], `group "${input.group}" has the name of an ungrouped input; factors need distinct names`));
  });
  return problems;
}

/**
 * The factors of a list of inputs: each ungrouped input, and each group, in order of first
 * appearance; and for each input (column), its factor's position.
 *
 * @example
 * factorsOf([{ name: 'a', distribution: 'uniform', min: 0, max: 1, group: 'g' }, { name: 'b', distribution: 'uniform', min: 0, max: 1 }, { name: 'c', distribution: 'uniform', min: 0, max: 1, group: 'g' }]);
 * // => { factors: ['g', 'b'], factorOf: [0, 1, 0] }
 */
export function factorsOf(inputs: readonly SensitivityInput[]): { factors: string[]; factorOf: number[] } {
  const problems = validateInputs(inputs);
  if (problems.length > 0) throw new ChisoError(problems, 'the uncertain inputs are not usable');
  const factors: string[] = [];
  const factorOf = inputs.map((input) => {
    const factor = input.group ?? input.name;
    const known = factors.indexOf(factor);
    if (known >= 0) return known;
    factors.push(factor);
    return factors.length - 1;
  });
  return { factors, factorOf };
}

/**
 * The value of an input at a point u of [0, 1): its quantile function, so that uniform points
 * become draws of the input's distribution.
 *
 * @example
 * inputValue({ name: 'w', distribution: 'uniform', min: 0.75, max: 1.25 }, 0.5); // => 1
 * inputValue({ name: 'method', distribution: 'discrete', values: [0, 1, 2] }, 0.7); // => 2
 */
export function inputValue(input: SensitivityInput, u: number): number {
  if (typeof u !== 'number' || !(u >= 0 && u <= 1)) throw new RangeError(`inputValue: u is ${describeValue(u)}; expected a number from 0 to 1`);
  const problems = validateInputs([input]);
  if (problems.length > 0) throw new ChisoError(problems, 'the uncertain input is not usable');
  return valueAt(input, u);
}

/** {@link inputValue} for inputs and points already checked (the sampler's inner loop). */
function valueAt(input: SensitivityInput, u: number): number {
  switch (input.distribution) {
    case 'uniform':
      // min + u·(max − min) can round to max when u is just below 1; keep the interval half-open.
      return Math.min(input.min + u * (input.max - input.min), input.max);
    case 'normal':
      // Sobol' points can be exactly 0 (the origin); move them half a grid step in so Φ⁻¹ is finite.
      return input.mean + input.standardDeviation * normalQuantile(Math.min(Math.max(u, 2 ** -33), 1 - 2 ** -33));
    case 'discrete': {
      const count = input.values.length;
      if (input.probabilities === undefined) return input.values[Math.min(Math.floor(u * count), count - 1)] ?? Number.NaN;
      let cumulative = 0;
      for (let index = 0; index < count; index += 1) {
        cumulative += input.probabilities[index] ?? 0;
        if (u < cumulative) return input.values[index] ?? Number.NaN;
      }
      // Rounding can leave the cumulative sum just below 1; the last value with a positive probability takes the rest.
      for (let index = count - 1; index >= 0; index -= 1) if ((input.probabilities[index] ?? 0) > 0) return input.values[index] ?? Number.NaN;
      return input.values[count - 1] ?? Number.NaN;
    }
  }
}

/**
 * Throws a RangeError unless `n` (a number of base samples) is a positive safe integer.
 *
 * @example
 * checkSampleSize(1024); // => undefined
 * checkSampleSize(0); // throws RangeError: checkSampleSize: n (the number of base samples) must be a positive integer; got 0
 */
export function checkSampleSize(n: number, functionName = 'checkSampleSize'): void {
  if (!(Number.isSafeInteger(n) && n >= 1)) throw new RangeError(`${functionName}: n (the number of base samples) must be a positive integer; got ${String(n)}`);
}

/**
 * The most numbers a Saltelli sample may hold (its n (k + 2) k values, twice that with second
 * order): 2^27, about 1 GB as JavaScript arrays. A larger n is a RangeError, not a crash.
 *
 * @example
 * MAX_SAMPLE_NUMBERS; // => 134217728
 */
export const MAX_SAMPLE_NUMBERS = 2 ** 27;

/**
 * Saltelli's sample for N base samples and k inputs: matrices A and B (N × k) and, for each input
 * i, A_B^(i) = A with column i from B. Run the model on every row of A, B and each A_B^(i) — N (k + 2)
 * runs — and pass the outputs to {@link sobolEstimates}.
 *
 * Equivalent to SALib's `saltelli.sample(problem, N, calc_second_order=False)` (or
 * `sobol.sample`), whose interleaved rows are A, A_B^(1) … A_B^(k), B for each base sample; with
 * `scramble: false` the unscaled points are exactly SALib's with `scramble=False`.
 *
 * Cost: N (k + 2) · k numbers; N · 2k Sobol' coordinates.
 *
 * @example
 * const sample = saltelliSample(
 *   [
 *     { name: 'x1', distribution: 'uniform', min: 0, max: 1 },
 *     { name: 'x2', distribution: 'uniform', min: 0, max: 1 },
 *   ],
 *   { n: 4, scramble: false },
 * );
 * sample.runs; // => 16
 * sample.a[1]; // => [0.5, 0.5] (Sobol' point 1, coordinates 1–2)
 * sample.b[1]; // => [0.5, 0.5] (coordinates 3–4)
 * sample.ab[0]?.[2]; // => [0.25, 0.25]: A's row 2 is [0.75, 0.25], B's is [0.25, 0.75]
 */
export function saltelliSample(inputs: readonly SensitivityInput[], options: SaltelliOptions): SaltelliSample {
  if (typeof options !== 'object' || (options as unknown) === null) throw new TypeError(`saltelliSample: the options are ${describeValue(options)}; expected { n, … }`);
  checkOptions('saltelliSample', options, SALTELLI_OPTIONS);
  const { n } = options;
  checkSampleSize(n, 'saltelliSample');
  const sequence = options.sequence ?? 'sobol';
  if (sequence !== 'sobol' && sequence !== 'random') throw new RangeError(`saltelliSample: sequence must be 'sobol' or 'random'; got ${String(sequence)}`);
  const problems = validateInputs(inputs);
  if (problems.length > 0) throw new ChisoError(problems, 'the uncertain inputs are not usable');
  const k = inputs.length;
  // A, B and the k matrices A_B^(i) hold n (k + 2) k numbers (twice that with B_A^(i)); refused before allocating, not an out-of-memory crash.
  const held = n * (k + 2) * k * (options.secondOrder === true ? 2 : 1);
  if (held > MAX_SAMPLE_NUMBERS) throw new RangeError(`saltelliSample: n = ${n} base samples of ${k} input${k === 1 ? '' : 's'} would hold ${held.toExponential(2)} numbers in memory; at most ${MAX_SAMPLE_NUMBERS} (2^27, about 1 GB): take a smaller n`);
  if (sequence === 'sobol' && 2 * k > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`Sobol' sampling of ${k} inputs needs ${2 * k} dimensions; chiso embeds ${SOBOL_MAX_DIMENSIONS} (at most ${SOBOL_MAX_DIMENSIONS / 2} inputs) — use sequence: 'random'`);
  }
  const seed = options.seed ?? 0;
  let nextPoint: () => number[];
  if (sequence === 'sobol') {
    const points = sobolSequence(2 * k, { ...(options.scramble ?? true ? { scrambleSeed: seed } : {}), skip: options.skip ?? 0 });
    nextPoint = () => points.next();
  } else {
    const random = createRandom(seed);
    nextPoint = () => Array.from({ length: 2 * k }, () => random.float());
  }
  const a: number[][] = [];
  const b: number[][] = [];
  for (let row = 0; row < n; row += 1) {
    const point = nextPoint();
    a.push(inputs.map((input, column) => valueAt(input, point[column] ?? 0)));
    b.push(inputs.map((input, column) => valueAt(input, point[k + column] ?? 0)));
  }
  const { factors, factorOf } = factorsOf(inputs);
  const cross = (base: number[][], other: number[][]): number[][][] =>
    factors.map((_factor, factor) =>
      base.map((row, rowIndex) => {
        const mixed = row.slice();
        factorOf.forEach((owner, column) => {
          if (owner === factor) mixed[column] = other[rowIndex]?.[column] ?? Number.NaN;
        });
        return mixed;
      }),
    );
  const names = inputs.map((input) => input.name);
  const g = factors.length;
  if (options.secondOrder === true) return { names, factors, n, a, b, ab: cross(a, b), ba: cross(b, a), runs: n * (2 * g + 2) };
  return { names, factors, n, a, b, ab: cross(a, b), runs: n * (g + 2) };
}
