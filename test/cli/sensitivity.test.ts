/**
 * chiso sensitivity. Source of truth for the indices: the library's `modelSensitivity` on
 * `fastModel` (its estimators are checked against the Ishigami function and SALib in
 * test/analysis/sensitivity); the command must print exactly its indices, sorted by total index.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modelSensitivity } from '../../src/analysis/uncertainty/model-sensitivity.js';
import { fastModel } from '../../src/engine/fast/model.js';
import { datasetFromCsv, desi2022 } from '../../src/index.js';
import { chiso, desiCsv, dti2023, writeTemporary } from './cli-helpers.js';

const desi = ['--framework', 'desi-2022', '--data', desiCsv];
const small = ['--n', '64', '--bootstrap', '100'];

interface JsonIndices {
  n: number;
  runs: number;
  seed: number | string;
  sequence: string;
  output: { kind: string; unit?: string };
  factors: string[];
  indices: { name: string; first: number; total: number; firstInterval: { lower: number; upper: number } | null }[];
}

describe('chiso sensitivity', () => {
  it("by default: each aggregate's weights ±25% as factors, the mean |rank shift| as output, sorted by total index", async () => {
    const { code, stdout, stderr } = await chiso(['sensitivity', ...desi, ...small]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe("Digital Economy and Society Index (DESI) 2022: Sobol' indices of the mean |rank shift| at desi: N = 64, 1,088 runs, seed 1, scrambled Sobol' points");
    expect(stdout.split('\n')[2]).toMatch(/^Factor +What varies +First +First 95% +Total +Total 95%$/);
    const expected = await modelSensitivity(fastModel(desi2022, datasetFromCsv(readFileSync(desiCsv, 'utf8'))), {
      sources: [{ kind: 'weights', noise: 0.25, factors: 'per-aggregate' }],
      output: { kind: 'mean-rank-shift' },
      n: 64,
      seed: 1,
      bootstrap: { resamples: 100 },
    });
    const sorted = [...expected.indices].sort((left, right) => right.total - left.total || left.first - right.first);
    const rows = stdout.split('\n').slice(4, 4 + sorted.length);
    expect(rows.map((row) => row.split(/\s{2,}/)[0])).toEqual(sorted.map((index) => index.name));
    const first = sorted[0];
    expect(rows[0]).toContain(`${first?.total.toFixed(3)}`);
    expect(rows.find((row) => row.startsWith('weights:dim2'))).toContain('Connectivity');
    expect(stdout).toMatch(/\nOutput mean [0-9.]+, variance [0-9.]+; 95% bootstrap intervals from 100 resamples\n$/);
  });

  it('writes Markdown, CSV (intervals in two columns) and JSON; --bootstrap 0 leaves the intervals out', async () => {
    const md = await chiso(['sensitivity', ...desi, ...small, '--format', 'md']);
    expect(md.stdout.split('\n')[0]).toBe('| Factor | What varies | First | First 95% | Total | Total 95% |');
    const csv = await chiso(['sensitivity', ...desi, ...small, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('Factor,What varies,First,First low,First high,Total,Total low,Total high');
    expect(csv.stdout.split('\n')).toHaveLength(15 + 2);
    const none = await chiso(['sensitivity', ...desi, '--n', '64', '--bootstrap', '0', '--format', 'csv']);
    expect(none.stdout.split('\n')[0]).toBe('Factor,What varies,First,Total');
    const json = JSON.parse((await chiso(['sensitivity', ...desi, ...small, '--format', 'json'])).stdout) as JsonIndices;
    expect(json).toMatchObject({ n: 64, runs: 64 * 17, seed: 1, sequence: 'sobol', output: { kind: 'mean-rank-shift' } });
    expect(json.factors).toHaveLength(15);
    expect(json.indices.every((index) => Number.isFinite(index.first) && Number.isFinite(index.total) && index.firstInterval !== null)).toBe(true);
  });

  it('decomposes a unit\'s rank or score; the same seed gives the same output', async () => {
    const rank = await chiso(['sensitivity', ...desi, ...small, '--output', 'rank:IT', '--format', 'csv']);
    expect(rank.code).toBe(0);
    const again = await chiso(['sensitivity', ...desi, ...small, '--output', 'rank:IT', '--format', 'csv']);
    expect(again.stdout).toBe(rank.stdout);
    const header = (await chiso(['sensitivity', ...desi, ...small, '--output', 'score:IT', '--node', 'dim2'])).stdout.split('\n')[0];
    expect(header).toContain("Sobol' indices of the score of IT at dim2: N = 64");
    const other = await chiso(['sensitivity', ...desi, ...small, '--output', 'rank:IT', '--format', 'csv', '--seed', '2']);
    expect(other.stdout).not.toBe(rank.stdout);
  });

  it('--runs sets N from the runs wanted: N = runs ÷ (factors + 2)', async () => {
    const { code, stdout } = await chiso(['sensitivity', ...desi, '--runs', '1000', '--bootstrap', '0']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toContain('N = 58, 986 runs');
    expect((await chiso(['sensitivity', ...desi, '--runs', '10'])).stderr).toContain("--runs 10: with 15 factors a Sobol' analysis needs at least 34 runs (N = 2)");
    expect((await chiso(['sensitivity', ...desi, '--runs', '100', '--n', '4'])).stderr).toContain('give either --n (the base sample size) or --runs (the runs in all), not both');
  });

  it('takes a sources file, with one factor per item', async () => {
    const sources = writeTemporary('sources.json', JSON.stringify([{ kind: 'weights', noise: 0.25, aggregates: ['desi'], factors: 'per-item' }]));
    const json = JSON.parse((await chiso(['sensitivity', ...desi, ...small, '--sources', sources, '--format', 'json'])).stdout) as JsonIndices;
    expect(json.factors.sort()).toEqual(['weights:dim1', 'weights:dim2', 'weights:dim3', 'weights:dim4']);
  });

  it('usage errors exit 2; a sources file with a mistake exits 1 naming it', async () => {
    const cases: [string[], string][] = [
      [['--n', '1'], '--n "1": expected a whole number from 2'],
      [['--n', '1e3'], '--n "1e3" is not a whole number'],
      [['--seed', '-1'], 'reads as an option'],
      [['--seed', '0x10'], '--seed "0x10" is not a whole number'],
      [['--bootstrap', 'many'], '--bootstrap "many" is not a whole number'],
      [['--output', 'rank'], '--output "rank" is not one of mean-rank-shift, rank:UNIT, score:UNIT'],
      [['--output', 'rank:ITA'], '--output "ITA": there is no unit "ITA"; did you mean "IT"?'],
      [['--outptu', 'rank:IT'], 'unknown option "--outptu"; did you mean "--output"?'],
      [['--noise', '0.1', '--sources', 'x.json'], '--noise sets the weight noise of the default factors'],
      [['--output', 'rank:EU'], '--output "rank:EU": unit "EU" has no rank at "desi" in the model as written (it is not ranked)'],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await chiso(['sensitivity', ...desi, ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr, args.join(' ')).toContain(message);
    }
    const bad = writeTemporary('sources.json', JSON.stringify([{ kind: 'weights', noise: 0.25, factors: 'per-dimension' }]));
    const wrong = await chiso(['sensitivity', ...desi, ...small, '--sources', bad]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain(`chiso: ${bad}:`);
    expect(wrong.stderr).toContain('sources[0].factors');
  });

  it('gives the same output on two worker threads', async () => {
    const one = await chiso(['sensitivity', ...desi, ...small, '--format', 'json']);
    const two = await chiso(['sensitivity', ...desi, ...small, '--format', 'json', '--threads', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 30_000);

  it("uses pseudo-random points, and says so, for more inputs than Sobol' points take (128)", async () => {
    const ids = Array.from({ length: 130 }, (_entry, index) => `x${index}`);
    const framework = writeTemporary('wide.json', JSON.stringify({ id: 'wide', name: 'Wide', scale: 100, root: { kind: 'aggregate', id: 'index', children: ids.map((id) => ({ kind: 'indicator', id, unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } })) } }));
    const data = writeTemporary('wide.json', JSON.stringify({ units: ['A', 'B', 'C', 'D'].map((unit, row) => ({ id: unit, values: Object.fromEntries(ids.map((id, column) => [id, (row * 37 + column * 11) % 100])) })) }));
    const { code, stdout } = await chiso(['sensitivity', '-f', framework, '-d', data, '--n', '16', '--bootstrap', '0']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toContain("N = 16, 48 runs, seed 1, pseudo-random points (130 inputs are more than Sobol' points take)");
  });

  it('prints the Sobol\' table of docs/robustness.md (DTI 2022, examples/robustness-sources.json, N = 1024, seed 1)', async () => {
    const sources = fileURLToPath(new URL('../../examples/robustness-sources.json', import.meta.url));
    const { code, stdout } = await chiso(['sensitivity', '--framework', 'vn-dti-2022', '--data', dti2023, '--sources', sources, '--output', 'mean-rank-shift', '--n', '1024', '--seed', '1']);
    expect(code).toBe(0);
    expect(stdout).toContain('N = 1024, 20,480 runs, seed 1');
    expect(stdout).toMatch(/^inside:cyber_security +weights within Cyber security +0\.155 +0\.102 – 0\.207 +0\.324 +0\.283 – 0\.364$/m);
    expect(stdout).toMatch(/^weight:cyber_security +weight of Cyber security +0\.053 +0\.000 – 0\.102 +0\.320 +0\.277 – 0\.366$/m);
    expect(stdout).toMatch(/^weight:institutions +weight of Digital institutions +0\.040 +-0\.001 – 0\.077 +0\.175 +0\.154 – 0\.198$/m);
  }, 30_000);
});
