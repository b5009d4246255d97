/**
 * `rankPositions` against a reference written from the definitions (competition: 1 + how many
 * values are greater; dense: 1 + how many distinct values are greater; ordinal: place in the order
 * by value, then by id), on lists short (sorted by insertion) and long (sorted by radix), with many
 * exact ties, values that share a double but differ exactly, negative values and -0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds, rankPositions } from '../../src/engine/rank.js';
import { fuzz } from '../fuzz/settings.js';

type Ties = 'competition' | 'dense' | 'ordinal';

function reference(exact: readonly number[], positions: readonly number[], ids: readonly string[], ties: Ties): Map<number, number> {
  const ranks = new Map<number, number>();
  const byValue = [...positions].sort((left, right) => (exact[right] as number) - (exact[left] as number) || compareIds(ids[left] as string, ids[right] as string));
  for (const position of positions) {
    const mine = exact[position] as number;
    const greater = positions.filter((other) => (exact[other] as number) > mine);
    if (ties === 'competition') ranks.set(position, greater.length + 1);
    else if (ties === 'dense') ranks.set(position, new Set(greater.map((other) => exact[other])).size + 1);
    else ranks.set(position, byValue.indexOf(position) + 1);
  }
  return ranks;
}

const lists = fc.record({
  // few distinct values: many exact ties; a coarse double: many values sharing one double
  exact: fc.oneof(fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 30 }), fc.array(fc.integer({ min: -3000, max: 3000 }), { minLength: 60, maxLength: 700 })),
  coarseness: fc.constantFrom(1, 1, 3, 50),
  // small integers' doubles have a zero low word: a factor puts bits in both words
  factor: fc.constantFrom(1, 1.1, 0.0001, 1e300, Math.PI * 1e-300),
  // 1 + tiny steps: doubles that differ in their low word only
  offset: fc.constantFrom(0, 0, 1),
  negate: fc.boolean(),
  ties: fc.constantFrom<Ties>('competition', 'dense', 'ordinal'),
  leaveOut: fc.integer({ min: 0, max: 5 }),
});

describe('rankPositions agrees with the definitions', () => {
  it('on short and long lists with exact ties, values sharing a double, negative values and -0', () => {
    fc.assert(
      fc.property(lists, ({ exact, coarseness, factor, offset, negate, ties, leaveOut }) => {
        const values = negate ? exact.map((value) => -value) : exact;
        // a double that never reverses the exact order but may merge neighbours; -0 for a negated 0
        const approximate = Float64Array.from(exact, (value) => {
          const coarse = Math.floor(value / coarseness);
          const signed = negate ? -coarse : coarse;
          return offset === 0 ? signed * factor : offset + signed * 2 ** -40;
        });
        const ids = exact.map((_value, index) => `u${(index * 7919) % 100_003}`);
        const positions = exact.map((_value, index) => index).filter((index) => leaveOut === 0 || index % 7 !== leaveOut);
        const compareExact = (left: number, right: number): number => Math.sign((values[left] as number) - (values[right] as number));
        const ranks = rankPositions({ positions, approximate, compareExact, ids }, ties);
        const expected = reference(values, positions, ids, ties);
        expect(positions.map((position) => ranks[position])).toEqual(positions.map((position) => expected.get(position)));
        // not taking part: 0
        expect(exact.map((_value, index) => index).filter((index) => !positions.includes(index)).every((index) => ranks[index] === 0)).toBe(true);
        // exact keys: the doubles are the values, no exact comparison needed or made
        const keys = Float64Array.from(values, (value) => (offset !== 0 ? offset + value * 2 ** -40 : value === 0 && negate ? -0 : value * factor));
        const withKeys = rankPositions({ positions, approximate: keys, compareExact: () => {
            throw new Error('exact keys need no exact comparison');
          }, ids, exactOrder: true }, ties);
        expect(positions.map((position) => withKeys[position])).toEqual(positions.map((position) => expected.get(position)));
      }),
      fuzz(300),
    );
  });
});
