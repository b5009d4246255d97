/**
 * scoreScenarios and compareScenarios: the base and each scenario scored exactly, compared per unit
 * and per scenario; figures computed by hand (fixtures.ts gives the base).
 */
import { describe, expect, it } from 'vitest';
import { ChisoError, compareResults, formatTable, score } from '../../../src/index.js';
import { compareScenarios, dropNode, excludeUnit, parseScenarios, scenarioSummaryTable, scenarioTable, scoreScenarios, setMissing, setValue, setWeight } from '../../../src/analysis/index.js';
import { flat, flatData, nested, nestedData } from './fixtures.js';

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.map((entry) => ({ path: entry.path.join('.'), message: entry.message }));
    throw error;
  }
  throw new Error('expected a ChisoError');
}

const scenarios = [
  // (3a + b + 2c) / 6: U1 60, U2 50, U3 45 → ranks U1 1, U2 2, U3 3 (shifts +1, −1, 0)
  { name: 'a x3', edits: [setWeight('a', 3)] },
  // (a + b) / 2: U1 50, U2 50, U3 55 → ranks U3 1, U1 2, U2 2 (shifts 0, −1, +2)
  { name: 'without c', edits: [dropNode('c')] },
  // U2 scored, not ranked: U1 1, U3 2 (shifts +1, —, +1)
  { name: 'no U2', edits: [excludeUnit('U2')] },
  // a value out of range: cannot be scored
  { name: 'bad value', edits: [setValue('U1', 'a', 120)] },
];

describe('scoreScenarios', () => {
  it('scores the base with score() and each scenario as its edited framework would be', () => {
    const runs = scoreScenarios(flat, flatData, scenarios);
    expect(runs.base).toEqual(score(flat, flatData));
    expect(runs.scenarios.map((run) => run.status)).toEqual(['ok', 'ok', 'ok', 'failed']);
    const [first] = runs.scenarios;
    if (first?.status !== 'ok') throw new Error('expected a result');
    expect(first.result.units.map((unit) => unit.nodes.index?.score)).toEqual(['60', '50', '45']);
  });

  it('a failed scenario carries its problems with the path of its edit, never dropped', () => {
    const run = scoreScenarios(flat, flatData, scenarios).scenarios[3];
    expect(run?.status === 'failed' ? run.problems.map((entry) => [entry.path.join('.'), entry.message]) : []).toEqual([['edits.0.value', 'unit "U1", indicator "a": 120 is above the maximum 100 (percent)']]);
  });

  it('a model the engine cannot compute is a failed run too (a min–max over equal values)', () => {
    const runs = scoreScenarios(nested, nestedData, [{ name: 'flat pop', edits: [{ kind: 'set-unit-values', unit: 'HN', values: { pop: 400 } }, { kind: 'set-value', unit: 'HP', indicator: 'pop', value: 400 }, dropNode('phones')] }]);
    const run = runs.scenarios[0];
    expect(run?.status).toBe('failed');
    expect(run?.status === 'failed' ? run.problems[0]?.message : '').toContain('every reference unit has the value 400');
  });

  it('mistakes in any scenario are thrown together before anything is scored, with the scenario in the path', () => {
    expect(issuesOf(() => scoreScenarios(flat, flatData, [{ name: 'x', edits: [setWeight('a', 2)] }, { name: 'y', edits: [setWeight('bb', 2), excludeUnit('U4')] }]))).toEqual([
      { path: 'scenarios.1.edits.0.node', message: 'there is no node "bb" in framework "flat" — did you mean "b"?' },
      { path: 'scenarios.1.edits.1.unit', message: 'there is no unit "U4" in the dataset — did you mean "U1"?' },
    ]);
  });

  it('scenario names must be unique and not empty', () => {
    expect(issuesOf(() => scoreScenarios(flat, flatData, [{ name: 'x', edits: [] }, { name: ' ', edits: [] }, { name: 'x', edits: [] }]))).toEqual([
      { path: 'scenarios.1.name', message: 'a scenario needs a name' },
    ]);
    expect(issuesOf(() => scoreScenarios(flat, flatData, [{ name: 'x', edits: [] }, { name: 'x', edits: [] }]))).toEqual([
      { path: 'scenarios.1.name', message: 'scenario name "x" is already used by scenarios[0]: each scenario needs a name of its own' },
    ]);
  });

  it('a scenario file is read with paths: parseScenarios', () => {
    const file = JSON.parse('[{ "name": "economy x2", "edits": [{ "kind": "set-weight", "node": "economy", "weight": 300 }] }, { "name": "typo", "edits": [{ "kind": "drop", "nod": "x" }] }]') as unknown;
    const problems = issuesOf(() => parseScenarios(file));
    expect(problems.map((entry) => entry.path)).toEqual(['scenarios.1.edits.0.node', 'scenarios.1.edits.0.nod']);
    expect(problems[1]?.message).toBe('unknown key "nod" — did you mean "node"?');
  });

  it('a column only a scenario adds is kept out of the base and read for the scenario', () => {
    const data = { units: flatData.units.map((unit, index) => ({ ...unit, values: { ...unit.values, d: [100, 0, 50][index] } })) };
    const runs = scoreScenarios(flat, data, [{ name: 'with d', edits: [{ kind: 'add', parent: 'index', node: { kind: 'indicator', id: 'd', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } } }] }]);
    expect(runs.base).toEqual(score(flat, flatData));
    const run = runs.scenarios[0];
    // (a + b + 2c + d) / 5: U1 60, U2 44, U3 40
    expect(run?.status === 'ok' ? run.result.units.map((unit) => unit.nodes.index?.score) : []).toEqual(['60', '44', '40']);
  });
});

describe('compareScenarios', () => {
  const comparison = compareScenarios(scoreScenarios(flat, flatData, scenarios));

  it('per unit: the base score and rank, and each scenario\'s score, rank and shift (hand-computed)', () => {
    expect(comparison.names).toEqual(['a x3', 'without c', 'no U2', 'bad value']);
    expect(comparison.units.map((row) => [row.unit, row.baseScore, row.baseRank])).toEqual([['U1', '50', 2], ['U2', '55', 1], ['U3', '37.5', 3]]);
    expect(comparison.units.map((row) => row.scenarios.map((figures) => (figures === null ? null : [figures.score, figures.rank, figures.rankShift])))).toEqual([
      [['60', 1, 1], ['50', 2, 0], ['50', 1, 1], null],
      [['50', 2, -1], ['50', 2, -1], ['55', null, null], null],
      [['45', 3, 0], ['55', 1, 2], ['37.5', 2, 1], null],
    ]);
    expect(comparison.units[1]?.scenarios[2]?.description).toBe('no longer ranked');
    expect(comparison.units[0]?.scenarios[0]?.scoreChange).toBe('10');
  });

  it('per unit figures are compareResults\' rows, not a second implementation', () => {
    const runs = scoreScenarios(flat, flatData, scenarios.slice(0, 1));
    const run = runs.scenarios[0];
    if (run?.status !== 'ok') throw new Error('expected a result');
    const rows = compareResults(runs.base, run.result).rows;
    expect(compareScenarios(runs).units.map((row) => row.scenarios[0]?.description)).toEqual(rows.map((row) => row.description));
  });

  it('per scenario: mean and largest |shift|, units changed, who moved most, units not ranked (hand-computed)', () => {
    const [weights, without, excluded, failed] = comparison.scenarios;
    expect(weights).toMatchObject({ status: 'ok', comparedUnits: 3, meanAbsoluteRankShift: 2 / 3, maxAbsoluteRankShift: 1, changedUnits: 2, movedUpMost: { places: 1, units: ['U1'] }, movedDownMost: { places: 1, units: ['U2'] }, unranked: [] });
    expect(without).toMatchObject({ meanAbsoluteRankShift: 1, maxAbsoluteRankShift: 2, changedUnits: 2, movedUpMost: { places: 2, units: ['U3'] }, movedDownMost: { places: 1, units: ['U2'] } });
    expect(excluded).toMatchObject({ comparedUnits: 2, meanAbsoluteRankShift: 1, movedUpMost: { places: 1, units: ['U1', 'U3'] }, movedDownMost: null });
    expect(excluded?.unranked).toEqual([{ unit: 'U2', reason: "listed in the framework's ranking.exclude" }]);
    expect(failed).toMatchObject({ status: 'failed', comparedUnits: 0, meanAbsoluteRankShift: null, maxAbsoluteRankShift: null });
  });

  it('any node by option; a node a scenario dropped is "not-compared", with the reason', () => {
    const runs = scoreScenarios(nested, nestedData, [{ name: 'no p2', edits: [dropNode('p2')] }, { name: 'reweight', edits: [setMissing('p1', { policy: 'reweight' })] }]);
    const atP2 = compareScenarios(runs, { node: 'p2' });
    expect(atP2.node).toBe('p2');
    expect(atP2.scenarios[0]?.status).toBe('not-compared');
    expect(atP2.scenarios[0]?.problems[0]?.message).toBe('node "p2" is not in scenario "no p2": an edit dropped it');
    expect(atP2.scenarios[1]).toMatchObject({ status: 'ok', meanAbsoluteRankShift: 0 });
    expect(issuesOf(() => compareScenarios(runs, { node: 'p3' }))).toEqual([{ path: 'node', message: 'node "p3" is not in the base result — did you mean "p1"?' }]);
  });
});

describe('scenario tables', () => {
  const comparison = compareScenarios(scoreScenarios(flat, flatData, scenarios.slice(0, 2)));

  it('one row per unit in base-rank order, with score, rank and shift per scenario', () => {
    expect(formatTable(scenarioTable(comparison), 'csv')).toBe(
      [
        'Rank,Unit,Name,Base index,a x3: score,a x3: rank,a x3: shift,without c: score,without c: rank,without c: shift',
        '1,U2,Two,55.00,50.00,2,-1,50.00,2,-1',
        '2,U1,One,50.00,60.00,1,+1,50.00,2,0',
        '3,U3,Three,37.50,45.00,3,0,55.00,1,+2',
        '',
      ].join('\n'),
    );
    expect(scenarioTable(comparison, { columns: ['rank'] }).columns.map((column) => column.title)).toEqual(['Rank', 'Unit', 'Name', 'Base index', 'a x3: rank', 'without c: rank']);
    expect(() => scenarioTable(comparison, { columns: ['ranks'] } as never)).toThrow(TypeError);
  });

  it('one row per scenario, with its summary', () => {
    expect(formatTable(scenarioSummaryTable(comparison), 'md')).toBe(
      [
        '| Scenario | Status | Mean \\|shift\\| | Max \\|shift\\| | Changed | Moved up most | Moved down most | Not ranked |',
        '| :--- | :--- | ---: | ---: | ---: | :--- | :--- | :--- |',
        '| a x3 | ok | 0.67 | 1 | 2 | One (+1) | Two (-1) | – |',
        '| without c | ok | 1.00 | 2 | 2 | Three (+2) | Two (-1) | – |',
        '',
      ].join('\n'),
    );
  });
});
