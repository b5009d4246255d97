/**
 * previewScenarios: the fast engine's comparison equals the exact one — `compareScenarios` of
 * `scoreScenarios`, the source of truth — on DTI 2022 (the bundled synthetic 2023 sample; ranks on
 * published values) and DESI 2022 scenarios of every kind of edit: the same statuses and problem
 * paths, the same ranks, shifts, published values and summaries, scores within 1e-12 relative (no
 * scenario here has a score within the float error of a rounding boundary or a tie). And a
 * weight-only scenario prepares no normalisation (a counting goalposts method, as in
 * test/engine/fast/model.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChisoError, datasetFromCsv, desi2022, formatTable, vnDti2022, type DatasetInput } from '../../../src/index.js';
import { compareScenarios, previewScenarios, scenarioSummaryTable, scenarioTable, scoreScenarios, type ScenarioComparison, type ScenarioInput } from '../../../src/analysis/index.js';
import { goalposts } from '../../../src/methods/normalise/goalposts.js';
import type { NormaliseMethod } from '../../../src/methods/normalise/types.js';

const dti = JSON.parse(readFileSync(new URL('../../../examples/data/vn-dti-2022/2023.json', import.meta.url), 'utf8')) as DatasetInput;
const desi = datasetFromCsv(readFileSync(new URL('../../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));

const dtiScenarios: ScenarioInput[] = [
  { name: 'economy x2', edits: [{ kind: 'set-weight', node: 'economy', weight: 300 }] },
  { name: 'no cyber security', edits: [{ kind: 'drop', node: 'cyber_security' }] },
  { name: 'fibre target', edits: [{ kind: 'set-normalisation', indicator: 'households_fibre_pct', normalisation: { method: 'target', target: 80 } }, { kind: 'set-value', unit: '01', indicator: 'households_fibre_pct', value: 97.5 }] },
  { name: 'Hà Nội not ranked', edits: [{ kind: 'exclude-unit', unit: '01' }] },
  { name: 'online dossiers -10%', edits: [{ kind: 'scale-values', indicator: 'online_dossiers_pct', factor: 0.9 }] },
  { name: 'Hải Dương profile', edits: [{ kind: 'set-unit-values', unit: '30', values: { online_dossiers_pct: 85, security_drills: 2 } }] },
  { name: 'government as a mean', edits: [{ kind: 'set-aggregation', node: 'government', aggregation: { method: 'mean' } }] },
  { name: 'reweight awareness', edits: [{ kind: 'set-missing', node: 'awareness', missing: { policy: 'reweight' } }, { kind: 'set-value', unit: '02', indicator: 'dt_news_per_month', value: null }] },
  { name: 'out of range', edits: [{ kind: 'set-value', unit: '01', indicator: 'online_dossiers_pct', value: 120 }] },
  { name: 'weightless', edits: ['security_drills', 'four_layer_model', 'systems_security_level_pct'].map((node) => ({ kind: 'set-weight' as const, node, weight: 0 })) },
  { name: 'last child', edits: [{ kind: 'drop', node: 'smart_city_projects' }] },
  {
    name: 'a new indicator',
    edits: [{ kind: 'add', parent: 'economy', node: { kind: 'indicator', id: 'new_share', unit: 'percent', weight: 50, normalisation: { method: 'share' } }, values: Object.fromEntries(dti.units.map((unit, index) => [unit.id, { new_share: (index * 37) % 100 }])) }],
  },
];

const desiScenarios: ScenarioInput[] = [
  { name: 'dim1 x2', edits: [{ kind: 'set-weight', node: 'dim1', weight: 2 }] },
  { name: 'no dim4', edits: [{ kind: 'drop', node: 'dim4' }] },
  { name: 'min-max 1a1', edits: [{ kind: 'set-normalisation', indicator: '1a1', normalisation: { method: 'minmax' } }] },
  { name: 'z-scores', edits: ['1a1', '1a2', '2a1', '3b1'].map((indicator) => ({ kind: 'set-normalisation' as const, indicator, normalisation: { method: 'zscore' as const } })) },
  { name: 'geometric', edits: [{ kind: 'set-aggregation', node: 'desi', aggregation: { method: 'geometric' } }] },
  { name: 'Finland not ranked', edits: [{ kind: 'exclude-unit', unit: 'FI' }] },
  { name: 'Italy 1b1', edits: [{ kind: 'set-value', unit: 'IT', indicator: '1b1', value: 0.17 }] },
  // the excluded unit leaves min–max's reference units: the edited column is recomputed
  { name: 'min-max without Finland', edits: [{ kind: 'set-normalisation', indicator: '2a1', normalisation: { method: 'minmax' } }, { kind: 'exclude-unit', unit: 'FI' }, { kind: 'set-weight', node: 'dim2', weight: 3 }] },
];

/** The preview equals the exact comparison: statuses, problem paths, ranks, published values, summaries; scores to 1e-12. */
function expectSameComparison(exact: ScenarioComparison, fast: ScenarioComparison): void {
  expect(fast.engine).toBe('fast');
  expect(fast.node).toBe(exact.node);
  expect(fast.names).toEqual(exact.names);
  fast.scenarios.forEach((summary, index) => {
    const reference = exact.scenarios[index];
    expect(summary.status, summary.name).toBe(reference?.status);
    if (summary.status === 'failed') {
      expect(summary.problems.map((problem) => problem.path), summary.name).toEqual(reference?.problems.map((problem) => problem.path));
      return;
    }
    const { problems: _fastProblems, ...fastRest } = summary;
    const { problems: _exactProblems, ...exactRest } = reference ?? summary;
    expect(fastRest, summary.name).toEqual(exactRest);
  });
  const close = (left: string | null, right: string | null): void => {
    expect(left === null).toBe(right === null);
    if (left === null || right === null) return;
    expect(Math.abs(Number(left) - Number(right))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(Number(right))));
  };
  fast.units.forEach((row, unitIndex) => {
    const reference = exact.units[unitIndex];
    expect(row.unit).toBe(reference?.unit);
    expect(row.baseRank).toBe(reference?.baseRank);
    expect(row.basePublished).toBe(reference?.basePublished);
    close(row.baseScore, reference?.baseScore ?? null);
    row.scenarios.forEach((figures, index) => {
      const expected = reference?.scenarios[index] ?? null;
      expect(figures === null).toBe(expected === null);
      if (figures === null || expected === null) return;
      expect({ rank: figures.rank, rankShift: figures.rankShift, published: figures.published, description: figures.description }).toEqual({ rank: expected.rank, rankShift: expected.rankShift, published: expected.published, description: expected.description });
      close(figures.score, expected.score);
      close(figures.scoreChange, expected.scoreChange);
    });
  });
}

describe('previewScenarios equals compareScenarios of scoreScenarios', () => {
  it('DTI 2022: every kind of edit, failed scenarios with the same paths, ranks on published values', () => {
    const fast = previewScenarios(vnDti2022, dti, dtiScenarios);
    expectSameComparison(compareScenarios(scoreScenarios(vnDti2022, dti, dtiScenarios)), fast);
    expect(fast.scenarios.map((summary) => summary.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'failed', 'failed', 'failed', 'ok']);
    expect(fast.scenarios[0]).toMatchObject({ changedUnits: 24, movedDownMost: { places: 3 } });
  });

  it('DTI 2022 at a main index; a scenario that drops it is not compared', () => {
    const scenarios = [...dtiScenarios.slice(0, 3), { name: 'no government', edits: [{ kind: 'drop' as const, node: 'government' }] }];
    const fast = previewScenarios(vnDti2022, dti, scenarios, { node: 'government' });
    expectSameComparison(compareScenarios(scoreScenarios(vnDti2022, dti, scenarios), { node: 'government' }), fast);
    expect(fast.scenarios[3]?.status).toBe('not-compared');
  });

  it('DESI 2022: weights, drops, data-driven normalisations, a geometric mean, an excluded unit, a value', () => {
    expectSameComparison(compareScenarios(scoreScenarios(desi2022, desi, desiScenarios)), previewScenarios(desi2022, desi, desiScenarios));
  });

  it('renders with the scenario tables', () => {
    const fast = previewScenarios(vnDti2022, dti, dtiScenarios.slice(0, 2));
    expect(formatTable(scenarioSummaryTable(fast), 'text')).toContain('Phú Yên (-3)');
    expect(formatTable(scenarioTable(fast), 'text')).toContain('Hải Phòng');
  });
});

describe('previewScenarios recomputes only what an edit reaches', () => {
  /** goalposts, counting how often it is prepared in float64 */
  function counting(): { method: NormaliseMethod; prepared: () => number } {
    let count = 0;
    const method: NormaliseMethod = {
      ...(goalposts as unknown as NormaliseMethod),
      prepareFloat(params, context) {
        count += 1;
        return (goalposts.prepareFloat as NonNullable<NormaliseMethod['prepareFloat']>)(params as never, context);
      },
    };
    return { method, prepared: () => count };
  }

  it('weight-only, drop and exclusion scenarios prepare no normalisation; a normalisation edit prepares one', () => {
    const weightsOnly = counting();
    previewScenarios(desi2022, desi, [desiScenarios[0] as ScenarioInput, desiScenarios[1] as ScenarioInput, { name: 'many weights', edits: [{ kind: 'set-weight', node: '1a1', weight: 3 }, { kind: 'set-weight', node: 'sub4a', weight: 7 }] }], { methods: { normalise: { goalposts: weightsOnly.method } } });
    expect(weightsOnly.prepared()).toBe(33); // the base model's 33 goalposts indicators, once
    const withNormalisation = counting();
    previewScenarios(desi2022, desi, [desiScenarios[0] as ScenarioInput, { name: 'goalposts 1a1', edits: [{ kind: 'set-normalisation', indicator: '1a1', normalisation: { method: 'goalposts', min: 0, max: 2 } }] }], { methods: { normalise: { goalposts: withNormalisation.method } } });
    expect(withNormalisation.prepared()).toBe(34);
  });
});

describe('previewScenarios refuses what scoreScenarios refuses', () => {
  it('mistakes in edits are thrown together, with their paths', () => {
    const attempt = () => previewScenarios(vnDti2022, dti, [{ name: 'typo', edits: [{ kind: 'set-weight', node: 'econmy', weight: 2 }] }]);
    expect(attempt).toThrow(ChisoError);
    try {
      attempt();
    } catch (error) {
      expect((error as ChisoError).issues[0]?.path).toEqual(['scenarios', 0, 'edits', 0, 'node']);
      expect((error as ChisoError).issues[0]?.message).toContain('did you mean "economy"');
    }
  });

  it('compares an aggregate: an indicator or an unknown node is a ChisoError', () => {
    expect(() => previewScenarios(vnDti2022, dti, [], { node: 'security_drills' })).toThrow(/is an indicator/);
    expect(() => previewScenarios(vnDti2022, dti, [], { node: 'goverment' })).toThrow(/did you mean "government"/);
    expect(() => previewScenarios(vnDti2022, dti, [], { nod: 'pdti' } as never)).toThrow(TypeError);
  });
});
