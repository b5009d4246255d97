/**
 * The Sobol' low-discrepancy sequence (I. M. Sobol', "On the distribution of points in a cube and
 * the approximate evaluation of integrals", USSR Comput. Math. Math. Phys. 7, 1967), with Joe and
 * Kuo's direction numbers (`new-joe-kuo-6.21201`, see ./joe-kuo.ts) and Antonov–Saleev's Gray-code
 * order, so each point costs one XOR per dimension.
 *
 * Unscrambled, the points are exactly SciPy's `scipy.stats.qmc.Sobol(d, scramble=False)` (which
 * uses the same direction numbers) — including the first point, the origin. Scrambled, each
 * dimension's direction numbers are multiplied by a random lower-triangular binary matrix and the
 * points XORed with a random digital shift (Matoušek's linear matrix scramble plus digital shift,
 * "LMS+shift", as SciPy and SALib do by default): the points stay a (t, m, s)-net, the origin
 * disappears, and the estimate becomes unbiased — but the random numbers come from chiso's seeded
 * generator, so they differ from SciPy's scrambled points.
 *
 * @module
 */
import { anything, checkOptions } from '../../model/arguments.js';
import { createRandom } from '../random.js';
import { JOE_KUO_DIMENSIONS, JOE_KUO_DIRECTIONS } from './joe-kuo.js';

/** How many bits each coordinate has: points are multiples of 2^-32, and at most 2^32 are drawn. */
const BITS = 32;
const TWO_POW_32 = 4_294_967_296;

/**
 * The largest number of dimensions {@link sobolSequence} supports (Saltelli sampling uses 2k of them).
 *
 * @example
 * SOBOL_MAX_DIMENSIONS; // => 256, so Sobol' sampling takes up to 128 inputs
 */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO_DIMENSIONS;

/** Options for {@link sobolSequence}. */
export interface SobolSequenceOptions {
  /** Scramble (LMS + digital shift) with this seed; unscrambled when absent. */
  readonly scrambleSeed?: number | bigint;
  /** How many leading points to drop (default 0). Owen (2020) advises against dropping points; SALib offers it as `skip_values`. */
  readonly skip?: number;
}

/** A stream of Sobol' points in [0, 1)^dimensions (see {@link sobolSequence}). */
export interface SobolSequence {
  /** Number of coordinates of each point. */
  readonly dimensions: number;
  /** The index of the point `next()` returns (counting skipped points). */
  readonly index: number;
  /** The next point, a new array of `dimensions` numbers in [0, 1). */
  next(): number[];
}

let directionCache: Uint32Array[] | undefined;

/** Direction numbers v_1 … v_32 of each dimension, each a 32-bit integer (v_j = m_j · 2^(32 − j)). */
function directionNumbers(): Uint32Array[] {
  if (directionCache !== undefined) return directionCache;
  const all: Uint32Array[] = [];
  // Dimension 1 is van der Corput's sequence: v_j = 2^(32 − j).
  const first = new Uint32Array(BITS);
  for (let bit = 0; bit < BITS; bit += 1) first[bit] = 2 ** (BITS - 1 - bit);
  all.push(first);
  for (const entry of JOE_KUO_DIRECTIONS.split(',')) {
    const numbers = entry.split(' ').map(Number);
    const degree = numbers[0] ?? 0;
    const coefficients = numbers[1] ?? 0;
    const directions = new Uint32Array(BITS);
    for (let bit = 0; bit < BITS; bit += 1) {
      if (bit < degree) {
        directions[bit] = ((numbers[2 + bit] ?? 0) * 2 ** (BITS - 1 - bit)) >>> 0;
        continue;
      }
      // Bratley and Fox's recurrence (ACM TOMS 14, 1988, algorithm 659), in Joe and Kuo's notation:
      // v_j = a_1 v_{j−1} ⊕ … ⊕ a_{s−1} v_{j−s+1} ⊕ v_{j−s} ⊕ (v_{j−s} >> s).
      const back = directions[bit - degree] ?? 0;
      let value = back ^ (back >>> degree);
      for (let k = 1; k < degree; k += 1) {
        if (((coefficients >>> (degree - 1 - k)) & 1) === 1) value ^= directions[bit - k] ?? 0;
      }
      directions[bit] = value >>> 0;
    }
    all.push(directions);
  }
  directionCache = all;
  return all;
}

/** Parity (XOR of all bits) of a 32-bit integer. */
function parity(value: number): number {
  let folded = value ^ (value >>> 16);
  folded ^= folded >>> 8;
  folded ^= folded >>> 4;
  folded ^= folded >>> 2;
  folded ^= folded >>> 1;
  return folded & 1;
}

/**
 * A Sobol' sequence in `dimensions` dimensions (1 to {@link SOBOL_MAX_DIMENSIONS}), unscrambled
 * unless a scramble seed is given. Points are multiples of 2^-32 in [0, 1); at most 2^32 points.
 * Balance properties hold for the first 2^m points, so use a power of two where you can.
 *
 * Cost: one XOR per coordinate per point, after a one-off setup of 32 direction numbers per
 * dimension (plus 32 × 32 bit operations per dimension when scrambled).
 *
 * @example
 * const sequence = sobolSequence(2);
 * [sequence.next(), sequence.next(), sequence.next(), sequence.next()];
 * // => [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75]] (as scipy.stats.qmc.Sobol(2, scramble=False))
 */
export function sobolSequence(dimensions: number, options: SobolSequenceOptions = {}): SobolSequence {
  checkOptions('sobolSequence', options, { scrambleSeed: anything, skip: anything });
  if (!(Number.isInteger(dimensions) && dimensions >= 1 && dimensions <= SOBOL_MAX_DIMENSIONS)) {
    throw new RangeError(`sobolSequence: dimensions must be an integer from 1 to ${SOBOL_MAX_DIMENSIONS}; got ${String(dimensions)}`);
  }
  const skip = options.skip ?? 0;
  if (!(Number.isSafeInteger(skip) && skip >= 0 && skip < TWO_POW_32)) throw new RangeError(`sobolSequence: skip must be an integer from 0 to 2^32 − 1; got ${String(skip)}`);
  const table = directionNumbers().slice(0, dimensions);
  const shift = new Uint32Array(dimensions);
  let directions = table;
  if (options.scrambleSeed !== undefined) {
    const random = createRandom(options.scrambleSeed);
    directions = table.map((original, dimension) => {
      // A random lower-triangular 32 × 32 binary matrix with unit diagonal; row r (bit 31 − r,
      // most significant first) mixes the bits above it into bit r: a non-singular map that keeps
      // every dyadic stratum of the net a stratum, so the balance properties survive.
      const rows = new Uint32Array(BITS);
      for (let row = 0; row < BITS; row += 1) {
        const above = row === 0 ? 0 : (random.uint32() >>> (BITS - row)) << (BITS - row);
        rows[row] = (above | (2 ** (BITS - 1 - row))) >>> 0;
      }
      shift[dimension] = random.uint32();
      return original.map((value) => {
        let scrambled = 0;
        for (let row = 0; row < BITS; row += 1) scrambled += parity((rows[row] ?? 0) & value) * 2 ** (BITS - 1 - row);
        return scrambled;
      });
    });
  }
  // Point i is the XOR of the direction numbers at the set bits of its Gray code i ⊕ (i >> 1).
  const state = new Uint32Array(dimensions);
  const gray = (skip ^ Math.floor(skip / 2)) >>> 0;
  for (let dimension = 0; dimension < dimensions; dimension += 1) {
    let value = shift[dimension] ?? 0;
    const column = directions[dimension] ?? new Uint32Array(BITS);
    for (let bit = 0; bit < BITS; bit += 1) if (((gray >>> bit) & 1) === 1) value ^= column[bit] ?? 0;
    state[dimension] = value >>> 0;
  }
  let index = skip;
  return {
    dimensions,
    get index() {
      return index;
    },
    next(): number[] {
      if (index >= TWO_POW_32) throw new RangeError('a Sobol\u2019 sequence of 32-bit points has 2^32 points; all have been drawn');
      const point = Array.from(state, (value) => value / TWO_POW_32);
      // Antonov–Saleev: the next Gray code differs in the bit of the lowest zero bit of `index`.
      let bit = 0;
      while (bit < BITS - 1 && Math.floor(index / 2 ** bit) % 2 === 1) bit += 1;
      for (let dimension = 0; dimension < dimensions; dimension += 1) {
        state[dimension] = ((state[dimension] ?? 0) ^ (directions[dimension]?.[bit] ?? 0)) >>> 0;
      }
      index += 1;
      return point;
    },
  };
}
