/**
 * One-at-a-time removal on DESI 2022 (the Commission's inputs) and DTI 2022 (bundled sample data):
 * each removal checked against the framework written without the element and scored with score(),
 * the shifts recomputed from the two results here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChisoError, datasetFromCsv, desi2022, formatTable, score, vnDti2022, type DatasetInput, type FrameworkInput, type FrameworkNodeInput, type ScoreResult } from '../../../src/index.js';
import { removalAnalysis, removalTable } from '../../../src/analysis/index.js';
import { flat, flatData } from './fixtures.js';

const desiData = datasetFromCsv(readFileSync(new URL('../../../examples/data/desi-2022.csv', import.meta.url), 'utf8'));
const dtiData = JSON.parse(readFileSync(new URL('../../../examples/data/vn-dti-2022/2023.json', import.meta.url), 'utf8')) as unknown;

/** The framework with one node taken out of the tree, written without applyEdits. */
function without(framework: FrameworkInput, id: string): FrameworkInput {
  const prune = (node: FrameworkNodeInput): FrameworkNodeInput => (node.kind === 'aggregate' ? { ...node, children: node.children.filter((child) => child.id !== id).map(prune) } : node);
  return { ...framework, root: prune(framework.root) as FrameworkInput['root'] };
}

/** The dataset with only the columns of the framework's indicators (the others would be refused). */
function dataFor(framework: FrameworkInput, data: unknown): DatasetInput {
  const ids = new Set<string>();
  const visit = (node: FrameworkNodeInput): void => {
    if (node.kind === 'indicator') ids.add(node.id);
    else node.children.forEach(visit);
  };
  visit(framework.root);
  const dataset = data as DatasetInput;
  return { ...dataset, units: dataset.units.map((unit) => ({ ...unit, values: Object.fromEntries(Object.entries(unit.values).filter(([key]) => ids.has(key))) })) };
}

/** Scores the framework written without one node. */
function scoreWithout(framework: FrameworkInput, data: unknown, id: string): ScoreResult {
  const pruned = without(framework, id);
  return score(pruned, dataFor(pruned, data));
}

/** Ranks by unit at a node, and the mean and largest |shift| between two results, counted here. */
function ranks(result: ScoreResult, node: string): Map<string, number | null> {
  return new Map(result.units.map((unit) => [unit.id, unit.nodes[node]?.rank ?? null]));
}
function shifts(before: ScoreResult, after: ScoreResult, node: string): { mean: number; max: number } {
  const old = ranks(before, node);
  const moved: number[] = [];
  for (const [unit, rank] of ranks(after, node)) {
    const previous = old.get(unit);
    if (rank !== null && previous !== null && previous !== undefined) moved.push(Math.abs(previous - rank));
  }
  return { mean: moved.reduce((sum, shift) => sum + shift, 0) / moved.length, max: Math.max(...moved) };
}

describe('removalAnalysis on DESI 2022', () => {
  const base = score(desi2022, desiData);

  it('the four dimensions in turn: ranks as the framework written without each, shifts as counted from them', () => {
    const analysis = removalAnalysis(desi2022, desiData, { level: 1 });
    expect(analysis.removals.map((removal) => [removal.element, removal.status])).toEqual([['dim1', 'ok'], ['dim2', 'ok'], ['dim3', 'ok'], ['dim4', 'ok']]);
    analysis.removals.forEach((removal, index) => {
      const expected = scoreWithout(desi2022, desiData, removal.element);
      const { mean, max } = shifts(base, expected, 'desi');
      expect(removal.meanAbsoluteRankShift).toBe(mean);
      expect(removal.maxAbsoluteRankShift).toBe(max);
      expect(analysis.comparison.units.map((row) => row.scenarios[index]?.rank)).toEqual(expected.units.map((unit) => unit.nodes.desi?.rank ?? null));
    });
    // Digital public services moves the ranking most: Estonia, 9 places down without it
    const dim4 = analysis.removals[3];
    expect(dim4?.movedDownMost).toEqual({ places: 9, units: ['EE'] });
    expect(dim4?.maxAbsoluteRankShift).toBe(9);
  });

  it('every indicator in turn: the two only children are failed runs with the reason, none left out', () => {
    const analysis = removalAnalysis(desi2022, desiData);
    expect(analysis.removals).toHaveLength(33);
    const failed = analysis.removals.filter((removal) => removal.status === 'failed');
    expect(failed.map((removal) => [removal.element, removal.problems[0]?.message])).toEqual([
      ['2d1', '"2d1" is the only child of "sub2d": dropping it would leave "sub2d" empty (drop "sub2d" instead)'],
      ['3a1', '"3a1" is the only child of "sub3a": dropping it would leave "sub3a" empty (drop "sub3a" instead)'],
    ]);
    const fibre = analysis.removals.find((removal) => removal.element === '2c2');
    const expected = scoreWithout(desi2022, desiData, '2c2');
    expect(fibre?.meanAbsoluteRankShift).toBe(shifts(base, expected, 'desi').mean);
    // the EU row is scored, never ranked, in every run
    expect(analysis.comparison.scenarios.filter((summary) => summary.status === 'ok').every((summary) => summary.unranked.some((entry) => entry.unit === 'EU'))).toBe(true);
    const table = formatTable(removalTable(analysis), 'text').split('\n');
    expect(table[2]?.startsWith('2c2 ')).toBe(true);
    expect(table.at(-2)).toContain('failed: edits[0].node: "3a1" is the only child of "sub3a"');
  });

  it('at a node other than the top index: removing its own children moves it; removing elsewhere leaves it', () => {
    const analysis = removalAnalysis(desi2022, desiData, { level: ['1a1', '2a1'], node: 'dim1' });
    expect(analysis.removals[1]).toMatchObject({ element: '2a1', meanAbsoluteRankShift: 0 });
    const expected = scoreWithout(desi2022, desiData, '1a1');
    expect(analysis.removals[0]?.meanAbsoluteRankShift).toBe(shifts(base, expected, 'dim1').mean);
  });
});

describe('removalAnalysis on DTI 2022 (bundled sample data for 2023)', () => {
  const base = score(vnDti2022, dtiData);

  it('each main index in turn (sum of points: the rest are earned ÷ their own maximum)', () => {
    const analysis = removalAnalysis(vnDti2022, dtiData, { level: 1 });
    expect(analysis.removals.map((removal) => removal.element)).toEqual(['awareness', 'institutions', 'infrastructure', 'human_resources', 'cyber_security', 'smart_city', 'government', 'economy', 'society']);
    // smart city is assessed, not scored (0 points): removing it changes nothing
    expect(analysis.removals[5]).toMatchObject({ status: 'ok', meanAbsoluteRankShift: 0, maxAbsoluteRankShift: 0, movedUpMost: null, movedDownMost: null });
    for (const [index, removal] of analysis.removals.entries()) {
      const expected = scoreWithout(vnDti2022, dtiData, removal.element);
      expect(removal.meanAbsoluteRankShift).toBe(shifts(base, expected, 'pdti').mean);
      expect(analysis.comparison.units.map((row) => row.scenarios[index]?.rank)).toEqual(expected.units.map((unit) => unit.nodes.pdti?.rank ?? null));
    }
  });

  it('every indicator in turn: the smart-city criterion, an only child, is a failed run', () => {
    const analysis = removalAnalysis(vnDti2022, dtiData);
    expect(analysis.removals).toHaveLength(30);
    expect(analysis.removals.filter((removal) => removal.status !== 'ok').map((removal) => removal.element)).toEqual(['smart_city_projects']);
    const drills = analysis.removals.find((removal) => removal.element === 'security_drills');
    expect(drills?.meanAbsoluteRankShift).toBe(shifts(base, scoreWithout(vnDti2022, dtiData, 'security_drills'), 'pdti').mean);
  });
});

describe('removalAnalysis: options', () => {
  it('refuses an unknown node or element with the one probably meant, and a level the framework does not have', () => {
    expect(() => removalAnalysis(flat, flatData, { level: 3 })).toThrow('removalAnalysis: option "level" is 3; framework "flat" has levels 1 to 1');
    expect(() => removalAnalysis(flat, flatData, { level: 0 })).toThrow(TypeError);
    try {
      removalAnalysis(flat, flatData, { level: ['a', 'bb', 'a'] });
      expect.unreachable();
    } catch (error) {
      expect(error instanceof ChisoError ? error.issues.map((entry) => `${entry.path.join('.')}: ${entry.message}`) : error).toEqual(['level.1: there is no node "bb" in framework "flat" — did you mean "b"?', 'level.2: node "a" is listed twice']);
    }
    expect(() => removalAnalysis(flat, flatData, { node: 'indx' })).toThrow('did you mean "index"?');
    expect(() => removalAnalysis(flat, flatData, { level: ['index'] })).toThrow('level[0]: "index" is the top index: it cannot be removed');
  });

  it('by hand on the flat model: without a, (b + 2c) / 3 — U1 40, U2 60, U3 30; no rank moves', () => {
    const analysis = removalAnalysis(flat, flatData);
    const withoutA = analysis.runs.scenarios[0];
    expect(withoutA?.status === 'ok' ? withoutA.result.units.map((unit) => unit.nodes.index?.score) : []).toEqual(['40', '60', '30']);
    expect(analysis.removals[0]).toMatchObject({ element: 'a', meanAbsoluteRankShift: 0 });
    // without b, (a + 2c) / 3: U1 60, U2 ≈ 53.3, U3 ≈ 33.3 — U1 and U2 swap
    expect(analysis.removals[1]).toMatchObject({ element: 'b', meanAbsoluteRankShift: 2 / 3, movedUpMost: { places: 1, units: ['U1'] } });
  });
});
