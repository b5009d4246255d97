/** criteriaSummary counts criteria as the engine does: the framework's threshold, weights 0 left out. */
import { describe, expect, it } from 'vitest';
import { ChisoError, criteriaSummary, mergeResultTo34, PROVINCES_63, score, type FrameworkInput } from '../../src/index.js';

const framework = (threshold: number | undefined): FrameworkInput => ({
  id: 'criteria',
  name: 'Criteria',
  scale: 100,
  root: {
    kind: 'aggregate',
    id: 'standard',
    aggregation: threshold === undefined ? { method: 'count' } : { method: 'count', threshold },
    children: [
      { kind: 'indicator', id: 'a', unit: 'score', normalisation: { method: 'identity' } },
      { kind: 'indicator', id: 'b', unit: 'score', normalisation: { method: 'identity' } },
      { kind: 'indicator', id: 'ignored', unit: 'score', weight: 0, normalisation: { method: 'identity' } },
      { kind: 'aggregate', id: 'group', children: [{ kind: 'indicator', id: 'c', unit: 'score', normalisation: { method: 'identity' } }] },
    ],
  },
});
const data = {
  units: [
    { id: 'U1', values: { a: 0.6, b: 0.4, ignored: 1, c: 0.7 } },
    { id: 'U2', values: { a: 1, b: 0.5, ignored: 0, c: 0.2 } },
    { id: 'U3', values: { a: 0.1, b: 0.49, ignored: 1, c: 1 } },
  ],
};

describe('criteriaSummary', () => {
  it('honours the framework\'s threshold, for indicators and aggregates alike', () => {
    const result = score(framework(0.5), data);
    const summary = criteriaSummary(result, 'standard');
    expect(summary.criteria).toEqual([
      { id: 'a', met: 2, of: 3, share: expect.stringMatching(/^0\.6+7$/) as unknown as string },
      { id: 'b', met: 1, of: 3, share: expect.stringMatching(/^0\.3+$/) as unknown as string },
      { id: 'group', met: 2, of: 3, share: expect.stringMatching(/^0\.6+7$/) as unknown as string },
    ]);
    // the same count the engine reports per unit
    const total = summary.criteria.reduce((sum, entry) => sum + entry.met, 0);
    expect(total).toBe(result.units.reduce((sum, unit) => sum + (unit.nodes.standard?.met ?? 0), 0));
  });

  it('counts a criterion met at 1 by default, and leaves out children weighted 0', () => {
    const summary = criteriaSummary(score(framework(undefined), data), 'standard');
    expect(summary.criteria.map((entry) => [entry.id, entry.met])).toEqual([
      ['a', 1],
      ['b', 0],
      ['group', 1],
    ]);
  });

  it('refuses a result that has scores but no counts (mapped onto the 34 provinces) instead of summarising it as "none met"', () => {
    const provinces = { units: PROVINCES_63.map((province, index) => ({ id: province.code, name: province.name, values: { a: (index % 2) as number, b: 1, ignored: 0, c: 0.5 } })) };
    const result = score(framework(0.5), provinces);
    expect(criteriaSummary(result, 'standard').units).toBe(63);
    const merged = mergeResultTo34(result);
    expect(() => criteriaSummary(merged, 'standard')).toThrow(ChisoError);
    expect(() => criteriaSummary(merged, 'standard')).toThrow(/no count of criteria met \(and 33 more units\): summarise the result before mapping it onto the 34 provinces/);
  });
});
