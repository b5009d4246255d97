/**
 * Ranking: competition, dense and ordinal ranks, computed on exact values.
 *
 * @module
 */
import type { Direction, TieMethod } from '../model/framework.js';
import { describeValue } from '../model/describe.js';
import { isSavedDecimal } from '../model/limits.js';
import { ExactDecimal } from './decimal.js';

const TIE_METHODS: readonly string[] = ['competition', 'dense', 'ordinal'];

function checkTies(functionName: string, ties: unknown): void {
  if (typeof ties !== 'string' || !TIE_METHODS.includes(ties)) throw new RangeError(`${functionName}: the tie method is ${describeValue(ties)}; expected "competition", "dense" or "ordinal"`);
}

/**
 * Whether a node's figures rank lowest first. Only an aggregate with `direction: "lower"` does:
 * an indicator's normalised value already has its direction applied (its normalisation reverses
 * it), so reversing its ranks again would put the best unit last. Every place that ranks a
 * node's figures (the engine, `rankAmong`, the merger) asks this one function.
 *
 * @example
 * ranksLowestFirst({ kind: 'indicator', direction: 'lower' }); // => false
 * ranksLowestFirst({ kind: 'aggregate', direction: 'lower' }); // => true
 */
export function ranksLowestFirst(node: { readonly kind: 'indicator' | 'aggregate'; readonly direction?: Direction | undefined }): boolean {
  if (typeof node !== 'object' || (node as unknown) === null) throw new TypeError(`ranksLowestFirst: the node is ${describeValue(node)}; expected { kind, direction }`);
  return node.kind === 'aggregate' && node.direction === 'lower';
}

/** Values to rank, with a cheap approximation for sorting and an exact comparison for ties. */
export interface RankInput {
  /** Positions (into the arrays below) of the units taking part. */
  readonly positions: readonly number[];
  /**
   * A double approximation of each value. It must never reverse the order of two values
   * (a correctly rounded conversion never does), so equal doubles are the only places where the
   * exact comparison is needed.
   */
  readonly approximate: Float64Array;
  /** Exact comparison of two positions' values: negative, zero or positive. */
  compareExact(left: number, right: number): number;
  /** Unit ids, for the deterministic tie-break of ordinal ranks. */
  readonly ids: readonly string[];
  /**
   * True when the doubles are exact keys: equal only for equal values (integer numerators over one
   * denominator, say). Units sharing a double are then tied without an exact comparison.
   */
  readonly exactOrder?: boolean;
}

/** Code-point order, the same on every machine and locale. */
export function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether a Float64Array's bytes are little-endian (its low 32-bit word comes first). */
const LITTLE_ENDIAN = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000;
/** Lists shorter than this are sorted by insertion; longer ones by radix. */
const INSERTION_LIMIT = 64;
const RADIX_BITS = 11;
const BUCKETS = 1 << RADIX_BITS;
/** 64 bits in digits of 11 bits: three per 32-bit word. */
const DIGITS_PER_WORD = 3;

/**
 * The order of `keys[0 … count)`, highest first, equal keys in their given order (a stable sort).
 * Keys must not be NaN, and -0 must have been made +0. Short lists are sorted by insertion; longer
 * ones by a least-significant-digit radix sort of the keys' bits, turned into unsigned integers
 * whose order is the keys' order reversed: O(count), with no comparison callback.
 */
function orderHighestFirst(keys: Float64Array, count: number): Int32Array {
  const order = new Int32Array(count);
  for (let index = 0; index < count; index += 1) order[index] = index;
  if (count < INSERTION_LIMIT) {
    for (let index = 1; index < count; index += 1) {
      const item = order[index] as number;
      const key = keys[item] as number;
      let before = index - 1;
      while (before >= 0 && (keys[order[before] as number] as number) < key) {
        order[before + 1] = order[before] as number;
        before -= 1;
      }
      order[before + 1] = item;
    }
    return order;
  }
  // A double's bits as an unsigned 64-bit integer (high word, low word) whose ascending order is
  // the doubles' descending order: a negative double's bits as they are (more negative is larger),
  // a positive double's with every bit but the sign flipped (larger is smaller).
  const words = new Uint32Array(keys.buffer, keys.byteOffset, count * 2);
  const high = new Uint32Array(count);
  const low = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    const highWord = words[LITTLE_ENDIAN ? 2 * index + 1 : 2 * index] as number;
    const lowWord = words[LITTLE_ENDIAN ? 2 * index : 2 * index + 1] as number;
    if (highWord >>> 31 === 1) {
      high[index] = highWord;
      low[index] = lowWord;
    } else {
      high[index] = (highWord ^ 0x7fffffff) >>> 0;
      low[index] = ~lowWord >>> 0;
    }
  }
  // every digit's histogram in one pass; a digit all keys share needs no pass
  const counts = new Int32Array(2 * DIGITS_PER_WORD * BUCKETS);
  for (let index = 0; index < count; index += 1) {
    const lowWord = low[index] as number;
    const highWord = high[index] as number;
    for (let digit = 0; digit < DIGITS_PER_WORD; digit += 1) {
      const shift = digit * RADIX_BITS;
      const lowBucket = digit * BUCKETS + ((lowWord >>> shift) & (BUCKETS - 1));
      const highBucket = (DIGITS_PER_WORD + digit) * BUCKETS + ((highWord >>> shift) & (BUCKETS - 1));
      counts[lowBucket] = (counts[lowBucket] as number) + 1;
      counts[highBucket] = (counts[highBucket] as number) + 1;
    }
  }
  let from = order;
  let to = new Int32Array(count);
  for (let pass = 0; pass < 2 * DIGITS_PER_WORD; pass += 1) {
    const source = pass < DIGITS_PER_WORD ? low : high;
    const shift = (pass % DIGITS_PER_WORD) * RADIX_BITS;
    const base = pass * BUCKETS;
    if (counts[base + (((source[0] as number) >>> shift) & (BUCKETS - 1))] === count) continue;
    let offset = 0;
    for (let bucket = 0; bucket < BUCKETS; bucket += 1) {
      const size = counts[base + bucket] as number;
      counts[base + bucket] = offset;
      offset += size;
    }
    for (let index = 0; index < count; index += 1) {
      const item = from[index] as number;
      const bucket = base + (((source[item] as number) >>> shift) & (BUCKETS - 1));
      to[counts[bucket] as number] = item;
      counts[bucket] = (counts[bucket] as number) + 1;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}

/**
 * Ranks values from highest (rank 1) to lowest.
 *
 * - `competition` ("1224"): tied units share the best rank and the next rank is skipped — Excel's
 *   RANK, DESI and the DTI tables.
 * - `dense` ("1223"): tied units share a rank and none is skipped.
 * - `ordinal` ("1234"): every unit has its own rank; ties are broken by unit id in code-point
 *   order, so the result never depends on the order units were listed in.
 *
 * Returns a rank per position (0 for positions not taking part), written into `into` when given —
 * ranking many small groups then reuses one array instead of allocating one per group.
 *
 * Cost: one sort of the doubles (a radix sort, linear in the units) and one pass over them; the
 * exact comparison runs only among units whose doubles are equal, so ranks are exact at little
 * more than a float sort.
 *
 * @example
 * // values 0.9, 0.7, 0.9, 0.5 → competition 1, 3, 1, 4; dense 1, 2, 1, 3; ordinal 1, 3, 2, 4
 */
export function rankPositions(input: RankInput, ties: TieMethod, into?: Int32Array): Int32Array {
  checkTies('rankPositions', ties);
  const given = input as Partial<Record<keyof RankInput, unknown>> | null;
  if (typeof input !== 'object' || given === null || typeof given.approximate !== 'object' || typeof given.compareExact !== 'function' || typeof given.ids !== 'object' || !Array.isArray(given.positions)) {
    throw new TypeError(`rankPositions: the input is ${describeValue(input)}; expected { approximate, compareExact, ids, positions }`);
  }
  const { approximate, compareExact, ids, positions } = input;
  const exactOrder = input.exactOrder === true;
  const count = positions.length;
  const ranks = into ?? new Int32Array(approximate.length);
  // the doubles of the units taking part, -0 as +0 (equal values), in the positions' order
  const keys = new Float64Array(count);
  for (let index = 0; index < count; index += 1) keys[index] = (approximate[positions[index] as number] as number) + 0;
  const order = orderHighestFirst(keys, count);
  // Walk the units best first, one run of equal doubles at a time: `start` units have a greater
  // double, and `denseAbove` distinct values lie above the run (counting the distinct exact values
  // that share a double, which only the exact comparison tells apart).
  let denseAbove = 0;
  for (let start = 0; start < count; ) {
    const value = keys[order[start] as number] as number;
    let end = start + 1;
    while (end < count && keys[order[end] as number] === value) end += 1;
    if (end - start === 1 || (exactOrder && ties !== 'ordinal')) {
      // One unit with this double, or exact keys (a shared double is a tie): ranked from counts alone.
      const rank = ties === 'dense' ? denseAbove + 1 : start + 1;
      for (let index = start; index < end; index += 1) ranks[positions[order[index] as number] as number] = rank;
      denseAbove += 1;
    } else {
      // Units sharing a double: order them exactly, then by id for ordinal ranks (a rare case but
      // for exact ties: decimals that differ beyond the 16th digit).
      const members: number[] = [];
      for (let index = start; index < end; index += 1) members.push(positions[order[index] as number] as number);
      members.sort((left, right) => (exactOrder ? 0 : compareExact(right, left)) || compareIds(ids[left] as string, ids[right] as string));
      let distinctInRun = 0;
      let runRank = start + 1;
      members.forEach((position, index) => {
        const tied = index > 0 && (exactOrder || compareExact(members[index - 1] as number, position) === 0);
        if (!tied) {
          if (index > 0) distinctInRun += 1;
          runRank = start + 1 + index;
        }
        if (ties === 'ordinal') ranks[position] = start + 1 + index;
        else if (ties === 'dense') ranks[position] = denseAbove + 1 + distinctInRun;
        else ranks[position] = runRank;
      });
      denseAbove += 1 + distinctInRun;
    }
    start = end;
  }
  return ranks;
}

/**
 * Ranks decimal texts (full-precision scores or published values) from highest to lowest, exactly;
 * `null` takes no part and gets no rank. When lower is better the lowest value ranks first.
 *
 * @example
 * rankDecimalTexts(['0.9', null, '0.7', '0.9'], ['a', 'b', 'c', 'd'], 'competition'); // => [1, null, 3, 1]
 */
export function rankDecimalTexts(texts: readonly (string | null)[], ids: readonly string[], ties: TieMethod, lowerIsBetter = false): (number | null)[] {
  checkTies('rankDecimalTexts', ties);
  if (!Array.isArray(texts as unknown) || !Array.isArray(ids as unknown)) throw new TypeError('rankDecimalTexts: the texts and the ids must be lists');
  if (texts.length !== ids.length) throw new RangeError(`rankDecimalTexts: ${texts.length} texts for ${ids.length} ids; give one id per text`);
  const seen = new Set<string>();
  for (let index = 0; index < texts.length; index += 1) {
    const text: unknown = texts[index];
    const id: unknown = ids[index];
    if (text !== null && (typeof text !== 'string' || !isSavedDecimal(text))) throw new RangeError(`rankDecimalTexts: text ${index} is ${describeValue(text)}; expected a decimal number written as text, or null`);
    if (typeof id !== 'string') throw new TypeError(`rankDecimalTexts: id ${index} is ${describeValue(id)}; expected a text`);
    // ordinal ties are broken by id: two units with one id would rank by the order they are listed in
    if (seen.has(id)) throw new RangeError(`rankDecimalTexts: id ${describeValue(id)} is given twice`);
    seen.add(id);
  }
  const approximate = Float64Array.from(texts, (text) => (text === null ? 0 : lowerIsBetter ? -Number(text) : Number(text)));
  const positions = texts.flatMap((text, index) => (text === null ? [] : [index]));
  const compareExact = (left: number, right: number): number => {
    const leftText = texts[left] as string;
    const rightText = texts[right] as string;
    if (leftText === rightText) return 0;
    const comparison = new ExactDecimal(leftText).cmp(rightText);
    return lowerIsBetter ? -comparison : comparison;
  };
  const ranks = rankPositions({ positions, approximate, compareExact, ids }, ties);
  return texts.map((text, index) => (text === null ? null : (ranks[index] as number)));
}
