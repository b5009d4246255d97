/**
 * Properties of the construction steps, on generated columns with missing values, ties, zeros,
 * negative and long decimals. Source of truth: the steps' definitions (COINr's Impute, Treat,
 * Screen) stated as invariants.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applySteps, assertDataset, assertFramework, type PipelineStepInput } from '../../src/index.js';
import { fuzz } from '../fuzz/settings.js';
import { tinyDataset, tinyFramework } from './helpers.js';

const value = fc.oneof(
  fc.constant(null),
  fc.constant(0),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((number) => Number(number.toPrecision(12))),
);
const columns = fc.array(fc.tuple(value, value), { minLength: 4, maxLength: 30 });

function build(rows: readonly (readonly [number | null, number | null])[], steps: PipelineStepInput[]) {
  const framework = assertFramework(tinyFramework(['a', 'b'], steps));
  const dataset = assertDataset(framework, tinyDataset(Object.fromEntries(rows.map(([a, b], index) => [`u${String(index).padStart(2, '0')}`, { a, b }]))));
  return { dataset, built: applySteps(framework, dataset) };
}

describe('construction steps (properties)', () => {
  it('imputation fills only missing cells and never changes a present value; a mean lies within the present values', () => {
    fc.assert(
      fc.property(columns, (rows) => {
        const { dataset, built } = build(rows, [{ step: 'impute', method: 'mean' }]);
        return dataset.units.every((unit, index) => {
          const after = built.dataset.units[index]?.values;
          return (['a', 'b'] as const).every((id) => {
            const given = unit.values[id];
            if (given !== null && given !== undefined) return Number(after?.[id]) === Number(given);
            const present = dataset.units.map((entry) => entry.values[id]).filter((entry): entry is number => typeof entry === 'number');
            if (present.length === 0) return after?.[id] === null;
            const imputed = Number(after?.[id]);
            return imputed >= Math.min(...present) - 1e-9 && imputed <= Math.max(...present) + 1e-9;
          });
        });
      }),
      fuzz(60),
    );
  });

  it('winsorisation keeps every value within the original range, changes only the extremes, and keeps the order', () => {
    fc.assert(
      fc.property(columns, (rows) => {
        const { dataset, built } = build(rows, [{ step: 'treat', method: 'winsorise' }]);
        return (['a', 'b'] as const).every((id) => {
          const before = dataset.units.map((unit) => unit.values[id]);
          const after = built.dataset.units.map((unit) => unit.values[id]);
          const present = before.filter((entry): entry is number => typeof entry === 'number');
          return before.every((given, index) => {
            if (given === null || given === undefined) return after[index] === null;
            const treated = Number(after[index]);
            if (treated < Math.min(...present) || treated > Math.max(...present)) return false;
            // order kept: a value never passes another
            return before.every((other, position) => typeof other !== 'number' || typeof given !== 'number' || !(given < other && treated > Number(after[position])));
          });
        });
      }),
      fuzz(60),
    );
  });

  it('screening with a present share of 0 and no zero rule keeps every unit; forcing out removes exactly the units named', () => {
    fc.assert(
      fc.property(columns, fc.nat(), (rows, pick) => {
        const everyone = build(rows, [{ step: 'screen', minPresentShare: 0 }]);
        const name = `u${String(pick % rows.length).padStart(2, '0')}`;
        const forced = build(rows, [{ step: 'screen', minPresentShare: 0, exclude: [name] }]);
        return everyone.built.dataset.units.length === rows.length && forced.built.dataset.units.every((unit) => unit.id !== name) && forced.built.dataset.units.length === rows.length - 1;
      }),
      fuzz(40),
    );
  });
});
