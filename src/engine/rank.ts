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

/** First index in an ascending array whose value is greater than `value`. */
function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
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
 * Cost: one native sort of the doubles and a binary search per unit; the exact comparison runs
 * only among units whose doubles are equal, so ranks are exact at little more than a float sort.
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
  const sorted = new Float64Array(count);
  positions.forEach((position, index) => {
    sorted[index] = approximate[position] as number;
  });
  sorted.sort();
  // distinctAbove[i]: how many distinct doubles lie above sorted[i] (for dense ranks)
  const distinctAbove = new Int32Array(count);
  for (let index = count - 2; index >= 0; index -= 1) {
    distinctAbove[index] = (distinctAbove[index + 1] as number) + ((sorted[index + 1] as number) !== (sorted[index] as number) ? 1 : 0);
  }
  const groups = new Map<number, number[]>();
  for (const position of positions) {
    const value = approximate[position] as number;
    const above = upperBound(sorted, value);
    const first = above - 1;
    const sameDouble = first === 0 || (sorted[first - 1] as number) !== value ? 1 : 2;
    // Exact keys: a shared double is a tie, ranked from counts alone but for ordinal ranks.
    if (sameDouble === 1 || (exactOrder && ties !== 'ordinal')) {
      // The only unit with this double: its rank follows from counts alone.
      ranks[position] = ties === 'dense' ? (distinctAbove[first] as number) + 1 : count - above + 1;
    } else {
      const members = groups.get(value) ?? [];
      members.push(position);
      groups.set(value, members);
    }
  }
  // Exact values that share a double add dense ranks for every unit below them (a rare case:
  // decimals that differ beyond the 16th digit).
  const extraDistinct: { value: number; extra: number }[] = [];
  for (const [value, members] of groups) {
    // Units sharing a double: order them exactly, then by id for ordinal ranks.
    members.sort((left, right) => (exactOrder ? 0 : compareExact(right, left)) || compareIds(ids[left] as string, ids[right] as string));
    const above = upperBound(sorted, value);
    const best = count - above + 1;
    const denseBase = (distinctAbove[above - 1] as number) + 1;
    let distinctInGroup = 0;
    let groupRank = best;
    members.forEach((position, index) => {
      const tied = index > 0 && (exactOrder || compareExact(members[index - 1] as number, position) === 0);
      if (!tied) {
        if (index > 0) distinctInGroup += 1;
        groupRank = best + index;
      }
      if (ties === 'ordinal') ranks[position] = best + index;
      else if (ties === 'dense') ranks[position] = denseBase + distinctInGroup;
      else ranks[position] = groupRank;
    });
    if (distinctInGroup > 0) extraDistinct.push({ value, extra: distinctInGroup });
  }
  if (ties === 'dense' && extraDistinct.length > 0) {
    for (const position of positions) {
      const value = approximate[position] as number;
      for (const entry of extraDistinct) if (entry.value > value) ranks[position] = (ranks[position] as number) + entry.extra;
    }
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
