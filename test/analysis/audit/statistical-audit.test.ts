/**
 * statisticalAudit on the synthetic model of test/fixtures/audit, whose scores, correlations
 * (scipy), Cronbach's alpha and principal components (numpy.linalg.eigh) were computed in Python
 * independently of chiso (make_fixture.py beside it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditIndicators, auditTables, fastModel, statisticalAudit, type PrincipalComponents } from '../../../src/analysis/index.js';
import { formatTable } from '../../../src/index.js';

interface Fixture {
  framework: unknown;
  dataset: unknown;
  scores: Record<string, (number | null)[]>;
  correlations: { first: string; second: string; relation: string; count: number; pearson: number; spearman: number; kendall: number }[];
  aggregates: Record<string, { alpha: number; pca: { count: number; eigenvalues: number[]; eigenvectors: number[][]; loadings: number[][] } }>;
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/audit/audit-fixture.json', import.meta.url), 'utf8')) as Fixture;
const audit = statisticalAudit(fixture.framework, fixture.dataset);

describe('statisticalAudit (synthetic fixture, numpy/scipy)', () => {
  it('reads the same scores the Python model computes (min-max, re-weighted means)', () => {
    const model = fastModel(fixture.framework, fixture.dataset);
    for (const [id, expected] of Object.entries(fixture.scores)) {
      const values = model.base.values(id);
      const present = model.base.present(id);
      expected.forEach((value, unit) => {
        if (value === null) expect(present[unit]).toBe(0);
        else expect(values[unit]).toBeCloseTo(value, 12);
      });
    }
  });

  it('reports every correlation scipy computed, within, with the parent and with the index', () => {
    expect(audit.correlations).toHaveLength(fixture.correlations.length);
    for (const expected of fixture.correlations) {
      const row = audit.correlations.find((candidate) => candidate.first === expected.first && candidate.second === expected.second);
      expect(row, `${expected.first}–${expected.second}`).toBeDefined();
      expect(row?.relation).toBe(expected.relation);
      expect(row?.count).toBe(expected.count);
      expect(row?.pearson).toBeCloseTo(expected.pearson, 12);
      expect(row?.spearman).toBeCloseTo(expected.spearman, 12);
      expect(row?.kendall).toBeCloseTo(expected.kendall, 12);
    }
  });

  it('gives Cronbach\'s alpha and the principal components numpy gives', () => {
    for (const [id, expected] of Object.entries(fixture.aggregates)) {
      const row = audit.aggregates.find((candidate) => candidate.id === id);
      expect(row?.alpha).toBeCloseTo(expected.alpha, 12);
      const components = row?.components as PrincipalComponents;
      expect(components.count).toBe(expected.pca.count);
      components.eigenvalues.forEach((value, index) => expect(value).toBeCloseTo(expected.pca.eigenvalues[index] as number, 12));
      components.eigenvectors.forEach((vector, component) => vector.forEach((value, index) => expect(value).toBeCloseTo(expected.pca.eigenvectors[component]?.[index] as number, 10)));
      components.loadings.forEach((vector, component) => vector.forEach((value, index) => expect(value).toBeCloseTo(expected.pca.loadings[component]?.[index] as number, 10)));
    }
  });

  it('flags the near-copy as collinear, the indicator pulling against its pillar, and the lognormal outliers', () => {
    expect(audit.flags.map((flag) => [flag.code, flag.nodes.join('+')])).toEqual([
      ['collinear', 'a1+a2'],
      ['negative-with-parent', 'c2'],
    ]);
    expect(audit.indicators.find((row) => row.id === 'b2')?.flags).toEqual(['skew-kurtosis']);
    expect(audit.indicators.find((row) => row.id === 'b3')).toMatchObject({ count: 28, availability: 0.7, flags: [] });
    expect(statisticalAudit(fixture.framework, fixture.dataset, { collinearity: 0.7, methods: ['pearson'] }).flags.filter((flag) => flag.code === 'collinear').map((flag) => flag.nodes.join('+'))).toEqual(['a1+a2', 'c1+c2', 'c1+c3', 'c2+c3']);
  });

  it('sets importance (r² shares) beside nominal shares', () => {
    const p3 = audit.importance.filter((row) => row.parent === 'p3');
    const r = (id: string): number => fixture.correlations.find((row) => row.first === id && row.second === 'p3')?.pearson as number;
    const total = r('c1') ** 2 + r('c2') ** 2 + r('c3') ** 2;
    for (const row of p3) {
      expect(row.nominalShare).toBeCloseTo(1 / 3, 15);
      expect(row.importanceShare).toBeCloseTo(r(row.id) ** 2 / total, 12);
    }
    // a2 weighs 2 of 4 in p1, p1 weighs 2 of 4 in the index: 0.5 · 0.5
    expect(audit.importance.find((row) => row.id === 'a2')?.nominalIndexShare).toBe(0.25);
    const indexShares = audit.importance.filter((row) => row.kind === 'indicator').map((row) => row.indexImportanceShare as number);
    expect(indexShares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  });

  it('prints as tables', () => {
    const tables = auditTables(audit);
    expect(tables.indicators.rows).toHaveLength(10);
    expect(formatTable(tables.flags, 'md')).toContain('| collinear | p1 | a1, a2 | 0.9987 |');
    expect(tables.aggregates.rows.find((row) => row[0] === 'p3')?.[3]).toBe('-1.424');
    expect(auditTables(audit, { language: 'vi' }).aggregates.rows.find((row) => row[0] === 'p3')?.[3]).toBe('-1,424');
  });

  it('describes raw, denominated or normalised values, and refuses unknown options', () => {
    const normalised = auditIndicators(fixture.framework, fixture.dataset, { values: 'normalised' });
    expect(normalised.find((row) => row.id === 'a1')).toMatchObject({ minimum: 0, maximum: 1 });
    expect(() => statisticalAudit(fixture.framework, fixture.dataset, { collinearity: 2 })).toThrow(RangeError);
    expect(() => statisticalAudit(fixture.framework, fixture.dataset, { methods: ['spearman'] })).toThrow(/flagMethod/);
    expect(() => auditIndicators(fixture.framework, fixture.dataset, { value: 'raw' } as never)).toThrow(/did you mean "values"/);
  });
});
