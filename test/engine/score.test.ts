/** The exact engine end to end on small frameworks whose results are worked out by hand. */
import { describe, expect, it } from 'vitest';
import { ChisoError, criteriaSummary, defineFramework, score, type DatasetInput, type FrameworkInput } from '../../src/index.js';

/** Two pillars of two percent indicators each; goalposts 0–100, so normalised = value / 100. */
function framework(overrides: Partial<FrameworkInput> = {}, missing: 'reweight' | 'zero' | 'fail' = 'fail', minShare = 0): FrameworkInput {
  const pct = (id: string, weight = 1) => ({ kind: 'indicator' as const, id, unit: 'percent' as const, weight, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } });
  return defineFramework({
    id: 'mini',
    name: 'Mini index',
    root: {
      kind: 'aggregate',
      id: 'index',
      children: [
        { kind: 'aggregate', id: 'infra', missing: { policy: missing, minShare }, children: [pct('fibre', 2), pct('mobile')] },
        { kind: 'aggregate', id: 'services', missing: { policy: missing, minShare }, children: [pct('online'), pct('ontime')] },
      ],
    },
    ...overrides,
  });
}

const units: DatasetInput['units'] = [
  { id: 'A', groups: { region: 'north' }, values: { fibre: 80, mobile: 50, online: 60, ontime: 90 } },
  { id: 'B', groups: { region: 'north' }, values: { fibre: 40, mobile: 100, online: 70, ontime: 70 } },
  { id: 'C', groups: { region: 'south' }, values: { fibre: 90, mobile: 90, online: 20, ontime: 30 } },
];

describe('score', () => {
  it('computes every level exactly: infra = (2·0.8 + 0.5)/3 = 0.7, services 0.75, index 0.725', () => {
    const result = score(framework(), { units });
    const a = result.units[0];
    expect(a?.nodes.fibre).toMatchObject({ raw: '80', normalised: '0.8', score: '0.8', published: '0.8000', rank: 2 });
    expect(a?.nodes.infra).toMatchObject({ score: '0.7', published: '0.7000' });
    expect(a?.nodes.services).toMatchObject({ score: '0.75' });
    expect(a?.nodes.index).toMatchObject({ score: '0.725', published: '0.7250', rank: 1 });
  });

  it('ranks within groups at every node', () => {
    const result = score(framework(), { units }, { groups: ['region'] });
    // index: A 0.725, B (0.6 + 0.7)/2 = 0.65, C (0.9 + 0.25)/2 = 0.575
    expect(result.units.map((unit) => unit.nodes.index?.rank)).toEqual([1, 2, 3]);
    expect(result.units.map((unit) => unit.nodes.index?.groupRanks)).toEqual([{ region: 1 }, { region: 2 }, { region: 1 }]);
    // infra: A (1.6 + 0.5)/3 = 0.7 beats B (0.8 + 1)/3 = 0.6 in the north
    expect(result.units.map((unit) => unit.nodes.infra?.groupRanks?.region)).toEqual([1, 2, 1]);
  });

  it('applies the scale to aggregates and rounds once, at the end, with the framework mode', () => {
    const half = framework({ scale: 100, rounding: { decimals: 1, mode: 'half-up' } });
    // Unit with index exactly 0.12345 × 100 = 12.345: half-up 12.3 at 1 decimal, and a boundary at 2 decimals.
    const boundary = [{ id: 'X', values: { fibre: '12.345', mobile: '12.345', online: '12.345', ontime: '12.345' } }];
    expect(score(half, { units: boundary }).units[0]?.nodes.index).toMatchObject({ score: '12.345', published: '12.3' });
    const twoUp = framework({ scale: 100, rounding: { decimals: 2, mode: 'half-up' } });
    const twoEven = framework({ scale: 100, rounding: { decimals: 2, mode: 'half-even' } });
    expect(score(twoUp, { units: boundary }).units[0]?.nodes.index?.published).toBe('12.35');
    expect(score(twoEven, { units: boundary }).units[0]?.nodes.index?.published).toBe('12.34');
  });

  it('ranks on full precision by default, and on published values when the framework says so', () => {
    // Two units whose indices differ in the 5th decimal: 0.80024 and 0.80016 both publish as 0.8002.
    const close = [
      { id: 'P', values: { fibre: '80.024', mobile: '80.024', online: '80.024', ontime: '80.024' } },
      { id: 'Q', values: { fibre: '80.016', mobile: '80.016', online: '80.016', ontime: '80.016' } },
      { id: 'R', values: { fibre: 10, mobile: 10, online: 10, ontime: 10 } },
    ];
    const onScore = score(framework(), { units: close });
    expect(onScore.units.map((unit) => unit.nodes.index?.published)).toEqual(['0.8002', '0.8002', '0.1000']);
    expect(onScore.units.map((unit) => unit.nodes.index?.rank)).toEqual([1, 2, 3]);
    const onPublished = score(framework({ ranking: { on: 'published' } }), { units: close });
    expect(onPublished.units.map((unit) => unit.nodes.index?.rank)).toEqual([1, 1, 3]);
    const dense = score(framework({ ranking: { on: 'published', ties: 'dense' } }), { units: close });
    expect(dense.units.map((unit) => unit.nodes.index?.rank)).toEqual([1, 1, 2]);
    const ordinal = score(framework({ ranking: { on: 'published', ties: 'ordinal' } }), { units: close });
    expect(ordinal.units.map((unit) => unit.nodes.index?.rank)).toEqual([1, 2, 3]);
  });

  it('scores an excluded unit without ranking it, and keeps it out of data-driven normalisation', () => {
    const fw = defineFramework({
      id: 'mm',
      name: 'Min–max',
      ranking: { exclude: ['AVG'] },
      root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'minmax' } }] },
    });
    const result = score(fw, { units: [{ id: 'A', values: { x: 2 } }, { id: 'B', values: { x: 6 } }, { id: 'AVG', values: { x: 10 } }] });
    expect(result.units.map((unit) => unit.nodes.x?.normalised)).toEqual(['0', '1', '2']);
    expect(result.units.map((unit) => unit.nodes.index?.rank)).toEqual([2, 1, null]);
    expect(result.unranked).toEqual([{ unit: 'AVG', reason: "listed in the framework's ranking.exclude" }]);
  });

  it('respects "ranked": false in the dataset', () => {
    const result = score(framework(), { units: [...units, { id: 'NAT', ranked: false, values: { fibre: 99, mobile: 99, online: 99, ontime: 99 } }] });
    expect(result.units[3]?.nodes.index?.rank).toBeNull();
    expect(result.units[0]?.nodes.index?.rank).toBe(1);
  });

  it('divides by a denominator before normalising (subscriptions per 100 inhabitants)', () => {
    const fw = defineFramework({
      id: 'den',
      name: 'Per capita',
      variables: [{ id: 'population', unit: 'count' }],
      root: {
        kind: 'aggregate',
        id: 'index',
        children: [{ kind: 'indicator', id: 'subscriptions', unit: 'count', denominator: { variable: 'population', per: 100 }, normalisation: { method: 'goalposts', min: 0, max: 200 } }],
      },
    });
    const result = score(fw, { units: [{ id: 'A', values: { subscriptions: 1_500_000, population: 1_200_000 } }] });
    expect(result.units[0]?.nodes.subscriptions).toMatchObject({ raw: '1500000', value: '125', normalised: '0.625' });
    expect(() => score(fw, { units: [{ id: 'A', values: { subscriptions: 5, population: 0 } }] })).toThrow(/divided by "population", which is zero/);
  });

  it('reports points earned for a points-summing node', () => {
    const fw = defineFramework({
      id: 'pts',
      name: 'Points',
      root: {
        kind: 'aggregate',
        id: 'total',
        aggregation: { method: 'sum' },
        children: [
          { kind: 'indicator', id: 'meetings', unit: 'count', weight: 20, normalisation: { method: 'steps', steps: [{ threshold: 1, points: 5 }, { threshold: 2, points: 10 }, { threshold: 3, points: 15 }, { threshold: 4, points: 20 }] } },
          { kind: 'indicator', id: 'ontime', unit: 'percent', weight: 30, normalisation: { method: 'share', of: 100 } },
          { kind: 'indicator', id: 'smart_city', unit: 'yes-no', weight: 0, normalisation: { method: 'identity' } },
        ],
      },
    });
    const result = score(fw, { units: [{ id: 'A', values: { meetings: 3, ontime: 80, smart_city: 1 } }] });
    // 15 + 24 + 0 = 39 of 50 points
    expect(result.units[0]?.nodes.total).toMatchObject({ score: '0.78', points: '39', published: '0.7800' });
    expect([result.units[0]?.nodes.meetings?.points, result.units[0]?.nodes.ontime?.points, result.units[0]?.nodes.smart_city?.points]).toEqual(['15', '24', '0']);
  });

  it('reverses a lower-is-better aggregate in its parent (a risk sub-index)', () => {
    const fw = defineFramework({
      id: 'risk',
      name: 'Risk',
      root: {
        kind: 'aggregate',
        id: 'index',
        children: [
          { kind: 'indicator', id: 'good', unit: 'ratio', normalisation: { method: 'identity' } },
          { kind: 'aggregate', id: 'incidents', direction: 'lower', children: [{ kind: 'indicator', id: 'breaches', unit: 'ratio', normalisation: { method: 'identity' } }] },
        ],
      },
    });
    const result = score(fw, { units: [{ id: 'A', values: { good: 0.8, breaches: 0.1 } }, { id: 'B', values: { good: 0.8, breaches: 0.3 } }] });
    expect(result.units.map((unit) => unit.nodes.index?.score)).toEqual(['0.85', '0.75']);
    // On the risk node itself the lower score ranks first.
    expect(result.units.map((unit) => unit.nodes.incidents?.rank)).toEqual([1, 2]);
  });

  it('serialises to JSON and back without losing anything', () => {
    const result = score(framework(), { units });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('missing data', () => {
  const gappy: DatasetInput['units'] = [
    { id: 'A', values: { fibre: 80, mobile: null, online: 60, ontime: 90 } },
    { id: 'B', values: { fibre: 40, mobile: 100, online: 70, ontime: 70 } },
    { id: 'C', values: { fibre: null, mobile: null, online: 20, ontime: 30 } },
  ];

  it('fails by default, naming every unit and indicator', () => {
    try {
      score(framework(), { units: gappy });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      const issues = (error as ChisoError).issues;
      expect(issues.map((entry) => [entry.code, entry.path.join('.')])).toEqual([
        ['missing_value', 'units.0.values.mobile'],
        ['missing_value', 'units.2.values.fibre'],
        ['missing_value', 'units.2.values.mobile'],
      ]);
    }
  });

  it('re-weights over present indicators and says so', () => {
    const pillars = framework({}, 'reweight');
    const fw = { ...pillars, root: { ...(pillars.root as object), missing: { policy: 'reweight' } } } as FrameworkInput;
    const result = score(fw, { units: gappy });
    // A: infra = fibre alone = 0.8
    expect(result.units[0]?.nodes.infra?.score).toBe('0.8');
    // one of infra's two indicators is present: a share of 1/2 by count (2/3 by weight)
    expect(result.missing).toContainEqual({ unit: 'A', node: 'infra', missing: ['mobile'], action: 'reweighted', presentShare: '0.5' });
    // C: infra has no data at all, so it is dropped and the index re-weights over services.
    expect(result.missing).toContainEqual({ unit: 'C', node: 'infra', missing: ['fibre', 'mobile'], action: 'dropped', presentShare: '0' });
    expect(result.units[2]?.nodes.index?.score).toBe('0.25');
  });

  it('drops a node below the minimum share of data and leaves the unit unranked', () => {
    const strict = framework({}, 'reweight', 0.7);
    const fw = { ...strict, root: { ...(strict.root as object), missing: { policy: 'fail' } } } as FrameworkInput;
    expect(() => score(fw, { units: gappy })).toThrow(/"index" cannot be computed because "infra" has no value/);
    const lenient = { ...strict, root: { ...(strict.root as object), missing: { policy: 'reweight', minShare: 0.75 } } } as FrameworkInput;
    const result = score(lenient, { units: gappy });
    expect(result.units[0]?.nodes.infra?.score).toBeNull();
    expect(result.units[0]?.nodes.index?.score).toBeNull();
    expect(result.units[0]?.nodes.index?.rank).toBeNull();
    expect(result.unranked).toContainEqual({ unit: 'A', reason: 'too little data to score "index" (see missing)' });
  });

  it('counts missing values as zero when the framework says so', () => {
    const result = score(framework({}, 'zero'), { units: gappy });
    // A: infra = 2·0.8 / 3
    expect(result.units[0]?.nodes.infra?.score).toBe('0.5333333333333333333333333333333333333333');
    expect(result.missing).toContainEqual({ unit: 'A', node: 'infra', missing: ['mobile'], action: 'counted-as-zero', presentShare: '0.5' });
  });

  it('measures the share of data present by count (COINr dat_thresh) or by weight', () => {
    // A has fibre (weight 2) but not mobile (weight 1): 1/2 of infra's indicators, 2/3 of its weight.
    const byCount = framework({}, 'reweight', 0.6);
    const countRoot = { ...byCount, root: { ...(byCount.root as object), missing: { policy: 'reweight' } } } as FrameworkInput;
    expect(score(countRoot, { units: gappy }).units[0]?.nodes.infra?.score).toBeNull();
    const byWeight = JSON.parse(JSON.stringify(countRoot).replaceAll('"minShare":0.6', '"minShare":0.6,"basis":"weight"')) as FrameworkInput;
    const result = score(byWeight, { units: gappy });
    expect(result.units[0]?.nodes.infra?.score).toBe('0.8');
    expect(result.missing).toContainEqual({ unit: 'A', node: 'infra', missing: ['mobile'], action: 'reweighted', presentShare: '0.6666666666666666666666666666666666666667' });
  });

  it('writes every missing figure as null, never undefined, on both executors (a denominator with a missing value)', () => {
    const perCapita = (method: 'mean' | 'geometric') =>
      defineFramework({
        id: 'den',
        name: 'Per capita',
        variables: [{ id: 'population', unit: 'count' }],
        root: {
          kind: 'aggregate',
          id: 'index',
          aggregation: { method },
          missing: { policy: 'reweight' },
          children: [
            { kind: 'indicator', id: 'subscriptions', unit: 'count', denominator: { variable: 'population', per: 100 }, normalisation: { method: 'goalposts', min: 0, max: 200 } },
            { kind: 'indicator', id: 'fibre', unit: 'percent', normalisation: { method: 'goalposts', min: 1, max: 100 } },
            { kind: 'aggregate', id: 'counted', aggregation: { method: 'count' }, missing: { policy: 'reweight' }, bands: [{ label: 'all', atLeast: 1 }], children: [{ kind: 'indicator', id: 'portal', unit: 'yes-no', normalisation: { method: 'identity' } }] },
          ],
        },
      });
    const data = { units: [{ id: 'A', values: { subscriptions: 1_500_000, population: 1_200_000, fibre: 50, portal: 1 } }, { id: 'B', values: { subscriptions: null, population: 1_000, fibre: 40, portal: null } }] };
    for (const method of ['mean', 'geometric'] as const) {
      const result = score(perCapita(method), data);
      expect(result.units[1]?.nodes.subscriptions).toMatchObject({ raw: null, value: null, normalised: null });
      for (const unit of result.units) {
        for (const [id, figures] of Object.entries(unit.nodes)) {
          for (const [field, figure] of Object.entries(figures)) expect(figure, `${unit.id}.${id}.${field}`).not.toBeUndefined();
        }
      }
    }
  });

  it('names the unit and node when a geometric mean meets a zero', () => {
    const fw = defineFramework({
      id: 'geo',
      name: 'Geo',
      root: {
        kind: 'aggregate',
        id: 'index',
        aggregation: { method: 'geometric' },
        children: [
          { kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
          { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } },
        ],
      },
    });
    try {
      score(fw, { units: [{ id: 'HN', values: { a: 50, b: 0 } }, { id: 'HP', values: { a: 0, b: 10 } }] });
      expect.unreachable();
    } catch (error) {
      const issues = (error as ChisoError).issues;
      expect(issues).toHaveLength(2);
      expect(issues[0]).toMatchObject({ code: 'non_positive_input', path: ['units', 0, 'scores', 'index'] });
      expect(issues[0]?.message).toMatch(/^unit "HN", node "index" \(geometric\): "b" scores 0/);
      expect(issues[1]?.message).toMatch(/^unit "HP", node "index" \(geometric\): "a" scores 0/);
    }
  });
});

/** Names that a plain object already answers for ("toString") or treats specially ("__proto__"). */
const INHERITED_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', 'isPrototypeOf'];

describe('inherited property names are ordinary ids', () => {
  const pct = (id: string) => ({ kind: 'indicator', id, unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } });
  for (const name of INHERITED_NAMES) {
    it(`"${name}" works as an aggregate id, an indicator id, a value key, a unit id and a group key, through JSON`, () => {
      // JSON.parse makes "__proto__" an own key, as a framework or dataset file would.
      const fw = JSON.parse(JSON.stringify({ id: 'f', name: 'F', ranking: { groups: [name] }, root: { kind: 'aggregate', id: 'top', missing: { policy: 'reweight' }, children: [{ kind: 'aggregate', id: `${name}_pillar`, missing: { policy: 'reweight' }, children: [pct(name), pct('b')] }] } }).replace(`"${name}_pillar"`, JSON.stringify(name === '__proto__' ? 'constructor' : '__proto__'))) as unknown;
      const data = JSON.parse(`{"units":[
        {"id":${JSON.stringify(name)},"groups":{${JSON.stringify(name)}:"north"},"values":{${JSON.stringify(name)}:10,"b":20}},
        {"id":"other","groups":{${JSON.stringify(name)}:"north"},"values":{${JSON.stringify(name)}:30,"b":40}},
        {"id":"gap","ranked":false,"values":{"b":50}}]}`) as unknown;
      // A ranked unit without the group while others have it is refused: Object.prototype lends it none.
      expect(() => score(fw, JSON.parse(JSON.stringify(data).replace('"ranked":false,', '')))).toThrow(`unit "gap" has no ${JSON.stringify(name)} group`);
      const result = JSON.parse(JSON.stringify(score(fw, data))) as ReturnType<typeof score>;
      const pillar = name === '__proto__' ? 'constructor' : '__proto__';
      expect(Object.keys(result.units[0]?.nodes ?? {})).toEqual(['top', pillar, name, 'b']);
      expect(result.units.map((unit) => unit.id)).toEqual([name, 'other', 'gap']);
      expect(result.units[0]?.nodes[name]).toMatchObject({ raw: '10', normalised: '0.1', rank: 2, groupRanks: { [name]: 2 } });
      expect(result.units[0]?.nodes[pillar]?.score).toBe('0.15');
      // The unit with no group (not ranked) has no group rank; it must not find a group in Object.prototype.
      expect(Object.entries(result.units[2]?.nodes.top?.groupRanks ?? {})).toEqual([[name, null]]);
      // A missing value of an indicator with an inherited name is missing, not a crash.
      expect(result.units[2]?.nodes[name]).toMatchObject({ raw: null, normalised: null });
      expect(result.missing).toContainEqual({ unit: 'gap', node: pillar, missing: [name], action: 'reweighted', presentShare: '0.5' });
    });
  }
});

describe('values are own properties', () => {
  it('a value a values object only inherits (from another prototype) is missing, not read', () => {
    const fw = { id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', missing: { policy: 'reweight' }, children: [{ kind: 'indicator', id: 'a', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }, { kind: 'indicator', id: 'b', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }] } };
    const inherited = Object.assign(Object.create({ a: 90 }) as Record<string, number>, { b: 10 });
    const result = score(fw, { units: [{ id: 'A', values: inherited }] });
    expect(result.units[0]?.nodes.a?.raw).toBeNull();
    expect(result.units[0]?.nodes.top?.score).toBe('0.1');
  });
});

describe('count honours a lower-is-better child as ranking does', () => {
  it('a lower-is-better child aggregate is met when its reversed score (1 − s) reaches the threshold, in met, score, band and criteriaSummary', () => {
    const framework: FrameworkInput = {
      id: 'f',
      name: 'F',
      root: {
        kind: 'aggregate',
        id: 'top',
        aggregation: { method: 'count', threshold: 0.5 },
        bands: [{ label: 'all', atLeast: 2 }, { label: 'some', atLeast: 0 }],
        children: [
          { kind: 'indicator', id: 'portal', unit: 'yes-no', normalisation: { method: 'identity' } },
          { kind: 'aggregate', id: 'outages', direction: 'lower', children: [{ kind: 'indicator', id: 'outage_share', unit: 'score', normalisation: { method: 'identity' } }] },
        ],
      },
    };
    // Worked by hand: A has many outages (0.9 → 1 − 0.9 = 0.1 < 0.5, not met), B few (0.1 → 0.9, met).
    const result = score(framework, { units: [{ id: 'A', values: { portal: 1, outage_share: 0.9 } }, { id: 'B', values: { portal: 1, outage_share: 0.1 } }] });
    const top = (id: string) => result.units.find((unit) => unit.id === id)?.nodes.top;
    expect(top('A')).toMatchObject({ score: '0.5', met: 1, band: 'some', rank: 2 });
    expect(top('B')).toMatchObject({ score: '1', met: 2, band: 'all', rank: 1 });
    expect(criteriaSummary(result, 'top').criteria.find((entry) => entry.id === 'outages')).toMatchObject({ met: 1, of: 2 });
  });
});
