import { ExactDecimal, type Exact } from '../../engine/decimal.js';
import { leastCommonMultiple, parseRational } from '../../engine/rational.js';
import type { Aggregation } from '../../model/framework.js';
import { ValueProblem } from '../normalise/types.js';
import type { AggregateMethod, FloatAggregateInput, UnitInputs } from './types.js';

type Params = Extract<Aggregation, { method: 'copeland' }>;

/** Two float scores this close (relative) are tied: a tie in exact arithmetic that rounding broke in float64 stays a tie. */
export const FLOAT_TIE = 1e-12;

/**
 * Weights as whole numbers over one common denominator, exactly (from their decimal texts): a
 * pairwise contest compares sums of weights, and a tie (0.1 + 0.2 against 0.3) must be a tie.
 * Numbers while every sum fits in a double exactly, else BigInts.
 *
 * @example
 * integerWeights(['0.1', '0.2', '0.3']); // => [1, 2, 3]
 */
export function integerWeights(texts: readonly string[]): number[] | bigint[] {
  const rationals = texts.map((text) => parseRational(text));
  let common = 1n;
  for (const weight of rationals) common = leastCommonMultiple(common, weight.denominator);
  const integers = rationals.map((weight) => weight.numerator * (common / weight.denominator));
  let total = 0n;
  for (const integer of integers) total += integer < 0n ? -integer : integer;
  return total <= BigInt(Number.MAX_SAFE_INTEGER) ? integers.map(Number) : integers;
}

/** The score from a unit's contests: (wins + ½ ties) / contests. */
const scoreOf = (wins: number, ties: number, contests: number): Exact => new ExactDecimal(2 * wins + ties).div(2 * contests);

/** The problem for a unit with no other reference unit to be compared with. */
const noContest = (): ValueProblem =>
  new ValueProblem('undefined_computation', 'Copeland scores compare a unit with the other ranked units, and there is none with a value here');

/**
 * Copeland (outranking) aggregation: every unit meets every other ranked unit in a pairwise contest.
 * A unit wins a contest when the weights of the children on which it scores higher outweigh those on
 * which it scores lower (the outranking matrix of the JRC: Σ wᵢ over "better" + ½ Σ wᵢ over "equal"
 * above one half), loses in the reverse case, and ties when they balance. The node scores
 * `(wins + ½ ties) / contests`, on 0–1: 1 beats every other unit, 0.5 is as many wins as losses.
 * COINr's `a_copeland` returns `wins − losses` instead; for a ranked unit among m that is
 * `(2 · score − 1) · (m − 1)`, so the ranks are the same.
 *
 * Why: fully non-compensatory — how much better a unit is on a child does not count, only on how
 * much weight it is better — the multi-criteria ranking the OECD/JRC Handbook (2008, section 6.2)
 * recommends when weights are importance coefficients, not trade-offs.
 *
 * Decisions: only ranked units are opponents (an "EU average" row is scored against them without
 * changing anyone's score); under `reweight` two units are compared on the children both have;
 * a unit with no opponent is an error, never `NaN`. Exact: the weights are compared as exact
 * integers over a common denominator and the score is a ratio of whole numbers (the decimal
 * executor, 40 digits). The fast engine treats scores within 1e-12 (relative) of each other as
 * equal, so that a tie float64 rounding broke stays a tie.
 *
 * Cost: O(n² · k) comparisons for n units and k children — every pair of units, every child.
 * Reference: OECD/JRC Handbook (2008), section 6.2 (Condorcet–Copeland); Munda & Nardo (2009),
 * "Noncompensatory/nonlinear composite indicators for ranking countries", *Applied Economics* 41;
 * COINr `a_copeland`, `outrankMatrix`.
 *
 * @example
 * // equal weights; A (0.9, 0.6), B (0.5, 0.5), C (0.2, 0.7): A beats B and ties C → 0.75;
 * // B loses to A, ties C → 0.25; C ties both → 0.5 (COINr's a_copeland: 1, −1, 0)
 */
export const copeland: AggregateMethod<Params> = {
  name: 'copeland',
  linear: false,
  reports: { points: false, criteriaMet: false },
  check: () => [],
  prepare() {
    return () => {
      throw new TypeError('copeland compares units with one another: score it with prepareAcrossUnits, not one unit at a time');
    };
  },
  prepareAcrossUnits(_params, weights) {
    const integers = integerWeights(weights.map((weight) => weight.toString()));
    return (units: readonly UnitInputs[]) => {
      const opponents: number[] = [];
      units.forEach((unit, index) => {
        if (unit.reference) opponents.push(index);
      });
      return units.map((unit, index) => {
        let wins = 0;
        let ties = 0;
        let contests = 0;
        for (const opponent of opponents) {
          if (opponent === index) continue;
          contests += 1;
          const other = (units[opponent] as UnitInputs).values;
          let balance: number | bigint = typeof integers[0] === 'bigint' ? 0n : 0;
          unit.values.forEach((value, child) => {
            const against = other[child];
            const weight = integers[child] as number | bigint;
            if (value === null || against === null || against === undefined || weight === 0 || weight === 0n) return;
            const comparison = value.cmp(against);
            if (comparison !== 0) balance = typeof weight === 'bigint' ? (balance as bigint) + (comparison > 0 ? weight : -weight) : (balance as number) + comparison * weight;
          });
          if (balance > 0) wins += 1;
          else if (balance === 0 || balance === 0n) ties += 1;
        }
        return contests === 0 ? noContest() : scoreOf(wins, ties, contests);
      });
    };
  },
  prepareFloat() {
    return (input: FloatAggregateInput) => {
      const { children, weights, present, out, reference } = input;
      const unitCount = out.length;
      const integers = integerWeights(Array.from(weights, (weight) => String(weight)));
      const big = typeof integers[0] === 'bigint';
      const taking = (unit: number, child: number): boolean => {
        const mask = present[child] ?? null;
        return mask === null || mask[unit] === 1;
      };
      for (let unit = 0; unit < unitCount; unit += 1) {
        let wins = 0;
        let ties = 0;
        let contests = 0;
        for (let opponent = 0; opponent < unitCount; opponent += 1) {
          if (opponent === unit || (reference !== undefined && reference[opponent] === 0)) continue;
          contests += 1;
          let balance: number | bigint = big ? 0n : 0;
          for (let child = 0; child < children.length; child += 1) {
            const weight = integers[child] as number | bigint;
            if (weight === 0 || weight === 0n || !taking(unit, child) || !taking(opponent, child)) continue;
            const column = children[child] as Float64Array;
            const own = column[unit] as number;
            const against = column[opponent] as number;
            if (Math.abs(own - against) <= FLOAT_TIE * Math.max(Math.abs(own), Math.abs(against))) continue;
            const sign = own > against ? 1 : -1;
            balance = typeof weight === 'bigint' ? (balance as bigint) + (sign > 0 ? weight : -weight) : (balance as number) + sign * weight;
          }
          if (balance > 0) wins += 1;
          else if (balance === 0 || balance === 0n) ties += 1;
        }
        out[unit] = contests === 0 ? Number.NaN : (2 * wins + ties) / (2 * contests);
      }
    };
  },
};
