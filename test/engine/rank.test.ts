import { describe, expect, it } from 'vitest';
import { rankDecimalTexts, rankPositions } from '../../src/index.js';
import { ExactDecimal } from '../../src/engine/decimal.js';

function ranks(values: string[], ties: 'competition' | 'dense' | 'ordinal', ids = values.map((_value, index) => `u${index}`)): number[] {
  const exact = values.map((value) => new ExactDecimal(value));
  const result = rankPositions(
    { positions: values.map((_value, index) => index), approximate: Float64Array.from(values.map(Number)), compareExact: (left, right) => (exact[left] as InstanceType<typeof ExactDecimal>).cmp(exact[right] as InstanceType<typeof ExactDecimal>), ids },
    ties,
  );
  return [...result];
}

describe('rankPositions', () => {
  const values = ['0.9', '0.7', '0.9', '0.5'];
  it('competition ranking gives tied units the best shared rank ("1224")', () => {
    expect(ranks(values, 'competition')).toEqual([1, 3, 1, 4]);
  });
  it('dense ranking skips no rank ("1223")', () => {
    expect(ranks(values, 'dense')).toEqual([1, 2, 1, 3]);
  });
  it('ordinal ranking breaks ties by unit id, not by input order', () => {
    expect(ranks(values, 'ordinal', ['zz', 'b', 'aa', 'c'])).toEqual([2, 3, 1, 4]);
  });
  it('separates values that are equal as doubles but not as decimals', () => {
    const close = ['0.1000000000000000000001', '0.1', '0.1000000000000000000002'];
    expect(Number(close[0])).toBe(Number(close[1]));
    expect(ranks(close, 'competition')).toEqual([2, 3, 1]);
    expect(ranks([...close, '0.05', '0.1'], 'dense')).toEqual([2, 3, 1, 4, 3]);
    expect(ranks([...close, '0.05', '0.1'], 'ordinal')).toEqual([2, 3, 1, 5, 4]);
  });
  it('agrees with a sort-based reference on many ties', () => {
    const many = Array.from({ length: 200 }, (_value, index) => String((index * 7919) % 13));
    const reference = (ties: 'competition' | 'dense'): number[] =>
      many.map((value) => {
        const above = many.filter((other) => Number(other) > Number(value));
        return ties === 'competition' ? above.length + 1 : new Set(above).size + 1;
      });
    expect(ranks(many, 'competition')).toEqual(reference('competition'));
    expect(ranks(many, 'dense')).toEqual(reference('dense'));
    expect(new Set(ranks(many, 'ordinal')).size).toBe(200);
  });
  it('ranks decimal texts exactly, skipping nulls, lowest first when lower is better', () => {
    expect(rankDecimalTexts(['0.9', null, '0.7', '0.9'], ['a', 'b', 'c', 'd'], 'competition')).toEqual([1, null, 3, 1]);
    expect(rankDecimalTexts(['0.9', null, '0.7', '0.9'], ['a', 'b', 'c', 'd'], 'competition', true)).toEqual([2, null, 1, 2]);
    expect(rankDecimalTexts(['0.1000000000000000000001', '0.1'], ['a', 'b'], 'dense')).toEqual([1, 2]);
  });
  it('leaves positions not taking part at 0', () => {
    const exact = ['3', '2', '1'].map((value) => new ExactDecimal(value));
    const result = rankPositions({ positions: [0, 2], approximate: Float64Array.from([3, 2, 1]), compareExact: (left, right) => (exact[left] as InstanceType<typeof ExactDecimal>).cmp(exact[right] as InstanceType<typeof ExactDecimal>), ids: ['a', 'b', 'c'] }, 'competition');
    expect([...result]).toEqual([1, 0, 2]);
  });
});
