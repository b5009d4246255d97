/**
 * Property: results do not depend on the order in which units are listed. Data-driven statistics
 * (z-score mean and standard deviation, min–max, best, percentile, a data-driven baseline) are
 * computed from sums and extremes over all units; with sums of rounded decimals the last digits
 * changed with the order (z-scores did). Values carry up to 24 digits so that any rounding inside a
 * sum shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, score, type DatasetInput, type FrameworkInput, type NormalisationInput, type ScoreResult } from '../../src/index.js';

const indicator = (id: string, normalisation: NormalisationInput, direction: 'higher' | 'lower' = 'higher') => ({ kind: 'indicator' as const, id, unit: 'score' as const, direction, normalisation });

/** Every normalisation and aggregation method, decimal executor. */
const everyMethod: FrameworkInput = {
  id: 'every',
  name: 'Every method',
  ranking: { ties: 'competition' },
  root: {
    kind: 'aggregate',
    id: 'index',
    children: [
      { kind: 'aggregate', id: 'arithmetic', children: [
        indicator('goalposts', { method: 'goalposts', min: 0, max: 100 }),
        indicator('zscore', { method: 'zscore' }),
        indicator('zscore_lower', { method: 'zscore' }, 'lower'),
        indicator('target_min', { method: 'target', target: 100, baseline: 'min' }),
        indicator('best', { method: 'best' }),
        indicator('best_lower', { method: 'best' }, 'lower'),
        indicator('identity', { method: 'identity', max: 100 }, 'lower'),
      ] },
      { kind: 'aggregate', id: 'geometric', aggregation: { method: 'geometric', shift: '0.5' }, children: [
        indicator('minmax', { method: 'minmax' }),
        indicator('percentile', { method: 'percentile', ties: 'average' }),
        indicator('share', { method: 'share', of: 100 }),
      ] },
      { kind: 'aggregate', id: 'harmonic', aggregation: { method: 'harmonic', shift: 1 }, children: [
        indicator('steps', { method: 'steps', steps: [{ threshold: 25, points: 1 }, { threshold: 50, points: 2 }, { threshold: 75, points: 3 }] }),
        indicator('goalposts_clip', { method: 'goalposts', min: 10, max: 90, clip: true }),
        indicator('minmax_lower', { method: 'minmax' }, 'lower'),
      ] },
      { kind: 'aggregate', id: 'minimum', aggregation: { method: 'minimum' }, children: [indicator('percentile_min', { method: 'percentile' }), indicator('zscore_2', { method: 'zscore' })] },
      { kind: 'aggregate', id: 'count', aggregation: { method: 'count', threshold: '0.5' }, children: [indicator('minmax_2', { method: 'minmax' }), indicator('share_2', { method: 'share', of: 100 })] },
    ],
  },
};

/** Linear methods only: the exact rational executor. */
const linear: FrameworkInput = {
  id: 'linear',
  name: 'Linear',
  ranking: { ties: 'dense' },
  root: {
    kind: 'aggregate',
    id: 'index',
    aggregation: { method: 'sum' },
    children: [
      indicator('goalposts', { method: 'goalposts', min: '12.5', max: 66 }),
      indicator('minmax', { method: 'minmax' }, 'lower'),
      indicator('target_min', { method: 'target', target: 100, baseline: 'min' }),
      indicator('best', { method: 'best' }),
      indicator('share', { method: 'share', of: 100 }),
      indicator('identity', { method: 'identity' }),
    ],
  },
};

function idsOf(framework: FrameworkInput): string[] {
  const ids: string[] = [];
  const visit = (node: { kind: string; id: string; children?: unknown[] }): void => {
    if (node.kind === 'indicator') ids.push(node.id);
    for (const child of (node.children ?? []) as { kind: string; id: string; children?: unknown[] }[]) visit(child);
  };
  visit(framework.root as { kind: string; id: string; children?: unknown[] });
  return ids;
}

/** A value in (0, 100] with up to 22 decimals, as text; some repeat, to make ties. */
const value = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.bigInt({ min: 1n, max: 10n ** 22n - 1n })).map(([whole, fraction]) => `${whole}.${fraction.toString().padStart(22, '0')}`),
  fc.constantFrom('50', '33.3333333333333333333333', '1e-5', '100'),
);

function datasets(framework: FrameworkInput): fc.Arbitrary<{ dataset: DatasetInput; order: number[] }> {
  const ids = idsOf(framework);
  return fc.integer({ min: 3, max: 9 }).chain((unitCount) =>
    fc.record({
      rows: fc.array(fc.array(value, { minLength: ids.length, maxLength: ids.length }), { minLength: unitCount, maxLength: unitCount }),
      order: fc.shuffledSubarray([...Array(unitCount).keys()], { minLength: unitCount, maxLength: unitCount }),
    }).map(({ rows, order }) => ({
      dataset: { units: rows.map((row, unit) => ({ id: `U${unit}`, groups: { half: unit % 2 === 0 ? 'even' : 'odd' }, values: Object.fromEntries(ids.map((id, index) => [id, row[index] as string])) })) },
      order,
    })),
  );
}

/** Everything a unit's result says, keyed by unit id, so the order of units does not matter. */
function byUnit(framework: FrameworkInput, dataset: DatasetInput): string {
  let result: ScoreResult;
  try {
    result = score(framework, dataset, { groups: ['half'] });
  } catch (error) {
    if (error instanceof ChisoError) return `ChisoError ${error.issues.map((entry) => entry.code).sort().join(',')}`;
    throw error;
  }
  const units = Object.fromEntries(result.units.map((unit) => [unit.id, unit.nodes]));
  return JSON.stringify(Object.keys(units).sort().map((id) => [id, units[id]]));
}

describe('results do not depend on the order of units', () => {
  it.each([['every method (decimal executor)', everyMethod], ['linear methods (rational executor)', linear]])('%s: every figure and rank is string-equal when units are permuted', (_name, framework) => {
    fc.assert(
      fc.property(datasets(framework), ({ dataset, order }) => {
        const permuted = { units: order.map((index) => dataset.units[index] as DatasetInput['units'][number]) };
        expect(byUnit(framework, permuted)).toBe(byUnit(framework, dataset));
      }),
      { numRuns: 60 },
    );
  });

});
