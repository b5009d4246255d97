/**
 * The fast engine against the exact one (`score()`, source of truth: its exact rational / 40-digit
 * figures) on the built-in frameworks with their bundled example data, and each kind of override
 * against scoring the edited framework with `score()`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinFramework, ChisoError, datasetFromCsv, desi2022, score, type DatasetInput, type FrameworkInput } from '../../../src/index.js';
import { fastModel } from '../../../src/engine/fast/model.js';
import { goalposts } from '../../../src/methods/normalise/goalposts.js';
import { mean } from '../../../src/methods/aggregate/mean.js';
import type { NormaliseMethod } from '../../../src/methods/normalise/types.js';
import type { AggregateMethod } from '../../../src/methods/aggregate/types.js';
import { disagreements } from './agreement.js';

const desiData = datasetFromCsv(readFileSync(new URL('../../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));
const json = (path: string): DatasetInput => JSON.parse(readFileSync(new URL(`../../../examples/data/${path}`, import.meta.url), 'utf8')) as DatasetInput;

/** A deep copy of a framework written in TypeScript, to edit. */
function copy<T>(value: T): T {
  return structuredClone(value);
}

interface NodeInput {
  id: string;
  kind: string;
  weight?: number;
  children?: NodeInput[];
  [key: string]: unknown;
}

/** The node with this id in a framework input, and its parent. */
function find(framework: FrameworkInput, id: string): { node: NodeInput; parent: NodeInput | null } {
  const visit = (node: NodeInput, parent: NodeInput | null): { node: NodeInput; parent: NodeInput | null } | null => {
    if (node.id === id) return { node, parent };
    for (const child of node.children ?? []) {
      const found = visit(child, node);
      if (found !== null) return found;
    }
    return null;
  };
  const found = visit(framework.root as unknown as NodeInput, null);
  if (found === null) throw new Error(`no node ${id}`);
  return found;
}

describe('fastModel on the built-in frameworks and their example data', () => {
  const cases: [string, FrameworkInput, DatasetInput][] = [
    ['desi-2022', desi2022, desiData],
    ['vn-dti-2022 2022', builtinFramework('vn-dti-2022') as FrameworkInput, json('vn-dti-2022/2022.json')],
    ['vn-dti-2022 2023', builtinFramework('vn-dti-2022') as FrameworkInput, json('vn-dti-2022/2023.json')],
    ['readiness 2022', builtinFramework('readiness') as FrameworkInput, json('readiness/2022.json')],
    ['readiness 2023', builtinFramework('readiness') as FrameworkInput, json('readiness/2023.json')],
  ];
  for (const [name, framework, data] of cases) {
    it(`${name}: every node's scores within 1e-12 of score(), the same units present, ranks equal beyond near-ties`, () => {
      const model = fastModel(framework, data);
      expect(model.base.ok).toBe(true);
      expect(disagreements(model, model.base, score(framework, data))).toEqual([]);
    });
  }
});

describe('overrides equal scoring the edited framework with score()', () => {
  const model = fastModel(desi2022, desiData);

  it('a weight changed (a dimension and an indicator)', () => {
    const edited = copy(desi2022) as unknown as FrameworkInput;
    find(edited, 'dim1').node.weight = 3;
    find(edited, '1a2').node.weight = 0.5;
    const run = model.run({ weights: { dim1: 3, '1a2': 0.5 } });
    expect(disagreements(model, run, score(edited, desiData))).toEqual([]);
  });

  it('the same weights as a weight vector', () => {
    const edited = copy(desi2022) as unknown as FrameworkInput;
    find(edited, 'dim1').node.weight = 3;
    const weights = model.weights();
    weights[model.nodeIndex('dim1')] = 3;
    expect(disagreements(model, model.run({ weightVector: weights }), score(edited, desiData))).toEqual([]);
  });

  it('methods changed: an indicator to min–max and to z-scores, a sub-dimension to a geometric mean', () => {
    const edited = copy(desi2022) as unknown as FrameworkInput;
    find(edited, '1a1').node.normalisation = { method: 'minmax' };
    find(edited, '2a1').node.normalisation = { method: 'zscore' };
    find(edited, 'sub1a').node.aggregation = { method: 'geometric', shift: 1 };
    const run = model.run({ normalisations: { '1a1': { method: 'minmax', clip: false }, '2a1': { method: 'zscore' } }, aggregations: { sub1a: { method: 'geometric', shift: 1 } } });
    expect(run.ok).toBe(true);
    expect(disagreements(model, run, score(edited, desiData))).toEqual([]);
  });

  it('a node dropped (an indicator and a whole sub-dimension)', () => {
    const edited = copy(desi2022) as unknown as FrameworkInput;
    for (const id of ['1a2', 'sub1b']) {
      const { node, parent } = find(edited, id);
      if (parent?.children) parent.children = parent.children.filter((child) => child !== node);
    }
    const run = model.run({ drop: ['1a2', 'sub1b'] });
    const gone = new Set(['1a2', '1b1', '1b2', '1b3', '1b4']);
    const editedData = { units: desiData.units.map((unit) => ({ ...unit, values: Object.fromEntries(Object.entries(unit.values).filter(([key]) => !gone.has(key))) })) };
    expect(disagreements(model, run, score(edited, editedData))).toEqual([]);
    expect(Array.from(run.present('1a2')).every((flag) => flag === 0)).toBe(true);
    expect(Array.from(run.ranks('1b1')).every((rank) => rank === 0)).toBe(true);
  });

  it('a unit excluded: ranks without it and min–max references without it', () => {
    const edited = copy(desi2022) as unknown as FrameworkInput & { ranking: { exclude: string[] } };
    edited.ranking.exclude = [...edited.ranking.exclude, 'FI'];
    find(edited, '1a1').node.normalisation = { method: 'minmax' };
    const withMinmax = copy(desi2022) as unknown as FrameworkInput;
    find(withMinmax, '1a1').node.normalisation = { method: 'minmax' };
    const run = fastModel(withMinmax, desiData).run({ exclude: ['FI'] });
    const fiRanks = run.ranks('desi')[model.unitIds.indexOf('FI')];
    expect(fiRanks).toBe(0);
    expect(disagreements(model, run, score(edited, desiData))).toEqual([]);
  });

  it('values replaced (NaN is missing) and a missing-data policy changed', () => {
    const values = new Float64Array(model.unitIds.length).fill(0.5);
    values[0] = Number.NaN;
    const editedData = { units: desiData.units.map((unit, index) => ({ ...unit, values: { ...unit.values, '1a1': index === 0 ? null : 0.5 } })) };
    const edited = copy(desi2022) as unknown as FrameworkInput;
    find(edited, 'sub1a').node.missing = { policy: 'reweight' };
    const run = model.run({ values: { '1a1': values }, missing: { sub1a: { policy: 'reweight' } } });
    expect(run.ok).toBe(true);
    expect(disagreements(model, run, score(edited, editedData))).toEqual([]);
    // under the framework's own policy ("fail"), the gap stops the run, naming the unit
    const failing = model.run({ values: { '1a1': values } });
    expect(failing.ok).toBe(false);
    expect(failing.problems[0]?.message).toContain(model.unitIds[0]);
  });
});

describe('weights at the ends of float64 (review: valid for score(), silently wrong in doubles before)', () => {
  // Source of truth: score() (exact). Before the fix, weights of 1e308 summed to Infinity (every
  // score 0, run.ok true) and weights of 5e-324 times a value underflowed to 0 (scores 0 or 1; a
  // geometric mean of e^-1 for every unit).
  for (const method of ['mean', 'geometric', 'harmonic', 'sum']) {
    for (const weight of [1e308, Number.MAX_VALUE, 5e-324, 1e-310, 1e-200]) {
      it(`${method}: both children of an aggregate weighing ${weight}, in the framework and as a run's override`, () => {
        const edited = copy(desi2022) as unknown as FrameworkInput;
        const dimension = find(edited, 'dim1').node;
        dimension.aggregation = { method };
        for (const child of dimension.children ?? []) child.weight = weight;
        const exact = score(edited, desiData);
        const model = fastModel(edited, desiData);
        expect(model.base.ok).toBe(true);
        expect(disagreements(model, model.base, exact)).toEqual([]);
        const plain = copy(desi2022) as unknown as FrameworkInput;
        find(plain, 'dim1').node.aggregation = { method };
        const base = fastModel(plain, desiData);
        const weights = Object.fromEntries((find(plain, 'dim1').node.children ?? []).map((child) => [child.id, weight]));
        const run = base.run({ weights });
        expect(run.ok).toBe(true);
        expect(disagreements(base, run, exact)).toEqual([]);
      });
    }
  }
});

describe('values beyond float64 (review: valid for score(), silently missing in the fast engine before)', () => {
  it('a decimal text above 1.8e308 is a ChisoError naming the unit, the indicator and the value, not a missing value', () => {
    const framework: FrameworkInput = {
      id: 'big',
      name: 'Big',
      root: { kind: 'aggregate', id: 'index', children: ['x', 'y'].map((id) => ({ kind: 'indicator' as const, id, unit: 'count' as const, normalisation: { method: 'minmax' as const } })) },
    };
    const data: DatasetInput = { units: [{ id: 'A', values: { x: '1e309', y: 1 } }, { id: 'B', values: { x: 1, y: 2 } }, { id: 'C', values: { x: 2, y: 3 } }] };
    // score() computes it exactly: A = (1 + 0) / 2
    expect(score(framework, data).units[0]?.nodes.index?.score).toBe('0.5');
    let caught: unknown;
    try {
      fastModel(framework, data);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChisoError);
    expect((caught as ChisoError).issues).toEqual([expect.objectContaining({ code: 'out_of_range', path: ['units', 0, 'values', 'x'], message: expect.stringMatching(/^unit "A", "x": "1e309" does not fit in a float64 number/) })]);
  });
});

describe('reference values spanning float64 (review: every z-score or min–max score a silent 0 before)', () => {
  it('min–max and z-scores over values from -1.7e308 to 1.7e308 are a problem of the run naming the indicator, not scores of 0', () => {
    for (const method of ['minmax', 'zscore'] as const) {
      const framework: FrameworkInput = {
        id: 'span',
        name: 'Span',
        root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'index', normalisation: { method } }, { kind: 'indicator', id: 'y', unit: 'index', normalisation: { method: 'minmax' } }] },
      };
      const data: DatasetInput = { units: [{ id: 'A', values: { x: 1.7e308, y: 1 } }, { id: 'B', values: { x: -1.7e308, y: 2 } }, { id: 'C', values: { x: 0, y: 3 } }] };
      // score() computes them exactly: x of A is 1 in both methods
      expect(score(framework, data).units[0]?.nodes.x?.score).toBe('1');
      const run = fastModel(framework, data).base;
      expect(run.ok).toBe(false);
      expect(run.problems).toContainEqual(expect.objectContaining({ code: 'undefined_computation', path: ['root', 'children', 0, 'normalisation'], message: expect.stringMatching(/^indicator "x" \((minmax|zscore)\): .*(beyond float64|overflow float64)/) }));
    }
  });
});

describe('the incremental rerun', () => {
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

  it('weight-only overrides renormalise nothing; a normalisation override prepares one indicator', () => {
    const { method, prepared } = counting();
    const model = fastModel(desi2022, desiData, { methods: { normalise: { goalposts: method } } });
    const afterBase = prepared();
    expect(afterBase).toBe(33); // every DESI indicator uses goalposts
    model.run({ weights: { dim2: 2, '1a1': 1 } });
    const weights = model.weights();
    weights[model.nodeIndex('sub4a')] = 7;
    model.run({ weightVector: weights });
    expect(prepared()).toBe(afterBase);
    model.run({ normalisations: { '1a1': { method: 'goalposts', min: 0, max: 2, clip: false } } });
    expect(prepared()).toBe(afterBase + 1);
  });

  it('columns not reached by an edit are the base run\'s; the base run is never changed', () => {
    const model = fastModel(desi2022, desiData);
    const before = model.base.scores('desi');
    const untouched = model.base.scores('dim4');
    const run = model.run({ weights: { '1a1': 5 } });
    expect(run.scores('dim4')).toEqual(untouched);
    expect(run.scores('desi')).not.toEqual(before);
    // what a caller does to the arrays it is given changes nothing in the model
    run.scores('desi').fill(0);
    model.base.scores('desi').fill(0);
    model.base.ranks('desi').fill(0);
    expect(model.base.scores('desi')).toEqual(before);
    expect(model.run().scores('desi')).toEqual(before);
    expect(model.base.ranks('desi')[model.unitIds.indexOf('FI')]).toBe(1);
  });

  it('a run keeps its columns after later runs', () => {
    const model = fastModel(desi2022, desiData);
    const first = model.run({ weights: { dim1: 2 } });
    const kept = first.scores('desi');
    model.run({ weights: { dim1: 9 } });
    model.run({ normalisations: { '1a1': { method: 'minmax', clip: false } } });
    expect(first.scores('desi')).toEqual(kept);
  });
});

describe('mistakes are said plainly', () => {
  const model = fastModel(desi2022, desiData);

  it('an unknown node id is a RangeError naming it', () => {
    expect(() => model.run({ weights: { dimm1: 2 } })).toThrow(/"dimm1".*did you mean "dim1"/);
    expect(() => model.run({ weights: { dimm1: 2 } })).toThrow(RangeError);
    expect(() => model.run({ drop: ['nope'] })).toThrow(RangeError);
    expect(() => model.base.scores('nope')).toThrow(/"nope"/);
    expect(() => model.nodeIndex('nope')).toThrow(RangeError);
    expect(() => model.run({ exclude: ['XX'] })).toThrow(/"XX"/);
  });

  it('an unknown option, a bad weight, a normalisation on an aggregate, values of the wrong length', () => {
    expect(() => model.run({ weight: {} } as never)).toThrow(TypeError);
    expect(() => model.run({ weights: { dim1: -1 } })).toThrow(RangeError);
    expect(() => model.run({ weights: { dim1: Number.NaN } })).toThrow(RangeError);
    expect(() => model.run({ normalisations: { dim1: { method: 'minmax', clip: false } } })).toThrow(/aggregate/);
    expect(() => model.run({ normalisations: { '1a1': { method: 'goalposts', min: 1, max: 0, clip: false } } })).toThrow(/max > min/);
    expect(() => model.run({ values: { '1a1': new Float64Array(2) } })).toThrow(TypeError);
    expect(() => model.run({ weightVector: new Float64Array(3) })).toThrow(TypeError);
    expect(() => model.run({ drop: ['desi'] })).toThrow(/top index/);
  });

  it('a method of your own runs when it has a float form, and is a TypeError naming it when it has none', () => {
    const halved: AggregateMethod = {
      ...(mean as unknown as AggregateMethod),
      prepareFloat: () => (input) => {
        (mean.prepareFloat as NonNullable<AggregateMethod['prepareFloat']>)({ method: 'mean' })(input);
        input.out.forEach((value, index) => {
          input.out[index] = value / 2;
        });
      },
    };
    const own = fastModel(desi2022, desiData, { methods: { aggregate: { mean: halved } } });
    const fi = own.unitIds.indexOf('FI');
    // three levels of aggregates (sub-dimension, dimension, index), each halved: 69.6 / 8
    expect(own.base.scores('desi')[fi]).toBeCloseTo((model.base.scores('desi')[fi] as number) / 8, 10);
    const { prepareFloat: _dropped, ...withoutFloat } = goalposts as unknown as NormaliseMethod;
    expect(() => fastModel(desi2022, desiData, { methods: { normalise: { goalposts: withoutFloat } } })).toThrow(TypeError);
    expect(() => fastModel(desi2022, desiData, { methods: { normalise: { goalposts: withoutFloat } } })).toThrow(/"goalposts".*prepareFloat/);
  });
});
