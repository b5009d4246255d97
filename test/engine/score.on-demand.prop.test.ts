/**
 * Texts on demand: exact `score()` on the certified path keeps its columns and writes a unit's
 * texts the first time its `nodes` are read. That must be invisible — the result equals, key for
 * key and text for text, the one built eagerly by the BigInt executor (`scoreValidatedOnBigInt`,
 * which writes every text while it computes: the source of truth, itself checked against decimal.js
 * and hand computations) — and it must hold nothing of the caller's: changing the dataset after
 * scoring changes nothing.
 */
import fc from 'fast-check';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { scoreValidated, scoreValidatedOnBigInt } from '../../src/engine/score.js';
import { assertDataset, assertFramework, compilePlan, score, type DatasetInput, type FrameworkInput, type NormalisationInput, type ScoreResult } from '../../src/index.js';
import { fuzz } from '../fuzz/settings.js';

/** Whether a unit's `nodes` have not been read yet (still the accessor that writes them). */
function unread(result: ScoreResult, unitIndex: number): boolean {
  return typeof Object.getOwnPropertyDescriptor(result.units[unitIndex], 'nodes')?.get === 'function';
}

const normalisations = fc.constantFrom<NormalisationInput>(
  { method: 'goalposts', min: 0, max: 100 },
  { method: 'goalposts', min: '12.5', max: '66', clip: true },
  { method: 'goalposts', min: 0.25, max: 1 },
  { method: 'minmax' },
  { method: 'target', target: 95, baseline: 5 },
  { method: 'share', of: 100 },
);

/** Values with few decimals, some repeated (exact ties), some on rounding boundaries, some missing. */
const value = fc.option(fc.oneof(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), fc.constantFrom(12.125, 50, 0.005, '37.5', '99.995')), { freq: 6, nil: null });

/** Random linear frameworks — pillars of goalposts, min–max, target and share — and data for them. */
const linearCases = fc
  .record({
    pillars: fc.array(fc.record({ weight: fc.constantFrom(1, 2, 0.4), points: fc.boolean(), direction: fc.constantFrom('higher' as const, 'lower' as const), indicators: fc.array(fc.record({ weight: fc.constantFrom(1, 3, 0.5), normalisation: normalisations }), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    bands: fc.boolean(),
    policy: fc.constantFrom('reweight' as const, 'zero' as const),
    scale: fc.constantFrom(1, 100, 7),
    decimals: fc.integer({ min: 0, max: 3 }),
    on: fc.constantFrom('score' as const, 'published' as const),
    ties: fc.constantFrom('competition' as const, 'dense' as const, 'ordinal' as const),
    units: fc.integer({ min: 1, max: 8 }),
  })
  .chain((shape) => {
    const ids = shape.pillars.flatMap((pillar, p) => pillar.indicators.map((_indicator, i) => `p${p}i${i}`));
    return fc.array(fc.array(value, { minLength: ids.length, maxLength: ids.length }), { minLength: shape.units, maxLength: shape.units }).map((rows) => {
      const framework: FrameworkInput = {
        id: 'lazy',
        name: 'Lazy',
        scale: shape.scale,
        rounding: { decimals: shape.decimals, mode: 'half-up' },
        ranking: { ties: shape.ties, on: shape.on, groups: ['region'] },
        root: {
          kind: 'aggregate',
          id: 'index',
          missing: { policy: shape.policy },
          ...(shape.bands ? { bands: [{ label: 'leading', atLeast: shape.scale / 2 }, { label: 'catching up', atLeast: 0 }] } : {}),
          children: shape.pillars.map((pillar, p) => ({
            kind: 'aggregate' as const,
            id: `p${p}`,
            weight: pillar.weight,
            direction: pillar.direction,
            missing: { policy: shape.policy },
            ...(pillar.points ? { aggregation: { method: 'sum' as const } } : {}),
            children: pillar.indicators.map((indicator, i) => ({ kind: 'indicator' as const, id: `p${p}i${i}`, unit: 'score' as const, ...indicator })),
          })),
        },
      };
      const data: DatasetInput = {
        units: rows.map((row, u) => ({ id: `U${u}`, groups: { region: u % 3 === 0 ? 'north' : 'south' }, values: Object.fromEntries(ids.map((id, k) => [id, row[k] ?? null])) })),
      };
      return { framework, data };
    });
  });

/** Both executors on a case: the result on demand and the eager one, or null when the data are refused. */
function bothResults(frameworkInput: FrameworkInput, data: DatasetInput): { onDemand: ScoreResult; eager: ScoreResult } | null {
  const framework = assertFramework(frameworkInput);
  const dataset = assertDataset(framework, data);
  const plan = compilePlan(framework);
  try {
    return { onDemand: scoreValidated(plan, dataset), eager: scoreValidatedOnBigInt(plan, dataset) };
  } catch {
    // min–max over equal values: both refuse (the certified-exact property test compares the errors)
    return null;
  }
}

describe('texts on demand are invisible', () => {
  it('a result whose texts are written on demand equals the eagerly written one: deep equality, JSON, structuredClone, spread and postMessage', () => {
    let onDemandSeen = 0;
    fc.assert(
      fc.property(linearCases, ({ framework, data }) => {
        const results = bothResults(framework, data);
        if (results === null) return;
        const { eager } = results;
        expect(results.eager.units.every((_unit, index) => !unread(eager, index))).toBe(true);
        if (results.onDemand.units.length > 0 && unread(results.onDemand, 0)) onDemandSeen += 1;
        // each check on a fresh result, so that each one is what reads the texts
        const fresh = (): ScoreResult => (bothResults(framework, data) as { onDemand: ScoreResult }).onDemand;
        expect(JSON.stringify(fresh())).toBe(JSON.stringify(eager));
        expect(structuredClone(fresh())).toStrictEqual(structuredClone(eager));
        expect(fresh()).toStrictEqual(eager);
        expect(fresh().units.map((unit) => ({ ...unit }))).toStrictEqual(eager.units.map((unit) => ({ ...unit })));
        const { port1, port2 } = new MessageChannel();
        port1.postMessage(fresh());
        expect(receiveMessageOnPort(port2)?.message).toStrictEqual(structuredClone(eager));
        port1.close();
      }),
      fuzz(100),
    );
    // most cases must take the path that writes on demand, or the property checks nothing
    expect(onDemandSeen).toBeGreaterThan(60);
  });
});

describe('texts on demand', () => {
  const framework = assertFramework({
    id: 'small',
    name: 'Small',
    scale: 100,
    rounding: { decimals: 1, mode: 'half-up' },
    ranking: { on: 'published', groups: ['region'] },
    root: {
      kind: 'aggregate',
      id: 'index',
      missing: { policy: 'reweight' },
      children: [
        { kind: 'indicator', id: 'fibre', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 100 } },
        { kind: 'indicator', id: 'skills', unit: 'score', normalisation: { method: 'minmax' } },
      ],
    },
  });
  const input = (): { units: { id: string; groups: Record<string, string>; values: Record<string, number | null> }[] } => ({
    units: [
      { id: 'A', groups: { region: 'north' }, values: { fibre: 80, skills: 0.4 } },
      { id: 'B', groups: { region: 'north' }, values: { fibre: 62.5, skills: 0.9 } },
      { id: 'C', groups: { region: 'south' }, values: { fibre: 95, skills: null } },
    ],
  });

  it('score() ranks without writing any unit\'s texts — ranking on published values included — and reading one unit writes no other', () => {
    const result = score(framework, input());
    expect(result.units.map((_unit, index) => unread(result, index))).toEqual([true, true, true]);
    expect(result.unranked).toEqual([]);
    // hand computation: index = mean(fibre / 100, minmax(skills)) × 100; A (80 + 0) / 2 = 40, B (62.5 + 100) / 2 = 81.25, C has fibre only: 95
    expect(result.units[1]?.nodes.index).toStrictEqual({ score: '81.25', published: '81.3', rank: 2, groupRanks: Object.assign(Object.create(null) as object, { region: 1 }) });
    expect(result.units.map((_unit, index) => unread(result, index))).toEqual([true, false, true]);
    expect(result.units[2]?.nodes.index?.rank).toBe(1);
    expect(result.units.map((_unit, index) => unread(result, index))).toEqual([true, false, false]);
  });

  it('changing the dataset after scoring changes nothing in the result, read before or after', () => {
    const plan = compilePlan(framework);
    const dataset = assertDataset(framework, input());
    const expected = JSON.parse(JSON.stringify(scoreValidatedOnBigInt(plan, dataset))) as unknown;
    const result = scoreValidated(plan, dataset);
    const firstUnit = result.units[0]?.nodes;
    for (const unit of dataset.units) {
      const values = unit.values as Record<string, unknown>;
      values.fibre = 1;
      values.skills = '0.123';
    }
    (dataset.units as unknown[]).reverse();
    expect(result.units[0]?.nodes).toBe(firstUnit);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(expected);
  });

  it('a result read in part and then in full equals one read at once', () => {
    const plan = compilePlan(framework);
    const dataset = assertDataset(framework, input());
    const inPart = scoreValidated(plan, dataset);
    expect(inPart.units[2]?.nodes.fibre?.published).toBe('95.0');
    expect(JSON.stringify(inPart)).toBe(JSON.stringify(scoreValidated(plan, dataset)));
  });
});
