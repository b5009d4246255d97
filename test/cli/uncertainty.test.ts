/**
 * chiso uncertainty. Source of truth for the figures: the library's `uncertainty` on `fastModel`
 * (tested against R's type-7 quantiles and COINr's get_noisy_weights in test/analysis/uncertainty);
 * the command must print exactly what it returns, and the same for the same seed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { uncertainty } from '../../src/analysis/uncertainty/uncertainty.js';
import { statusLine } from '../../src/cli/commands/uncertainty.js';
import { fastModel } from '../../src/engine/fast/model.js';
import { datasetFromCsv, desi2022 } from '../../src/index.js';
import { chiso, desiCsv, writeTemporary } from './cli-helpers.js';

const desi = ['--framework', 'desi-2022', '--data', desiCsv];

interface JsonResult {
  node: string;
  seed: number | string;
  runs: number;
  topK: number;
  status: { ok: number; failed: number };
  units: { unit: string; name?: string; nominalRank: number | null; median: number | null; mean: number | null; lower: number | null; upper: number | null; topK: number; distribution: { ranks: number[]; counts: number[] } }[];
  ranks?: number[][];
  runOk?: boolean[];
}

describe('chiso uncertainty', () => {
  it('runs the documented command: 10,000 runs of ±25% weight noise, seed 1', async () => {
    const { code, stdout, stderr } = await chiso(['uncertainty', '--framework', 'desi-2022', '--data', desiCsv, '--runs', '10000', '--seed', '1']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Digital Economy and Society Index (DESI) 2022: ranks at desi under weights ±25% (uniform), seed 1');
    expect(stdout).toMatch(/^ {3}1 {2}FI {4}Finland +1 {3}1\.38 {4}1 – 2 {6}1\.000$/m);
    expect(stdout).toMatch(/^ {3}3 {2}NL {4}Netherlands +3 {3}3\.00 {4}3 – 3 {6}1\.000$/m);
    // the EU row is not ranked: no figures, listed last
    expect(stdout).toMatch(/^ {3}– {2}EU {4}European Union \(EU-27\) +– +– +– +–\n\n10000 runs: 10000 ok\n$/m);
  });

  it('prints what the library computes, sorted by nominal rank', async () => {
    const json = JSON.parse((await chiso(['uncertainty', ...desi, '--runs', '50', '--seed', '7', '--format', 'json'])).stdout) as JsonResult;
    const expected = await uncertainty(fastModel(desi2022, datasetFromCsv(readFileSync(desiCsv, 'utf8'))), { runs: 50, seed: 7, topK: 10 });
    expect(json.units.map((unit) => [unit.unit, unit.nominalRank, unit.median, unit.mean, unit.lower, unit.upper, unit.topK])).toEqual(expected.units.map((unit) => [unit.unit, unit.nominalRank, unit.median, unit.mean, unit.lower, unit.upper, unit.topK]));
    expect(json.units.find((unit) => unit.unit === 'FI')?.name).toBe('Finland');
    const table = (await chiso(['uncertainty', ...desi, '--runs', '50', '--seed', '7'])).stdout;
    const order = table.split('\n').slice(4, 31).map((line) => line.trim().split(/\s+/)[1]);
    const byRank = [...expected.units].filter((unit) => unit.nominalRank !== null).sort((left, right) => (left.nominalRank ?? 0) - (right.nominalRank ?? 0));
    expect(order).toEqual(byRank.map((unit) => unit.unit));
  });

  it('writes Markdown, CSV (the interval in two columns, the status on standard error) and JSON', async () => {
    const md = await chiso(['uncertainty', ...desi, '--runs', '50', '--format', 'md']);
    expect(md.stdout.split('\n')[0]).toBe('| Rank | Unit | Name | Median | Mean | 5–95% | P(top 10) |');
    expect(md.stdout).toContain('\n50 runs: 50 ok\n');
    const csv = await chiso(['uncertainty', ...desi, '--runs', '50', '--format', 'csv', '--top', '3']);
    expect(csv.stdout.split('\n')[0]).toBe('Rank,Unit,Name,Median,Mean,5%,95%,P(top 3)');
    expect(csv.stdout.split('\n')[1]).toMatch(/^1,FI,Finland,1,1\.\d\d,1,2,1\.000$/);
    expect(csv.stdout).not.toContain('runs:');
    expect(csv.stderr).toBe('50 runs: 50 ok\n');
    const json = await chiso(['uncertainty', ...desi, '--runs', '50', '--format', 'json']);
    const result = JSON.parse(json.stdout) as JsonResult;
    expect(result).toMatchObject({ node: 'desi', seed: 1, runs: 50, topK: 10, status: { ok: 50, failed: 0 } });
    expect(result.units).toHaveLength(28);
    expect(result.ranks).toBeUndefined();
    const fi = result.units.find((unit) => unit.unit === 'FI');
    expect(fi?.distribution.counts.reduce((sum, count) => sum + count, 0)).toBe(50);
    expect(json.stderr).toBe('50 runs: 50 ok\n');
  });

  it('--all-runs adds every run\'s ranks; a seed beyond 2^53 is written as text', async () => {
    const result = JSON.parse((await chiso(['uncertainty', ...desi, '--runs', '20', '--format', 'json', '--all-runs', '--seed', '18446744073709551615'])).stdout) as JsonResult & { unitIds: string[] };
    expect(result.seed).toBe('18446744073709551615');
    expect(result.ranks).toHaveLength(20);
    expect(result.ranks?.[0]).toHaveLength(28);
    expect(result.runOk).toEqual(Array.from({ length: 20 }, () => true));
    // every run ranks the 27 member states 1…27 and leaves the EU row (0) out
    expect([...(result.ranks?.[0] ?? [])].sort((left, right) => left - right)).toEqual([0, ...Array.from({ length: 27 }, (_rank, index) => index + 1)]);
  });

  it('gives the same output for the same seed, another for another seed', async () => {
    const first = await chiso(['uncertainty', ...desi, '--runs', '50', '--seed', '3', '--format', 'csv']);
    const second = await chiso(['uncertainty', ...desi, '--runs', '50', '--seed', '3', '--format', 'csv']);
    expect(second.stdout).toBe(first.stdout);
    const other = await chiso(['uncertainty', ...desi, '--runs', '50', '--seed', '4', '--format', 'csv']);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('gives the same output on two worker threads', async () => {
    const one = await chiso(['uncertainty', ...desi, '--runs', '200', '--format', 'json']);
    const two = await chiso(['uncertainty', ...desi, '--runs', '200', '--format', 'json', '--threads', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 30_000);

  it('takes --noise, --node and --sources', async () => {
    const noise = await chiso(['uncertainty', ...desi, '--runs', '50', '--noise', '0.1']);
    expect(noise.stdout.split('\n')[0]).toContain('under weights ±10% (uniform)');
    const node = await chiso(['uncertainty', ...desi, '--runs', '50', '--node', 'dim2', '--format', 'json']);
    expect((JSON.parse(node.stdout) as JsonResult).node).toBe('dim2');
    const sources = writeTemporary('sources.json', JSON.stringify([{ kind: 'exclusion', count: 1 }, { kind: 'weights', noise: 0.1, aggregates: ['desi'] }]));
    const excluded = await chiso(['uncertainty', ...desi, '--runs', '50', '--sources', sources]);
    expect(excluded.code).toBe(0);
    expect(excluded.stdout.split('\n')[0]).toContain(`under the sources of ${sources}`);
  });

  it('counts runs that cannot be computed, grouped by reason, and never drops them', async () => {
    // noise above 1 makes some weights negative
    const { code, stdout } = await chiso(['uncertainty', ...desi, '--runs', '50', '--noise', '1.5']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n50 runs: 0 ok, 50 failed\n {2}1 × the weight of "[^"]+" is -[0-9.]+; weights must be finite and non-negative.* \(first: run 0\)\n/);
    expect(stdout).toContain('… and 45 other kinds of failure (--format json lists every failed run)');
    expect(statusLine(10, { ok: 8, failed: 2, reasons: [{ kind: 'invalid_weight at weights.x', reason: 'the weight of "x" is -0.1', count: 2, firstRun: 3 }] })).toBe('10 runs: 8 ok, 2 failed\n  2 × the weight of "x" is -0.1 (first: run 3)');
  });

  it('shows progress when standard error is a terminal, and clears it', async () => {
    const progress: string[] = [];
    const { code } = await chiso(['uncertainty', ...desi, '--runs', '2000'], progress);
    expect(code).toBe(0);
    expect(progress.some((text) => /^2,000 runs [0-9,]+\/2,000 \(\d+%\)$/.test(text))).toBe(true);
    expect(progress.at(-1)).toBe('');
  });

  it('usage errors for bad numbers and options, exit 2 with nothing on standard output', async () => {
    const cases: [string[], string][] = [
      [['--runs', '0'], '--runs "0": expected a whole number from 1'],
      [['--runs', '1e3'], '--runs "1e3" is not a whole number'],
      [['--runs=-5'], '--runs "-5" is not a whole number'],
      [['--runs', '-5'], '--runs is followed by "-5", which reads as an option'],
      [['--runs', 'abc'], '--runs "abc" is not a whole number'],
      [['--runs', '2.5'], '--runs "2.5" is not a whole number'],
      [['--seed', '1.5'], '--seed "1.5" is not a whole number'],
      [['--seed', 'x'], '--seed "x" is not a whole number'],
      [['--seed', '18446744073709551616'], '--seed "18446744073709551616" is too large'],
      [['--top', '29'], '--top "29": expected a whole number from 1 to 28'],
      [['--threads', '0'], '--threads "0": expected a whole number from 1 to 256'],
      [['--noise', '-0.1'], 'reads as an option'],
      [['--noise', 'abc'], '--noise "abc" is not a positive decimal number'],
      [['--noise', '0.2', '--sources', 'x.json'], '--noise sets the default weight noise and does nothing with --sources'],
      [['--all-runs'], '--all-runs adds every run\'s ranks to the JSON output'],
      [['--nosie', '0.2'], 'unknown option "--nosie"; did you mean "--noise"?'],
      [['--node', 'dim5'], '--node "dim5": there is no node "dim5"; did you mean "dim1"?'],
      [['--format', 'xls'], '--format "xls" is not one of table, md, csv, json'],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await chiso(['uncertainty', ...desi, ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout, args.join(' ')).toBe('');
      expect(stderr, args.join(' ')).toContain(message);
    }
  });

  it('a sources file with a mistake is exit 1, naming the file and each path; a missing file too', async () => {
    const bad = writeTemporary('sources.json', JSON.stringify([{ kind: 'weights', noise: 0.25, aggregates: ['dim9'] }, { kind: 'wieghts' }]));
    const { code, stdout, stderr } = await chiso(['uncertainty', ...desi, '--runs', '50', '--sources', bad]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      `chiso: ${bad}: the uncertainty sources are not usable:`,
      '  sources[0].aggregates[0]: source 0: no aggregate "dim9" — did you mean "dim1"?',
      '  sources[1].kind: source 1: unknown kind "wieghts" — did you mean "weights"?; the kinds are weights, normalisation, aggregation, missing, exclusion, data',
      '',
    ]);
    const object = writeTemporary('object.json', '{ "kind": "weights" }');
    const notList = await chiso(['uncertainty', ...desi, '--sources', object]);
    expect(notList.code).toBe(1);
    expect(notList.stderr).toBe(`chiso: ${object}: The uncertainty sources are not valid:\n  sources: the sources are an object; expected a list of sources, e.g. [{ "kind": "weights", "noise": 0.25 }]\n`);
    const missing = await chiso(['uncertainty', ...desi, '--sources', 'no-such-sources.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read "no-such-sources.json": no such file');
    const data = await chiso(['uncertainty', '-f', 'desi-2022', '-d', 'no-such.csv']);
    expect(data.code).toBe(1);
    expect(data.stderr).toContain('cannot read "no-such.csv": no such file');
  });
});
