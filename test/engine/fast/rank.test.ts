/**
 * Ranking float columns. Source of truth: a direct definition — sort the eligible units with
 * `Array.prototype.sort` by value (best first), equal values by unit id in code-unit order
 * (`compareIds`), then competition / dense / ordinal ranks as their definitions say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../src/engine/rank.js';
import { idOrderOf, rankColumn } from '../../../src/engine/fast/rank.js';
import type { TieMethod } from '../../../src/model/framework.js';

const seed = Number(process.env.CHISO_FUZZ_SEED ?? 20260707);

function reference(values: Float64Array, present: Uint8Array, ranked: Uint8Array, ids: readonly string[], ties: TieMethod, lowerIsBetter: boolean): Int32Array {
  const key = (unit: number): number => (lowerIsBetter ? -(values[unit] as number) : (values[unit] as number)) + 0;
  const order = Array.from(values.keys()).filter((unit) => present[unit] === 1 && ranked[unit] === 1);
  order.sort((left, right) => key(right) - key(left) || compareIds(ids[left] as string, ids[right] as string));
  const ranks = new Int32Array(values.length);
  let distinct = 0;
  order.forEach((unit, index) => {
    const tied = index > 0 && key(unit) === key(order[index - 1] as number);
    if (!tied) distinct += 1;
    ranks[unit] = ties === 'ordinal' ? index + 1 : ties === 'dense' ? distinct : tied ? (ranks[order[index - 1] as number] as number) : index + 1;
  });
  return ranks;
}

describe('rankColumn', () => {
  it('ranks as the definition, for every size the merge sort passes through, ties and gaps included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.integer({ min: -6, max: 6 }), present: fc.boolean(), ranked: fc.boolean(), id: fc.string({ maxLength: 3 }) }), { maxLength: 140 }),
        fc.constantFrom<TieMethod>('competition', 'dense', 'ordinal'),
        fc.boolean(),
        fc.boolean(),
        (rows, ties, lowerIsBetter, withScratch) => {
          // unique ids, in an order unrelated to the units' order
          const ids = rows.map((row, unit) => `${row.id}#${(unit * 7919) % 1009}`);
          const values = Float64Array.from(rows, (row) => row.value / 4); // many exact ties, and −0 vs 0
          const present = Uint8Array.from(rows, (row) => (row.present || row.value % 3 !== 0 ? 1 : 0));
          const ranked = Uint8Array.from(rows, (row) => (row.ranked || row.value % 2 !== 0 ? 1 : 0));
          const how = { ties, lowerIsBetter, published: null };
          const count = rows.length;
          const work = withScratch ? { keys: new Float64Array(count).fill(9), order: new Int32Array(count).fill(5), merge: new Int32Array(count).fill(3) } : null;
          const got = rankColumn(values, present, ranked, ids, how, idOrderOf(ids), work);
          expect(Array.from(got)).toEqual(Array.from(reference(values, present, ranked, ids, ties, lowerIsBetter)));
          expect(Array.from(rankColumn(values, present, ranked, ids, how))).toEqual(Array.from(got));
        },
      ),
      { seed, numRuns: 300 },
    );
  });

  it('orders ids by code units, as compareIds', () => {
    expect(Array.from(idOrderOf(['b', 'c', 'a']))).toEqual([1, 2, 0]);
    expect(Array.from(idOrderOf(['\u{1F600}', '\uFFFF', 'Z']))).toEqual([1, 2, 0]);
  });
});
