/**
 * The samplers against their definitions. Source of truth for weight noise: COINr 1.1.14's
 * `get_noisy_weights` (R/sensitivity.R): `wnoise <- (runif(length(wts))*2 - 1) * NoiseFactor * wts;
 * wts <- wts + wnoise`, i.e. w · (1 + u), u ~ U(−x, x), independently per weight.
 */
import { describe, expect, it } from 'vitest';
import { createRandom, drawOverrides, fastModel, overrideDrawer, prepareSources, sensitivityMeasure, sourceInputs, uncertainty, type FastModel, type UncertainModel, type UncertaintySource } from '../../../src/analysis/index.js';
import { ChisoError } from '../../../src/index.js';
import { pairModel, pillarsModel, PILLARS_DATA, PILLARS_FRAMEWORK } from './fixtures.js';

describe('uniform weight noise (COINr get_noisy_weights)', () => {
  it('draws w · (1 + (2·float − 1) · x) per weight, in framework order, from the run\u2019s stream', () => {
    const model = pillarsModel();
    const prepared = prepareSources(model, [{ kind: 'weights', noise: 0.25 }]);
    const overrides = drawOverrides(prepared, createRandom(7, 3));
    const replay = createRandom(7, 3);
    // Aggregates in framework order (index, same, split), each one's children in order.
    const expected = Object.fromEntries(['same', 'split', 's1', 's2', 'p1', 'p2'].map((id) => [id, 1 * (1 + (replay.float() * 2 - 1) * 0.25)]));
    expect({ ...overrides.weights }).toEqual(expected);
  });

  it('stays within ±x of nominal, with mean nominal (statistically)', () => {
    const model = pairModel();
    const prepared = prepareSources(model, [{ kind: 'weights', noise: 0.3 }]);
    const runs = 4000;
    let sum = 0;
    let smallest = Infinity;
    let largest = -Infinity;
    for (let run = 0; run < runs; run += 1) {
      const weight = drawOverrides(prepared, createRandom(11, run)).weights?.x ?? Number.NaN;
      sum += weight;
      smallest = Math.min(smallest, weight);
      largest = Math.max(largest, weight);
    }
    expect(smallest).toBeGreaterThanOrEqual(0.7);
    expect(largest).toBeLessThanOrEqual(1.3);
    // The range is nearly filled: the expected gap at each end is 0.6 / 4001 ≈ 1.5e-4.
    expect(smallest).toBeLessThan(0.702);
    expect(largest).toBeGreaterThan(1.298);
    // Mean 1, standard error 0.3 / √3 / √4000 ≈ 0.0027: four standard errors is 0.011.
    expect(Math.abs(sum / runs - 1)).toBeLessThan(0.011);
  });
});

describe('other sources', () => {
  it('Dirichlet weights keep the nominal sum and have the nominal shares on average', () => {
    const model = pillarsModel();
    const prepared = prepareSources(model, [{ kind: 'weights', distribution: 'dirichlet', concentration: 50, aggregates: ['split'] }]);
    let shareOfP1 = 0;
    const runs = 2000;
    for (let run = 0; run < runs; run += 1) {
      const weights = drawOverrides(prepared, createRandom(3, run)).weights ?? {};
      expect((weights.p1 ?? 0) + (weights.p2 ?? 0)).toBeCloseTo(2, 12);
      shareOfP1 += (weights.p1 ?? 0) / 2;
    }
    // Share ~ Beta(25, 25): sd √(0.25 / 51) ≈ 0.07; standard error of the mean 0.0016; tolerance 4 of them.
    expect(Math.abs(shareOfP1 / runs - 0.5)).toBeLessThan(0.0064);
  });

  it('discrete choices follow their probabilities, together or each', () => {
    const model = pillarsModel();
    const together = prepareSources(model, [{ kind: 'normalisation', alternatives: [{ method: 'identity' }, { method: 'minmax' }], probabilities: [0.25, 0.75] }]);
    let minmax = 0;
    for (let run = 0; run < 2000; run += 1) {
      const chosen = Object.values(drawOverrides(together, createRandom(5, run)).normalisations ?? {}).map((method) => method.method);
      expect(new Set(chosen).size).toBe(1);
      expect(chosen).toHaveLength(4);
      if (chosen[0] === 'minmax') minmax += 1;
    }
    // Binomial(2000, 0.75): sd 19.4; tolerance 4 sd.
    expect(Math.abs(minmax - 1500)).toBeLessThan(78);
    const each = prepareSources(model, [{ kind: 'aggregation', alternatives: [{ method: 'mean' }, { method: 'geometric' }], choice: 'each' }]);
    const methods = new Set<string>();
    for (let run = 0; run < 20; run += 1) methods.add(Object.values(drawOverrides(each, createRandom(5, run)).aggregations ?? {}).map((method) => method.method).join(','));
    expect(methods.size).toBeGreaterThan(2);
  });

  it('exclusion drops exactly count indicators, or each with its probability', () => {
    const model = pillarsModel();
    const byCount = prepareSources(model, [{ kind: 'exclusion', count: 2, indicators: ['s1', 's2', 'p1', 'p2'] }]);
    let failed = 0;
    for (let run = 0; run < 200; run += 1) {
      try {
        const drop = drawOverrides(byCount, createRandom(1, run)).drop ?? [];
        expect(drop).toHaveLength(2);
        expect(new Set(drop).size).toBe(2);
      } catch (error) {
        // Both indicators of one pillar dropped: the pillar has no children left.
        expect(error).toBeInstanceOf(ChisoError);
        expect((error as ChisoError).issues[0]?.message).toMatch(/^every child of "(same|split)" is dropped/);
        failed += 1;
      }
    }
    // P(both of one pillar) = 2 / C(4, 2) = 1/3: Binomial(200, 1/3), sd 6.7; tolerance 4 sd.
    expect(Math.abs(failed - 200 / 3)).toBeLessThan(27);
    const byProbability = prepareSources(model, [{ kind: 'exclusion', probability: 0.2, indicators: ['s1', 'p1'] }]);
    let dropped = 0;
    for (let run = 0; run < 1000; run += 1) dropped += (drawOverrides(byProbability, createRandom(2, run)).drop ?? []).length;
    // Binomial(2000, 0.2): sd 17.9; tolerance 4 sd.
    expect(Math.abs(dropped - 400)).toBeLessThan(72);
  });

  it('data noise multiplies or shifts every value and leaves missing values missing', () => {
    const model = pillarsModel();
    const multiplicative = prepareSources(model, [{ kind: 'data', noise: 'multiplicative', distribution: 'uniform', size: 0.1, indicators: ['p1'] }]);
    const values = drawOverrides(multiplicative, createRandom(9, 0)).values?.p1 ?? new Float64Array(0);
    const replay = createRandom(9, 0);
    expect(Array.from(values)).toEqual([0.9, 0.2, 0.6, 0.35].map((value) => value * (1 + (replay.float() * 2 - 1) * 0.1)));
    const additive = prepareSources(model, [{ kind: 'data', noise: 'additive', distribution: 'normal', size: 0.5, indicators: ['s1'] }]);
    const shifted = drawOverrides(additive, createRandom(9, 0)).values?.s1 ?? new Float64Array(0);
    const normal = createRandom(9, 0);
    // s1 = 0.5, 0.52, 0.48, 0.3: mean 0.45, population sd √0.00755.
    const sd = Math.sqrt(((0.05 ** 2) + (0.07 ** 2) + (0.03 ** 2) + (0.15 ** 2)) / 4);
    [0.5, 0.52, 0.48, 0.3].forEach((value, unit) => expect(shifted[unit]).toBeCloseTo(value + normal.normal(0, 0.5) * sd, 14));
  });

  it('a run whose weights are negative or all zero cannot be computed, and says why', () => {
    const model = pairModel();
    const prepared = prepareSources(model, [{ kind: 'weights', noise: 1.5 }]);
    const reasons = new Set<string>();
    for (let run = 0; run < 50; run += 1) {
      try {
        drawOverrides(prepared, createRandom(1, run));
      } catch (error) {
        expect(error).toBeInstanceOf(ChisoError);
        for (const problem of (error as ChisoError).issues) reasons.add(problem.code);
      }
    }
    expect(reasons).toEqual(new Set(['invalid_weight']));
  });
});

describe('prepareSources', () => {
  it('lists every problem with its path, with did-you-mean for ids', () => {
    const model = pillarsModel();
    let caught: unknown;
    try {
      prepareSources(model, [
        { kind: 'weights', noise: -1, aggregates: ['splt'] },
        { kind: 'exclusion', count: 1, probability: 0.5 },
        { kind: 'normalisation', alternatives: [{ method: 'nope' }] } as never,
        { kind: 'weigths' } as never,
        { kind: 'weights', aggregates: ['same'], nois: 0.1 } as never,
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChisoError);
    const messages = (caught as ChisoError).issues.map((problem) => `${problem.path.join('.')}: ${problem.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^sources\.0\.aggregates\.0: source 0: no aggregate "splt" — did you mean "split"\?/),
      expect.stringMatching(/^sources\.0\.noise: source 0: noise must be a non-negative number/),
      expect.stringMatching(/^sources\.1: source 1: an exclusion source takes exactly one of count/),
      expect.stringMatching(/^sources\.2\.alternatives\.0: source 2: alternative 0/),
      expect.stringMatching(/^sources\.3\.kind: source 3: unknown kind "weigths" — did you mean "weights"\?/),
      expect.stringMatching(/^sources\.4\.nois: source 4: a weights source has no key "nois" — did you mean "noise"\?/),
    ]);
  });

  it('refuses two sources varying the same weights, and data noise on a model without raw values', () => {
    const model = pillarsModel();
    expect(() => prepareSources(model, [{ kind: 'weights' }, { kind: 'weights', aggregates: ['same'] }])).toThrow(/the weights of "same" already varies in source 0/);
    const { rawValues: _rawValues, ...withoutValues } = model;
    expect(() => prepareSources(withoutValues, [{ kind: 'data', noise: 'additive', distribution: 'normal', size: 0.1 }])).toThrow(/data noise needs the model’s raw values/);
  });
});

describe('sourceInputs', () => {
  it('gives one input per weight, grouped as the source says, and maps a point back to weights', () => {
    const model = pillarsModel();
    const one = sourceInputs(prepareSources(model, [{ kind: 'weights', noise: 0.25, aggregates: ['same', 'split'] }]));
    expect(one.factors).toEqual(['weights']);
    expect(one.inputs.map((input) => input.name)).toEqual(['weights:s1', 'weights:s2', 'weights:p1', 'weights:p2']);
    expect(one.toOverrides([0.1, -0.2, 0, 0.25])).toEqual({ weights: Object.assign(Object.create(null), { s1: 1.1, s2: 0.8, p1: 1, p2: 1.25 }) });
    const perAggregate = sourceInputs(prepareSources(model, [{ kind: 'weights', noise: 0.25, aggregates: ['same', 'split'], factors: 'per-aggregate' }]));
    expect(perAggregate.factors).toEqual(['weights:same', 'weights:split']);
    const perItem = sourceInputs(prepareSources(model, [{ kind: 'weights', noise: 0.25, aggregates: ['index'], factors: 'per-item' }, { kind: 'exclusion', probability: 0.1, indicators: ['s1'] }]));
    expect(perItem.factors).toEqual(['weights:same', 'weights:split', 'exclusion']);
    expect(perItem.toOverrides([0, 0, 1]).drop).toEqual(['s1']);
  });

  it('maps draws that are not fixed numbers to a seed input, and refuses splits that do not exist', () => {
    const model = pillarsModel();
    const seeded = sourceInputs(prepareSources(model, [{ kind: 'exclusion', count: 1 }]));
    expect(seeded.inputs).toEqual([{ name: 'exclusion', distribution: 'uniform', min: 0, max: 1 }]);
    expect(seeded.toOverrides([0.3])).toEqual(seeded.toOverrides([0.3]));
    expect(() => sourceInputs(prepareSources(model, [{ kind: 'exclusion', count: 1, factors: 'per-item' }]))).toThrow(/which 1 indicator is dropped is one draw/);
    expect(() => sourceInputs(prepareSources(model, [{ kind: 'weights', distribution: 'dirichlet', concentration: 10, factors: 'per-item' }]))).toThrow(/dependent/);
    expect(() => sourceInputs(prepareSources(model, [{ kind: 'weights', noise: 0 }]))).toThrow(/its noise is 0, so nothing varies/);
  });
});

describe('weights by position (overrideDrawer, runOverrides): the same runs as weights by id', () => {
  // Source of truth: the same model run through the record path (weights by id), which the tests
  // above check against COINr's definition; a FastModel without `weights` takes that path.
  const sourcesList: UncertaintySource[][] = [
    [{ kind: 'weights', noise: 0.25 }],
    [{ kind: 'weights', noise: 1.5 }], // negative weights: failed runs, with their reasons
    [{ kind: 'weights', noise: 0.25, aggregates: ['split'] }, { kind: 'exclusion', count: 1 }], // drops
    [{ kind: 'weights', distribution: 'dirichlet', concentration: 5 }], // weights written by id, folded in
    [{ kind: 'weights', noise: 0.5, aggregates: ['index'] }, { kind: 'weights', distribution: 'dirichlet', concentration: 3, aggregates: ['same', 'split'] }, { kind: 'exclusion', probability: 0.3 }],
  ];
  const byPosition = (): FastModel => fastModel(PILLARS_FRAMEWORK, PILLARS_DATA);
  const byId = (): UncertainModel => {
    const { weights: _weights, ...rest } = byPosition();
    return { ...rest, run: byPosition().run };
  };

  it('gives a FastModel the weight vector path, and any other model the record path', () => {
    expect(prepareSources(byPosition(), [{ kind: 'weights' }]).byPosition).not.toBeNull();
    expect(prepareSources(byId(), [{ kind: 'weights' }]).byPosition).toBeNull();
    expect(prepareSources(pillarsModel(), [{ kind: 'weights' }]).byPosition).toBeNull();
    const prepared = prepareSources(byPosition(), [{ kind: 'weights', noise: 0.25 }]);
    const overrides = overrideDrawer(prepared)(createRandom(7, 3));
    const vector = overrides.weightVector ?? new Float64Array(0);
    const model = byPosition();
    const expected = drawOverrides(prepared, createRandom(7, 3)).weights ?? {};
    for (const [id, weight] of Object.entries(expected)) expect(vector[model.nodeIndex(id)]).toBe(weight);
    expect(vector[model.nodeIndex('index')]).toBe(1); // not drawn: nominal
  });

  it.each(sourcesList.map((sources, index) => [index, sources] as const))('uncertainty: identical results (sources %i)', async (index, sources) => {
    const options = { sources, runs: 60, seed: 11 };
    const fast = await uncertainty(byPosition(), options);
    const slow = await uncertainty(byId(), options);
    if (index === 1) expect(fast.status.failed).toBeGreaterThan(0);
    expect(fast.status.ok).toBeGreaterThan(0);
    expect(Array.from(fast.ranks)).toEqual(Array.from(slow.ranks));
    expect(fast.status).toEqual(slow.status);
    expect(fast.failures).toEqual(slow.failures);
    expect(fast.units).toEqual(slow.units);
  });

  it('Sobol\u2019 runs: runOverrides gives the outputs toOverrides gives', () => {
    const sources: UncertaintySource[] = [{ kind: 'weights', noise: 0.25, factors: 'per-aggregate' }, { kind: 'exclusion', probability: 0.2, indicators: ['s1', 'p2'] }];
    const fast = sensitivityMeasure(byPosition(), { sources, output: { kind: 'mean-rank-shift' }, n: 8 });
    const slow = sensitivityMeasure(byId(), { sources, output: { kind: 'mean-rank-shift' }, n: 8 });
    const random = createRandom(5);
    for (let run = 0; run < 200; run += 1) {
      const point = fast.inputs.map((input) => (input.distribution === 'uniform' ? input.min + (input.max - input.min) * random.float() : random.float() < 0.2 ? 1 : 0));
      expect(fast.measure(point)).toBe(slow.measure(point));
    }
    const inputs = sourceInputs(prepareSources(byPosition(), sources));
    const point = inputs.inputs.map(() => 0.1);
    const vector = inputs.runOverrides(point).weightVector ?? new Float64Array(0);
    const model = byPosition();
    for (const [id, weight] of Object.entries(inputs.toOverrides(point).weights ?? {})) expect(vector[model.nodeIndex(id)]).toBe(weight);
  });
});

describe('review: hostile sources', () => {
  it('a Dirichlet concentration whose parameters leave float64 is refused naming it (5e-324: the analysis crashed with a raw "concentrations[0] must be finite and positive")', () => {
    for (const concentration of [5e-324]) {
      let caught: unknown;
      try {
        prepareSources(pillarsModel(), [{ kind: 'weights', distribution: 'dirichlet', concentration }]);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ChisoError);
      expect((caught as ChisoError).issues[0]).toMatchObject({ path: ['sources', 0, 'concentration'], message: expect.stringMatching(/Dirichlet parameters .* beyond float64/) });
    }
  });

  it('two source names that differ only in Unicode normalisation (NFC "Hà", NFD "Hà") are one name, refused as a duplicate', () => {
    expect(() => prepareSources(pillarsModel(), [{ kind: 'weights', name: 'Hà'.normalize('NFC'), aggregates: ['same'] }, { kind: 'exclusion', count: 1, name: 'Hà'.normalize('NFD') }])).toThrow(/is used by an earlier source/);
  });
});
