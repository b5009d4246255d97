/**
 * PCA weights against numpy (test/fixtures/audit/make_fixture.py: the OECD/JRC Handbook 2008
 * procedure, computed bottom-up with numpy.linalg.eigh and a line-for-line port of R's
 * stats::varimax; and without rotation), and a hand case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pcaChildWeights, pcaWeights, weightEdits } from '../../../src/analysis/index.js';
import { assertFramework } from '../../../src/index.js';

interface Weights { indicators: Record<string, number>; pillars: Record<string, number> }
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/audit/audit-fixture.json', import.meta.url), 'utf8')) as { framework: unknown; dataset: unknown; pcaWeights: Weights; pcaWeightsUnrotated: Weights };

function weightsOf(root: { id: string; weight: number; children?: unknown[] }): Map<string, number> {
  const found = new Map<string, number>();
  const visit = (node: { id: string; weight: number; children?: unknown[] }): void => {
    found.set(node.id, node.weight);
    for (const child of node.children ?? []) visit(child as { id: string; weight: number; children?: unknown[] });
  };
  visit(root);
  return found;
}

describe('pcaWeights', () => {
  const before = JSON.stringify(fixture.framework);
  const result = pcaWeights(fixture.framework, fixture.dataset);

  it('gives the weights numpy gives, at every level (pillars first, then the index on re-weighted pillars), varimax included', () => {
    const found = weightsOf(result.framework.root);
    for (const [id, weight] of Object.entries({ ...fixture.pcaWeights.indicators, ...fixture.pcaWeights.pillars })) expect(found.get(id), id).toBeCloseTo(weight, 10);
    // p2 keeps two components, so the rotation matters there
    expect(result.aggregates.find((row) => row.id === 'p2')).toMatchObject({ components: 2, completeUnits: 28 });
    expect(found.get('b4')).not.toBeCloseTo(fixture.pcaWeightsUnrotated.indicators.b4 as number, 4);
  });

  it('gives the unrotated weights numpy gives with rotation "none"', () => {
    const found = weightsOf(pcaWeights(fixture.framework, fixture.dataset, { rotation: 'none' }).framework.root);
    for (const [id, weight] of Object.entries({ ...fixture.pcaWeightsUnrotated.indicators, ...fixture.pcaWeightsUnrotated.pillars })) expect(found.get(id), id).toBeCloseTo(weight, 10);
  });

  it('returns a new, valid framework and leaves the one given as it was', () => {
    expect(JSON.stringify(fixture.framework)).toBe(before);
    expect(() => assertFramework(result.framework)).not.toThrow();
    const edits = weightEdits(fixture.framework, result.framework);
    expect(edits).toHaveLength(13);
    expect(edits[0]).toMatchObject({ kind: 'set-weight', node: 'p1' });
  });

  it('with one component kept, takes the squared first eigenvector (hand case)', () => {
    // two columns: the correlation matrix [[1, r], [r, 1]] has eigenvector (1, 1)/√2 for 1 + r
    const two = pcaChildWeights([[1, 2, 3, 4], [1, 3, 2, 5]]);
    expect('weights' in two && two.weights).toEqual([0.5, 0.5]);
    expect(pcaChildWeights([[1, 2, 3], [2, 2, 2]])).toEqual({ problem: 'constant-column', completeUnits: 3 });
  });

  it('re-weights only the aggregates named and refuses others', () => {
    const only = pcaWeights(fixture.framework, fixture.dataset, { nodes: ['p3'] });
    expect(only.aggregates.map((row) => row.id)).toEqual(['p3']);
    expect(weightEdits(fixture.framework, only.framework).map((edit) => 'node' in edit && edit.node)).toEqual(['c1', 'c2', 'c3']);
    expect(() => pcaWeights(fixture.framework, fixture.dataset, { nodes: ['a1'] })).toThrow(/not an aggregate/);
  });
});
