/**
 * chiso audit and chiso weights on the bundled DESI 2022 sample. The figures themselves are checked
 * against numpy/scipy in test/analysis/audit and test/analysis/weights; here the commands must print
 * what the library computes, in each format, and refuse options that do nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditIndicators, statisticalAudit } from '../../src/analysis/index.js';
import { datasetFromCsv, desi2022 } from '../../src/index.js';
import { chiso, desiCsv, writeTemporary } from './cli-helpers.js';

const desi = ['--framework', 'desi-2022', '--data', desiCsv];
const dataset = datasetFromCsv(readFileSync(desiCsv, 'utf8'));

describe('chiso audit', () => {
  it('prints the indicator statistics, the flags, the aggregates and importance', async () => {
    const { code, stdout, stderr } = await chiso(['audit', ...desi]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2a3 +sub2a +28\/28 +1 +0\.0379 +0\.06407 +0 +0\.2675 +2\.665 +7\.262 +0\.1786 +skew-kurtosis$/m);
    expect(stdout).toMatch(/^collinear +sub1a +1a1, 1a2 +0\.9572$/m);
    expect(stdout).toMatch(/^desi +4 +28 +0\.8273 +0\.6919 +1 +dim1 0\.9321; dim2 0\.5585; dim3 0\.9142; dim4 0\.8667$/m);
    expect(stdout).not.toContain('Correlations');
    const audit = statisticalAudit(desi2022, dataset);
    expect(audit.aggregates.find((row) => row.id === 'desi')?.alpha?.toPrecision(4)).toBe('0.8273');
  });

  it('writes Markdown with headings, CSV tables separated by a blank line, JSON data, Vietnamese numbers', async () => {
    const md = await chiso(['audit', ...desi, '--format', 'md', '--correlations', '--methods', 'spearman']);
    expect(md.stdout).toContain('## Correlations');
    expect(md.stdout).toContain('| First | Second | Relation | Group | Units | Pearson | Spearman |');
    const csv = await chiso(['audit', ...desi, '--format', 'csv']);
    expect(csv.stdout.split('\n\n')).toHaveLength(4);
    const json = await chiso(['audit', ...desi, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ framework: 'desi-2022', root: 'desi', units: 28 });
    const vi = await chiso(['audit', ...desi, '--data-only', '--lang', 'vi']);
    expect(vi.stdout).toMatch(/^2a3 +sub2a +28\/28 +1 +0,0379 /m);
    const dataOnly = await chiso(['audit', ...desi, '--data-only', '--format', 'json', '--values', 'normalised']);
    expect(JSON.parse(dataOnly.stdout)).toEqual(JSON.parse(JSON.stringify(auditIndicators(desi2022, dataset, { values: 'normalised' }))));
  });

  it('refuses options that do nothing or are not understood', async () => {
    expect((await chiso(['audit', ...desi, '--data-only', '--correlations'])).code).toBe(2);
    // --lang is global (messages and tables in every command): with --format json it is accepted,
    // and the JSON is the same data
    const json = await chiso(['audit', ...desi, '--data-only', '--format', 'json', '--lang', 'vi']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse((await chiso(['audit', ...desi, '--data-only', '--format', 'json'])).stdout));
    const wrong = await chiso(['audit', ...desi, '--methods', 'kendal']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('did you mean "kendall"');
    expect((await chiso(['audit', ...desi, '--collinearity', '1.5'])).code).toBe(2);
    expect((await chiso(['audit', ...desi, '--values', 'scaled'])).code).toBe(2);
  });
});

describe('chiso weights', () => {
  it('writes an equal-weight framework to standard output without data', async () => {
    const { code, stdout } = await chiso(['weights', '--method', 'equal', '--framework', 'desi-2022']);
    expect(code).toBe(0);
    const framework = JSON.parse(stdout) as { root: { children: { weight: number }[] } };
    expect(framework.root.children.map((child) => child.weight)).toEqual([1, 1, 1, 1]);
  });

  it('writes optimised weights to a file and prints the change and the convergence', async () => {
    const out = join(writeTemporary('placeholder.txt', ''), '..', 'balanced.json');
    const { code, stdout, stderr } = await chiso(['weights', '--method', 'optimise', ...desi, '--out-framework', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('converged after');
    expect(stdout).toMatch(/^dim1 +desi +0\.25 +0\.09\d+$/m);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { id: string };
    expect(written.id).toBe('desi-2022');
  });

  it('reads targets as id=number and refuses mistakes', async () => {
    const out = join(writeTemporary('placeholder.txt', ''), '..', 'targets.json');
    expect((await chiso(['weights', '--method', 'optimise', ...desi, '--targets', 'dim1=2,dim2=1,dim3=1,dim4=1', '-o', out])).code).toBe(0);
    const typo = await chiso(['weights', '--method', 'optimise', ...desi, '--targets', 'dim5=1']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean');
    expect((await chiso(['weights', '--method', 'equal', ...desi])).code).toBe(2);
    expect((await chiso(['weights', '--method', 'pca', ...desi, '--measure', 'r2'])).code).toBe(2);
    expect((await chiso(['weights', ...desi])).code).toBe(2);
  });
});
