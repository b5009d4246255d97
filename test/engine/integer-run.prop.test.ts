/**
 * The certified-exact path: a linear framework computed on integers in doubles (`integer-run.ts`,
 * texts by `digits.ts`, ranks on exact integer keys) gives exactly the result of the BigInt
 * rational executor — the source of truth, itself checked against the decimal.js executor
 * (executors.prop.test.ts) and hand computations (score.test.ts). Every text, every rank, every
 * missing-data note is compared, on random frameworks whose values are placed on rounding
 * boundaries (x.xx5 at two decimals, means of two neighbours) and repeat across units (exact
 * ties), and on the hostile generators shared with the fuzz suite.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateIntegers } from '../../src/engine/integer-run.js';
import { scoreValidated, scoreValidatedOnBigInt } from '../../src/engine/score.js';
import { assertDataset, assertFramework, compilePlan, type FrameworkInput, type NormalisationInput } from '../../src/index.js';
import { ChisoError } from '../../src/model/issues.js';
import { fuzz } from '../fuzz/settings.js';
import { casesWith, finiteValue, type Case } from './hostile-cases.js';

const linearNormalisations = fc.constantFrom<NormalisationInput>(
  { method: 'goalposts', min: 0, max: 100 },
  { method: 'goalposts', min: 0, max: 1 },
  { method: 'goalposts', min: '12.5', max: '66', clip: true },
  { method: 'goalposts', min: 0, max: 0.66 },
  { method: 'goalposts', min: 0.25, max: 1 },
  { method: 'minmax' },
  { method: 'minmax', clip: true },
  { method: 'target', target: 95, baseline: 5 },
  { method: 'share', of: 100 },
  { method: 'identity', max: 100 },
  { method: 'best' },
);

/** Values that put scores on rounding boundaries (x.xx5, x.xxx5) and repeat across units. */
const boundaryValue = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((n) => (n * 10 + 5) / 1000),
  fc.integer({ min: 0, max: 200 }).map((n) => `${n}.125`),
  fc.constantFrom(0.125, 12.125, 12.12, 12.13, 0.5, 50, 37.5, 62.5, 0.005, 99.995, 100, 0, 1, '0.12345', '0.84845'),
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
);

const frameworks = fc
  .record({
    pillars: fc.array(
      fc.record({
        weight: fc.constantFrom(1, 2, 0.25, 0.4, 3),
        points: fc.boolean(),
        direction: fc.constantFrom('higher' as const, 'lower' as const),
        children: fc.array(fc.record({ weight: fc.constantFrom(0, 1, 2, 3, 0.5), normalisation: linearNormalisations, direction: fc.constantFrom('higher' as const, 'lower' as const) }), { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    policy: fc.constantFrom('reweight' as const, 'zero' as const),
    scale: fc.constantFrom(1, 100, 1000, 10, 7, 0.5),
    rounding: fc.record({ decimals: fc.integer({ min: 0, max: 5 }), mode: fc.constantFrom('half-up' as const, 'half-even' as const, 'half-down' as const, 'up' as const, 'down' as const, 'ceil' as const, 'floor' as const) }),
    ranking: fc.record({ ties: fc.constantFrom('competition' as const, 'dense' as const, 'ordinal' as const), on: fc.constantFrom('score' as const, 'published' as const) }),
    units: fc.integer({ min: 2, max: 9 }),
  })
  .chain((shape) => {
    const ids = shape.pillars.flatMap((pillar, p) => pillar.children.map((_child, i) => `p${p}i${i}`));
    const value = fc.option(boundaryValue, { freq: 8, nil: null });
    // a column drawn from few values, so units tie exactly
    const column = fc.oneof(
      fc.array(value, { minLength: shape.units, maxLength: shape.units }),
      fc.tuple(boundaryValue, boundaryValue).chain((pair) => fc.array(fc.constantFrom(...pair), { minLength: shape.units, maxLength: shape.units })),
    );
    return fc.tuple(...ids.map(() => column)).map((columns) => ({ shape, ids, columns }));
  });

function frameworkOf(shape: { pillars: { weight: number; points: boolean; direction: 'higher' | 'lower'; children: { weight: number; normalisation: NormalisationInput; direction: 'higher' | 'lower' }[] }[]; policy: 'reweight' | 'zero'; scale: number; rounding: FrameworkInput['rounding']; ranking: FrameworkInput['ranking'] }): FrameworkInput {
  return {
    id: 'certified',
    name: 'Certified',
    scale: shape.scale,
    rounding: shape.rounding,
    ranking: { ...shape.ranking, groups: ['region'] },
    root: {
      kind: 'aggregate',
      id: 'index',
      missing: { policy: shape.policy },
      children: shape.pillars.map((pillar, p) => ({
        kind: 'aggregate' as const,
        id: `p${p}`,
        weight: pillar.weight,
        direction: pillar.direction,
        missing: { policy: shape.policy },
        ...(pillar.points ? { aggregation: { method: 'sum' as const } } : {}),
        children: pillar.children.map((child, i) => ({ kind: 'indicator' as const, id: `p${p}i${i}`, unit: 'score' as const, ...child })),
      })),
    },
  };
}

/** Both paths on one framework and dataset: the same result, or the same error. */
function bothPaths(frameworkInput: unknown, data: unknown): { doubles: boolean } {
  let framework;
  let dataset;
  try {
    framework = assertFramework(frameworkInput);
    dataset = assertDataset(framework, data);
  } catch (error) {
    if (error instanceof ChisoError) return { doubles: false };
    throw error;
  }
  const plan = compilePlan(framework);
  const run = (score: typeof scoreValidated): unknown => {
    try {
      return { result: score(plan, dataset) };
    } catch (error) {
      if (error instanceof ChisoError) return { error: error.issues };
      throw error;
    }
  };
  const reference = run(scoreValidatedOnBigInt);
  const certified = run(scoreValidated);
  // the whole result, serialised: every text, rank, note and key order
  expect(JSON.stringify(certified)).toBe(JSON.stringify(reference));
  const rankedUnit = dataset.units.map((unit) => unit.ranked && !framework.ranking.exclude.includes(unit.id));
  const doubles = plan.linear && evaluateIntegers({ plan, units: dataset.units, rankedUnit, problems: [], missingNotes: [] }) !== null;
  return { doubles };
}

describe('the certified-exact path gives the exact engine\'s result', () => {
  it('published values and ranks equal the exact engine\'s on random frameworks, including values on rounding boundaries and exact ties', () => {
    let onDoubles = 0;
    let total = 0;
    fc.assert(
      fc.property(frameworks, ({ shape, ids, columns }) => {
        const data = {
          units: Array.from({ length: shape.units }, (_unit, u) => ({
            id: `U${(u * 7) % shape.units}x${u}`,
            groups: { region: u % 2 === 0 ? 'north' : 'south' },
            ...(u === shape.units - 1 && u > 2 ? { ranked: false } : {}),
            values: Object.fromEntries(ids.map((id, k) => [id, (columns[k] as (number | string | null)[])[u] ?? null])),
          })),
        };
        total += 1;
        if (bothPaths(frameworkOf(shape), data).doubles) onDoubles += 1;
      }),
      fuzz(300),
    );
    // most of these frameworks must take the double path, or the test checks nothing new
    expect(onDoubles).toBeGreaterThan(total / 2);
  });

  it('on the hostile generators (extreme magnitudes fall back to BigInt, with the same result)', () => {
    fc.assert(
      fc.property(casesWith(finiteValue), (testCase: Case) => {
        bothPaths(testCase.framework, testCase.data);
      }),
      fuzz(200),
    );
    fc.assert(
      fc.property(casesWith(boundaryValue, { tame: true }), (testCase: Case) => {
        bothPaths(testCase.framework, testCase.data);
      }),
      fuzz(200),
    );
  });
});
