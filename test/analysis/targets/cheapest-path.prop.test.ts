/** Properties of cheapestPath on random linear frameworks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetInput, FrameworkInput } from '../../../src/index.js';
import { cheapestPath, whatItTakes } from '../../../src/analysis/index.js';
import { fuzz } from '../../fuzz/settings.js';

const indicatorArbitrary = fc.record({
  min: fc.integer({ min: -50, max: 50 }),
  width: fc.integer({ min: 1, max: 100 }),
  weight: fc.integer({ min: 0, max: 5 }),
  clip: fc.boolean(),
  direction: fc.constantFrom('higher' as const, 'lower' as const),
});

describe('cheapestPath on random linear frameworks', () => {
  it('restricted to one indicator, it gives the value whatItTakes gives, and cannot exactly where whatItTakes cannot', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(indicatorArbitrary, { minLength: 2, maxLength: 4 }),
        fc.array(fc.array(fc.integer({ min: -100, max: 200 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 6 }),
        fc.constantFrom('competition' as const, 'dense' as const, 'ordinal' as const),
        fc.nat(),
        fc.nat(),
        (indicators, rows, ties, unitPick, rankPick) => {
          if (indicators.every((indicator) => indicator.weight === 0)) return;
          const framework: FrameworkInput = {
            id: 'random',
            name: 'Random',
            scale: 100,
            ranking: { ties },
            root: {
              kind: 'aggregate',
              id: 'index',
              children: indicators.map((indicator, index) => ({
                kind: 'indicator' as const,
                id: `i${index}`,
                unit: 'score' as const,
                range: { min: -200, max: 300 },
                weight: indicator.weight,
                direction: indicator.direction,
                normalisation: { method: 'goalposts' as const, min: indicator.min, max: indicator.min + indicator.width, clip: indicator.clip },
              })),
            },
          };
          const dataset: DatasetInput = { units: rows.map((row, index) => ({ id: `U${index}`, values: Object.fromEntries(indicators.map((_indicator, column) => [`i${column}`, row[column] ?? 0])) })) };
          const unit = `U${unitPick % rows.length}`;
          const goal = { rank: 1 + (rankPick % rows.length) };
          const single = whatItTakes(framework, dataset, { unit, goal, decimals: 3 });
          for (const row of single.indicators) {
            const path = cheapestPath(framework, dataset, { unit, goal, indicators: [row.indicator], decimals: 3 });
            if (row.status === 'reached') {
              expect(path.status).toBe('reached');
              expect(path.changes.map((change) => change.to)).toEqual([row.to]);
              compared += 1;
            } else if (row.status === 'already') {
              expect(path.status).toBe('already');
            } else if (row.reason === 'clipped' || row.reason === 'range' || row.reason === 'not-feeding') {
              expect(path.status).toBe('cannot');
            }
          }
          const all = cheapestPath(framework, dataset, { unit, goal, decimals: 3 });
          if (single.indicators.some((row) => row.status === 'reached')) expect(all.status).toBe('reached');
        },
      ),
      fuzz(30),
    );
    expect(compared).toBeGreaterThan(10);
  });
});
