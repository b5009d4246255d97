/**
 * applyEdits: every kind of edit, checked against figures computed by hand or against the edited
 * framework written out in full and scored with score(); inputs never changed; every problem with
 * the path of its edit.
 */
import { describe, expect, it } from 'vitest';
import { ChisoError, score, type FrameworkInput } from '../../../src/index.js';
import { addNode, applyEdits, dropNode, excludeUnit, scaleValues, setAggregation, setMissing, setNormalisation, setUnitValues, setValue, setWeight } from '../../../src/analysis/index.js';
import { multiplyDecimalTexts } from '../../../src/analysis/scenario/apply-edits.js';
import { deepFreeze, flat, flatData, nested, nestedData } from './fixtures.js';

function scoresOf(framework: unknown, dataset: unknown, node = 'index'): Record<string, string | null | undefined> {
  const result = score(framework, dataset);
  return Object.fromEntries(result.units.map((unit) => [unit.id, unit.nodes[node]?.score]));
}

function ranksOf(framework: unknown, dataset: unknown, node = 'index'): Record<string, number | null | undefined> {
  const result = score(framework, dataset);
  return Object.fromEntries(result.units.map((unit) => [unit.id, unit.nodes[node]?.rank]));
}

function problemsOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.map((entry) => ({ path: entry.path.join('.'), message: entry.message }));
    throw error;
  }
  throw new Error('expected a ChisoError');
}

describe('applyEdits: the figures', () => {
  it('the base scores are the hand-computed ones (the fixture is what the tests below assume)', () => {
    expect(scoresOf(flat, flatData)).toEqual({ U1: '50', U2: '55', U3: '37.5' });
  });

  it('set-weight: a weight of 3 for "a" gives (3a + b + 2c) / 6 — by hand U1 60, U2 50, U3 45', () => {
    const edited = applyEdits(flat, flatData, [setWeight('a', 3)]);
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ U1: '60', U2: '50', U3: '45' });
  });

  it('drop: without "c" the index is (a + b) / 2 — by hand U1 50, U2 50, U3 55, and U1 and U2 tie', () => {
    const edited = applyEdits(flat, flatData, [dropNode('c')]);
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ U1: '50', U2: '50', U3: '55' });
    expect(ranksOf(edited.framework, edited.dataset)).toEqual({ U1: 2, U2: 2, U3: 1 });
    // the column left the dataset with the indicator
    expect(edited.dataset.units.every((unit) => !Object.hasOwn(unit.values, 'c'))).toBe(true);
  });

  it('drop of an indicator others divide by keeps its values as a variable — by hand HN 0.775, HP 0.7, DN 0.375', () => {
    const edited = applyEdits(nested, nestedData, [dropNode('pop')]);
    expect(edited.framework.variables.map((variable) => variable.id)).toEqual(['pop']);
    // phones per 100 of pop: HN 80, HP 90, DN 50 → minmax 0.75, 1, 0; p1 0.8, 0.4, 0.75; index the mean
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ HN: '0.775', HP: '0.7', DN: '0.375' });
  });

  it('drop of a pillar equals the framework written without it', () => {
    const edited = applyEdits(nested, nestedData, [dropNode('p2')]);
    const written: FrameworkInput = { id: 'nested', name: 'Nested', scale: 1, root: { kind: 'aggregate', id: 'index', children: [
      { kind: 'aggregate', id: 'p1', children: [
        { kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
        { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
      ] },
    ] } };
    const data = { units: [{ id: 'HN', values: { a: 90, b: 70 } }, { id: 'HP', values: { a: 50, b: 30 } }, { id: 'DN', values: { a: 70, b: 80 } }] };
    expect(scoresOf(edited.framework, edited.dataset)).toEqual(scoresOf(written, data));
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ HN: '0.8', HP: '0.4', DN: '0.75' });
  });

  it('set-normalisation: "c" by min–max over the units (2, 5, 6 → 0, 0.75, 1) — by hand U1 61.25, U2 75, U3 27.5', () => {
    const edited = applyEdits(flat, flatData, [setNormalisation('c', { method: 'minmax' })]);
    // U1 (0.8 + 0.2 + 2 × 0.75) / 4 = 0.625; U2 (0.4 + 0.6 + 2) / 4 = 0.75; U3 (0.6 + 0.5 + 0) / 4 = 0.275
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ U1: '62.5', U2: '75', U3: '27.5' });
  });

  it('set-aggregation: the minimum of the children — by hand U1 20, U2 40, U3 20', () => {
    const edited = applyEdits(flat, flatData, [setAggregation('index', { method: 'minimum' })]);
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ U1: '20', U2: '40', U3: '20' });
  });

  it('set-missing and set-value null: a gap re-weighted — U1 without "a" is (0.2 + 1) / 3 = 40', () => {
    const edited = applyEdits(flat, flatData, [setMissing('index', { policy: 'reweight' }), setValue('U1', 'a', null)]);
    expect(scoresOf(edited.framework, edited.dataset).U1).toBe('40');
    expect(edited.framework.root.missing).toEqual({ policy: 'reweight', minShare: 0, basis: 'count' });
  });

  it('set-value: one cell — U3 with a = 100 is (1 + 0.5 + 0.4) / 4 = 47.5', () => {
    const edited = applyEdits(flat, flatData, [setValue('U3', 'a', 100)]);
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ U1: '50', U2: '55', U3: '47.5' });
  });

  it('set-unit-values: a profile — U3 with a = 100 and b = "70" is (1 + 0.7 + 0.4) / 4 = 52.5; keys not given are kept', () => {
    const edited = applyEdits(flat, flatData, [setUnitValues('U3', { a: 100, b: '70' })]);
    expect(scoresOf(edited.framework, edited.dataset).U3).toBe('52.5');
    expect(edited.dataset.units[2]?.values.c).toBe(2);
  });

  it('scale-values: a column multiplied exactly (0.1 × 3 is 0.3, not 0.30000000000000004)', () => {
    const edited = applyEdits(flat, flatData, [scaleValues('a', 0.5)]);
    expect(edited.dataset.units.map((unit) => unit.values.a)).toEqual(['40', '20', '30']);
    // U1 (0.4 + 0.2 + 1) / 4 = 40; U2 (0.2 + 0.6 + 1.2) / 4 = 50; U3 (0.3 + 0.5 + 0.4) / 4 = 30
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ U1: '40', U2: '50', U3: '30' });
    expect(multiplyDecimalTexts('0.1', '3')).toBe('0.3');
    expect(multiplyDecimalTexts('-1.25e-3', '4')).toBe('-0.005');
    expect(multiplyDecimalTexts('123', '1e3')).toBe('123000');
    expect(multiplyDecimalTexts('7', '0')).toBe('0');
  });

  it('exclude-unit: scored, not ranked, and the others ranked without it', () => {
    const edited = applyEdits(flat, flatData, [excludeUnit('U2')]);
    const result = score(edited.framework, edited.dataset);
    expect(result.units.map((unit) => unit.nodes.index?.rank)).toEqual([1, null, 2]);
    expect(result.units[1]?.nodes.index?.score).toBe('55');
  });

  it('add: an indicator with its values given, equal to the framework written with it', () => {
    const edited = applyEdits(flat, flatData, [addNode('index', { kind: 'indicator', id: 'd', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }, { U1: { d: 100 }, U2: { d: 0 }, U3: { d: 50 } })]);
    // U1 (0.8 + 0.2 + 1 + 1) / 5 = 60; U2 (0.4 + 0.6 + 1.2 + 0) / 5 = 44; U3 (0.6 + 0.5 + 0.4 + 0.5) / 5 = 40
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ U1: '60', U2: '44', U3: '40' });
  });

  it('add: values for the added indicator may already be in the dataset (a column the base framework does not use)', () => {
    const data = { units: flatData.units.map((unit, index) => ({ ...unit, values: { ...unit.values, d: [100, 0, 50][index] } })) };
    const edited = applyEdits(flat, data, [addNode('index', { kind: 'indicator', id: 'd', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }, { U2: { d: 10 } })]);
    // given values win: U2 (0.4 + 0.6 + 1.2 + 0.1) / 5 = 46
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ U1: '60', U2: '46', U3: '40' });
  });

  it('edits apply in order: a node added, then weighed', () => {
    const edited = applyEdits(flat, flatData, [
      addNode('index', { kind: 'aggregate', id: 'extra', children: [{ kind: 'indicator', id: 'd', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }] }, { U1: { d: 100 }, U2: { d: 0 }, U3: { d: 50 } }),
      setWeight('extra', 0),
    ]);
    expect(scoresOf(edited.framework, edited.dataset)).toEqual({ U1: '50', U2: '55', U3: '37.5' });
  });

  it('an empty list of edits gives the base model', () => {
    const edited = applyEdits(flat, flatData, []);
    expect(score(edited.framework, edited.dataset)).toEqual(score(flat, flatData));
  });
});

describe('applyEdits never changes its inputs', () => {
  it('deep-frozen framework, dataset and edits: every kind of edit applies, and the inputs read the same after', () => {
    const framework = deepFreeze(structuredClone(nested));
    const dataset = deepFreeze(structuredClone({ ...nestedData, units: nestedData.units.map((unit, index) => ({ ...unit, values: { ...unit.values, e: 10 * (index + 1) } })) }));
    const before = JSON.stringify([framework, dataset]);
    const edits = deepFreeze([
      setWeight('a', 2),
      setNormalisation('b', { method: 'minmax' }),
      setAggregation('p1', { method: 'minimum' }),
      setMissing('p1', { policy: 'reweight' }),
      addNode('p1', { kind: 'indicator', id: 'e', unit: 'score', normalisation: { method: 'minmax' } }),
      dropNode('pop'),
      excludeUnit('DN'),
      setValue('HN', 'a', 95),
      scaleValues('b', 0.5),
      setUnitValues('HP', { a: 55, phones: 150 }),
    ]);
    const edited = applyEdits(framework, dataset, edits);
    expect(JSON.stringify([framework, dataset])).toBe(before);
    expect(edited.framework.root).not.toBe(framework.root);
    expect(score(edited.framework, edited.dataset).units.map((unit) => unit.nodes.index?.rank)).toEqual([1, 2, null]);
  });
});

describe('applyEdits: every problem with the path of its edit', () => {
  it('unknown nodes and units, with the id probably meant; the top index dropped; a node of the wrong kind', () => {
    expect(problemsOf(() => applyEdits(flat, flatData, [setWeight('aa', 2), setValue('U9', 'a', 1), dropNode('index'), setNormalisation('index', { method: 'minmax' }), setAggregation('a', { method: 'mean' }), setValue('U1', 'index', 1)]))).toEqual([
      { path: 'edits.0.node', message: 'there is no node "aa" in framework "flat" — did you mean "a"?' },
      { path: 'edits.1.unit', message: 'there is no unit "U9" in the dataset — did you mean "U1"?' },
      { path: 'edits.2.node', message: '"index" is the top index and cannot be dropped' },
      { path: 'edits.3.indicator', message: '"index" is an aggregate; a set-normalisation edit needs an indicator' },
      { path: 'edits.4.node', message: '"a" is an indicator; a set-aggregation edit needs an aggregate' },
      { path: 'edits.5.indicator', message: '"index" is an aggregate: its score comes from its children, it has no values of its own' },
    ]);
  });

  it('a misspelt id of an indicator names the indicator meant', () => {
    expect(problemsOf(() => applyEdits(nested, nestedData, [scaleValues('phone', 2)]))).toEqual([
      { path: 'edits.0.indicator', message: 'there is no indicator or variable "phone" in framework "nested" — did you mean "phones"?' },
    ]);
  });

  it('weights that are negative, NaN or infinite are refused at the edit', () => {
    const problems = problemsOf(() => applyEdits(flat, flatData, [setWeight('a', -1), setWeight('b', Number.NaN), setWeight('c', Number.POSITIVE_INFINITY)]));
    expect(problems.map((entry) => entry.path)).toEqual(['edits.0.weight', 'edits.1.weight', 'edits.2.weight']);
    expect(problems[0]?.message).toBe('weight -1 is negative: expected a weight of 0 or more');
    expect(problems[1]?.message).toBe('NaN is not a weight: expected a finite number of 0 or more');
  });

  it('a misspelt kind or method gets a did-you-mean', () => {
    const problems = problemsOf(() => applyEdits(flat, flatData, [{ kind: 'set-weigth', node: 'a', weight: 1 }, { kind: 'set-normalisation', indicator: 'a', normalisation: { method: 'minmx' } }] as never));
    expect(problems.map((entry) => entry.path)).toEqual(['edits.0.kind', 'edits.1.normalisation.method']);
    expect(problems[0]?.message).toContain('did you mean "set-weight"?');
    expect(problems[1]?.message).toContain('did you mean "minmax"?');
  });

  it('the last child of an aggregate cannot be dropped', () => {
    const framework = { ...flat, root: { ...flat.root, children: [flat.root.children[0], { kind: 'aggregate', id: 'p', children: [flat.root.children[1]] }] } };
    const data = { units: flatData.units.map((unit) => ({ id: unit.id, values: { a: unit.values.a, b: unit.values.b } })) };
    expect(problemsOf(() => applyEdits(framework, data, [dropNode('b')]))).toEqual([
      { path: 'edits.0.node', message: '"b" is the only child of "p": dropping it would leave "p" empty (drop "p" instead)' },
    ]);
  });

  it('every weight of an aggregate set to 0 is refused at the edit that did it', () => {
    expect(problemsOf(() => applyEdits(flat, flatData, [setWeight('a', 0), setWeight('b', 0), setWeight('c', 0)]))).toEqual([
      { path: 'edits.2.weight', message: 'every child of "index" has weight 0, so its score is undefined' },
    ]);
  });

  it('what the edited model breaks is found by validation and named at the edit: a value out of range, a new "fail" policy meeting a gap', () => {
    expect(problemsOf(() => applyEdits(flat, flatData, [setValue('U1', 'a', 120)]))).toEqual([
      { path: 'edits.0.value', message: 'unit "U1", indicator "a": 120 is above the maximum 100 (percent)' },
    ]);
    expect(problemsOf(() => applyEdits(flat, flatData, [setUnitValues('U2', { b: -5 })]))[0]?.path).toBe('edits.0.values.b');
    expect(problemsOf(() => applyEdits(flat, flatData, [scaleValues('a', 2)])).map((entry) => entry.path)).toEqual(['edits.0.factor', 'edits.0.factor']);
    expect(problemsOf(() => applyEdits(nested, { units: [...nestedData.units.slice(0, 2), { id: 'DN', values: { a: 70, b: 80, pop: 400 } }] }, [setMissing('p2', { policy: 'fail' })]))).toEqual([
      { path: 'edits.0.missing', message: 'unit "DN": indicator "phones" is missing and its parent\'s missing-data policy is "fail"' },
    ]);
  });

  it('an added node: an id already used, values for a unit or an indicator that is not there, a gap under "fail"', () => {
    const indicator = { kind: 'indicator' as const, id: 'b', unit: 'percent' as const, normalisation: { method: 'minmax' as const } };
    expect(problemsOf(() => applyEdits(flat, flatData, [addNode('index', indicator)]))).toEqual([
      { path: 'edits.0.node.id', message: 'framework "flat" already has a node "b": an added node needs an id of its own' },
    ]);
    const fresh = { ...indicator, id: 'd' };
    expect(problemsOf(() => applyEdits(flat, flatData, [addNode('index', fresh, { U7: { d: 1 }, U1: { dd: 1 } })]))).toEqual([
      { path: 'edits.0.values.U7', message: 'there is no unit "U7" in the dataset — did you mean "U1"?' },
      { path: 'edits.0.values.U1.dd', message: '"dd" is not an indicator of the added node "d" — did you mean "d"?' },
    ]);
    expect(problemsOf(() => applyEdits(flat, flatData, [addNode('index', fresh, { U1: { d: 1 } })])).map((entry) => entry.path)).toEqual(['edits.0.node', 'edits.0.node']);
  });

  it('a problem inside an added subtree is named inside the edit: edits[0].node.children[1].id', () => {
    const indicator = (id: string) => ({ kind: 'indicator' as const, id, unit: 'percent' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } });
    const problems = problemsOf(() => applyEdits(flat, flatData, [addNode('index', { kind: 'aggregate', id: 'extra', children: [indicator('d'), indicator('d')] }, { U1: { d: 1 }, U2: { d: 2 }, U3: { d: 3 } })]));
    expect(problems.map((entry) => entry.path)).toEqual(['edits.0.node.children.1.id']);
    expect(problems[0]?.message).toContain('the id "d" is already used');
  });

  it('options and edits that are not a list are refused plainly', () => {
    expect(() => applyEdits(flat, flatData, [], { locale: 'fr' } as never)).toThrow(RangeError);
    expect(problemsOf(() => applyEdits(flat, flatData, { kind: 'drop', node: 'a' } as never))).toEqual([
      { path: 'edits', message: 'the edits are an object; expected a list of edits such as { "kind": "set-weight", "node": "economy", "weight": 2 }' },
    ]);
  });
});
