/** equalWeights and nominalWeights, by hand computation on the synthetic fixture's framework. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { equalWeights, nominalWeights, weightEdits, withWeights } from '../../../src/analysis/index.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/audit/audit-fixture.json', import.meta.url), 'utf8')) as { framework: unknown };

describe('equalWeights and nominalWeights', () => {
  it('nominal shares: a2 weighs 2 of 4 in p1, p1 2 of 4 in the index (0.5 · 0.5); b1 1/4 · 1/4', () => {
    const rows = nominalWeights(fixture.framework);
    expect(rows.find((row) => row.id === 'a2')).toMatchObject({ weight: 2, share: 0.5, indexShare: 0.25 });
    expect(rows.find((row) => row.id === 'b1')).toMatchObject({ share: 0.25, indexShare: 0.0625 });
    const indicators = rows.filter((row) => row.kind === 'indicator');
    expect(indicators.reduce((sum, row) => sum + row.indexShare, 0)).toBeCloseTo(1, 15);
  });

  it('equal weights everywhere, or under the aggregates named; the input is not changed', () => {
    const before = JSON.stringify(fixture.framework);
    expect(weightEdits(fixture.framework, equalWeights(fixture.framework)).map((edit) => 'node' in edit && edit.node)).toEqual(['p1', 'a2']);
    expect(weightEdits(fixture.framework, equalWeights(fixture.framework, { nodes: ['p1'] }))).toEqual([{ kind: 'set-weight', node: 'a2', weight: 1 }]);
    expect(JSON.stringify(fixture.framework)).toBe(before);
    expect(() => equalWeights(fixture.framework, { nodes: ['a1'] })).toThrow(RangeError);
  });

  it('weightEdits refuses frameworks with different trees', () => {
    const other = withWeights(fixture.framework, new Map());
    expect(weightEdits(fixture.framework, other)).toEqual([]);
    expect(() => weightEdits(fixture.framework, { id: 'x', name: 'X', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: 'a1', unit: 'other', normalisation: { method: 'minmax' } }] } })).toThrow(/not in the re-weighted one/);
  });
});
