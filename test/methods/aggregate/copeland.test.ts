/**
 * Copeland (outranking) aggregation against COINr's a_copeland / outrankMatrix, with every
 * pairwise contest worked out by hand in the comments. chiso's score is (wins + ½ ties) / contests;
 * COINr's is wins − losses = (2 · score − 1) · (m − 1) for m ranked units.
 */
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../../src/index.js';
import { integerWeights } from '../../../src/methods/aggregate/copeland.js';
import { bothEngines, flatFramework, type TestUnit } from '../engines.js';

/** Identity indicators x, y (and z) under one Copeland aggregate. */
function copelandRun(units: readonly TestUnit[], weights: readonly number[] = [1, 1], missing: object = { policy: 'fail' }) {
  const ids = ['x', 'y', 'z'].slice(0, weights.length);
  return bothEngines(flatFramework(ids.map((id, index) => ({ id, weight: weights[index] ?? 1, normalisation: { method: 'identity' } })), { method: 'copeland' }, missing), units);
}

const three = [
  { id: 'A', values: { x: 0.9, y: 0.6 } },
  { id: 'B', values: { x: 0.5, y: 0.5 } },
  { id: 'C', values: { x: 0.2, y: 0.7 } },
];

describe('copeland (COINr a_copeland)', () => {
  it('counts pairwise wins on the weight of the children: equal weights', () => {
    // A–B: A better on x and y → A wins. A–C: A better on x, worse on y → 1 = 1, a tie. B–C: tie likewise.
    // A: 1 win + 1 tie of 2 → 0.75; B: a loss and a tie → 0.25; C: two ties → 0.5. COINr: 1, −1, 0.
    const run = copelandRun(three);
    expect(['A', 'B', 'C'].map((unit) => run.scoreOf('index', unit))).toEqual(['0.75', '0.25', '0.5']);
    expect(['A', 'B', 'C'].map((unit) => (2 * Number(run.scoreOf('index', unit)) - 1) * 2)).toEqual([1, -1, 0]);
    expect(run.disagreements).toEqual([]);
  });
  it('weights decide the contests: x weighs 2, y 1', () => {
    // A–C: better on x (2) against worse on y (1) → A wins (outranking 2/3 > 1/2). B–C: B wins the same way.
    const run = copelandRun(three, [2, 1]);
    expect(['A', 'B', 'C'].map((unit) => run.scoreOf('index', unit))).toEqual(['1', '0.5', '0']);
    expect(run.disagreements).toEqual([]);
  });
  it('keeps a tie a tie when weights 0.1 + 0.2 balance 0.3 (0.30000000000000004 in float64)', () => {
    // P better on x and y (0.1 + 0.2), Q better on z (0.3): exactly balanced → both 0.5
    const run = copelandRun([{ id: 'P', values: { x: 1, y: 1, z: 0 } }, { id: 'Q', values: { x: 0, y: 0, z: 1 } }], [0.1, 0.2, 0.3]);
    expect(['P', 'Q'].map((unit) => run.scoreOf('index', unit))).toEqual(['0.5', '0.5']);
    expect(run.disagreements).toEqual([]);
    expect(integerWeights(['0.1', '0.2', '0.3'])).toEqual([1, 2, 3]);
  });
  it('scores an unranked row against the ranked units without changing their scores', () => {
    const run = copelandRun([...three, { id: 'EU', values: { x: 0.95, y: 0.95 }, ranked: false }]);
    expect(['A', 'B', 'C', 'EU'].map((unit) => run.scoreOf('index', unit))).toEqual(['0.75', '0.25', '0.5', '1']);
    expect(run.disagreements).toEqual([]);
  });
  it('compares two units on the children both have under reweight', () => {
    // D has no y: D–A on x only (0.1 < 0.9) → loss; D–B: loss; D–C: 0.1 < 0.2 → loss. A gains a win over D.
    const run = copelandRun([...three, { id: 'D', values: { x: 0.1, y: null } }], [1, 1], { policy: 'reweight' });
    expect(['A', 'B', 'C', 'D'].map((unit) => run.scoreOf('index', unit))).toEqual(['0.8333333333333333333333333333333333333333', '0.5', '0.6666666666666666666666666666666666666667', '0']);
    expect(run.disagreements).toEqual([]);
  });
  it('ties everyone when every unit has the same scores: 0.5 each (COINr: 0)', () => {
    const run = copelandRun([{ id: 'A', values: { x: 0.5, y: 0.5 } }, { id: 'B', values: { x: 0.5, y: 0.5 } }, { id: 'C', values: { x: 0.5, y: 0.5 } }]);
    expect(['A', 'B', 'C'].map((unit) => run.scoreOf('index', unit))).toEqual(['0.5', '0.5', '0.5']);
    expect(run.disagreements).toEqual([]);
  });
  it('refuses to score a lone ranked unit (no one to compare with), never NaN', () => {
    expect(() => copelandRun([{ id: 'A', values: { x: 1, y: 1 } }])).toThrow(ChisoError);
    expect(() => copelandRun([{ id: 'A', values: { x: 1, y: 1 } }])).toThrow(/there is none/);
  });
  it('is scored again when the ranked units change in the fast engine', () => {
    const run = copelandRun(three);
    const excluded = run.model.run({ exclude: ['B'] });
    // without B: A–C tie → 0.5 each; B scored against A and C: loss, tie → 0.25
    expect(Array.from(excluded.scores('index'))).toEqual([0.5, 0.25, 0.5]);
  });
});
