/**
 * Correlations against hand computation and scipy (test/fixtures/audit: scipy.stats.pearsonr,
 * spearmanr, kendalltau τ-b on pairwise-complete units).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { averageRanks, completeCount, correlation, kendallCorrelation, pearsonCorrelation, spearmanCorrelation } from '../../../src/analysis/index.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/audit/audit-fixture.json', import.meta.url), 'utf8')) as {
  scores: Record<string, (number | null)[]>;
  correlations: { first: string; second: string; relation: string; count: number; pearson: number; spearman: number; kendall: number }[];
};
const column = (id: string): Float64Array => Float64Array.from(fixture.scores[id] ?? [], (value) => value ?? Number.NaN);

describe('correlations', () => {
  it('match hand computations', () => {
    // x = 1..4, y = 1, 3, 2, 4: Pearson = Σdxdy/√(ΣdxΣdy) = 4/5 = 0.8
    expect(pearsonCorrelation([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 15);
    // pairs (i<j): 6, one discordant (2,3): (5 − 1)/6
    expect(kendallCorrelation([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(4 / 6, 15);
    // ties: x = 1, 1, 2, 3; y = 1, 2, 3, 3. Σ sx·sy over 6 pairs: (1,2) 0, others +1 except (3,4) 0 → 4;
    // Σ sx² = 5, Σ sy² = 5: τ-b = 4/5
    expect(kendallCorrelation([1, 1, 2, 3], [1, 2, 3, 3])).toBeCloseTo(0.8, 15);
    expect(Array.from(averageRanks([3, 1, 3, 2]))).toEqual([3.5, 1, 3.5, 2]);
    // Spearman = Pearson of ranks 1..4 vs 1, 3, 2, 4
    expect(spearmanCorrelation([10, 20, 30, 40], [1, 9, 4, 16])).toBeCloseTo(0.8, 15);
  });

  it('use pairwise-complete units and say null when undefined', () => {
    expect(completeCount([1, Number.NaN, 3, 4], [2, 2, Number.NaN, 5])).toBe(2);
    expect(pearsonCorrelation([1, Number.NaN, 3, 4], [2, 2, Number.NaN, 5])).toBe(1);
    expect(pearsonCorrelation([1], [2])).toBeNull();
    expect(spearmanCorrelation([1, 2, 3], [7, 7, 7])).toBeNull();
    expect(kendallCorrelation([4, 4], [1, 2])).toBeNull();
    expect(() => pearsonCorrelation([1, 2], [1])).toThrow(RangeError);
    expect(() => correlation([1, 2], [1, 2], 'nope' as 'pearson')).toThrow(RangeError);
  });

  it.each(fixture.correlations.map((row) => [`${row.first}–${row.second}`, row] as const))('match scipy on the synthetic fixture: %s', (_, row) => {
    const first = column(row.first);
    const second = column(row.second);
    expect(completeCount(first, second)).toBe(row.count);
    expect(pearsonCorrelation(first, second)).toBeCloseTo(row.pearson, 12);
    expect(spearmanCorrelation(first, second)).toBeCloseTo(row.spearman, 12);
    expect(kendallCorrelation(first, second)).toBeCloseTo(row.kendall, 12);
  });
});
