/**
 * chiso scenario. Source of truth: the worked example of docs/scenarios.md (DTI 2022 on the
 * bundled 2023 sample), whose figures test/analysis/scenario checks against hand computation;
 * here the command must print the same rows.
 */
import { describe, expect, it } from 'vitest';
import { chiso, dti2023, desiCsv, writeTemporary } from './cli-helpers.js';

const scenarios = writeTemporary(
  'scenarios.json',
  JSON.stringify([
    { name: 'economy x2', edits: [{ kind: 'set-weight', node: 'economy', weight: 300 }] },
    { name: 'no cyber security', edits: [{ kind: 'drop', node: 'cyber_security' }] },
  ]),
);
const dti = ['--framework', 'vn-dti-2022', '--data', dti2023];

describe('chiso scenario --scenarios', () => {
  it('prints every unit per scenario, then the summary, as docs/scenarios.md shows', async () => {
    const { code, stdout, stderr } = await chiso(['scenario', ...dti, '--scenarios', scenarios]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('2 scenarios, ranks at pdti');
    expect(stdout).toMatch(/^ {3}1 {2}01 {4}Hà Nội +0\.8920 +0\.8849 +1 +0 +0\.8902 +1 +0$/m);
    expect(stdout).toMatch(/^ {2}10 {2}31 {4}Hải Phòng +0\.7609 +0\.7524 +9 +\+1 +0\.7820 +5 +\+5$/m);
    expect(stdout).toMatch(/^economy x2 +ok +0\.48 +3 +24 +Sơn La, Quảng Nam, Quảng Ngãi \(\+2\) +Phú Yên \(-3\) +–$/m);
    expect(stdout).toMatch(/^no cyber security +ok +1\.90 +7 +47 +Hải Phòng, Ninh Bình, Bạc Liêu \(\+5\) +Yên Bái \(-7\) +–$/m);
    // the unit table comes first, the summary below it
    expect(stdout.indexOf('Hà Nội')).toBeLessThan(stdout.indexOf('Summary'));
  });

  it('writes Markdown, CSV (two tables) and JSON (the comparison as data)', async () => {
    const md = await chiso(['scenario', ...dti, '--scenarios', scenarios, '--format', 'md', '--columns', 'rank']);
    expect(md.stdout).toContain('| Rank | Unit | Name | Base pdti | economy x2: rank | no cyber security: rank |');
    expect(md.stdout).toContain('| 10 | 31 | Hải Phòng | 0.7609 | 9 | 5 |');
    const csv = await chiso(['scenario', ...dti, '--scenarios', scenarios, '--format', 'csv']);
    const [units, summary] = csv.stdout.split('\n\n');
    expect(units?.split('\n')[1]).toBe('1,01,Hà Nội,0.8920,0.8849,1,0,0.8902,1,0');
    expect(summary?.split('\n')[0]).toBe('Scenario,Status,Mean |shift|,Max |shift|,Changed,Moved up most,Moved down most,Not ranked');
    const json = await chiso(['scenario', ...dti, '--scenarios', scenarios, '--format', 'json']);
    const comparison = JSON.parse(json.stdout) as { node: string; names: string[]; scenarios: { name: string; maxAbsoluteRankShift: number }[]; units: { unit: string; scenarios: { rank: number }[] }[] };
    expect(comparison.node).toBe('pdti');
    expect(comparison.names).toEqual(['economy x2', 'no cyber security']);
    expect(comparison.scenarios.map((scenario) => scenario.maxAbsoluteRankShift)).toEqual([3, 7]);
    expect(comparison.units.find((unit) => unit.unit === '31')?.scenarios.map((figures) => figures.rank)).toEqual([9, 5]);
  });

  it('--preview gives the same tables on the float engine, and says so', async () => {
    const exact = await chiso(['scenario', ...dti, '--scenarios', scenarios]);
    const preview = await chiso(['scenario', ...dti, '--scenarios', scenarios, '--preview']);
    expect(preview.code).toBe(0);
    expect(preview.stdout.split('\n')[0]).toContain('ranks at pdti (preview on the float engine: score the scenarios you keep without --preview)');
    expect(preview.stdout.split('\n').slice(1)).toEqual(exact.stdout.split('\n').slice(1));
    const json = JSON.parse((await chiso(['scenario', ...dti, '--scenarios', scenarios, '--preview', '--format', 'json'])).stdout) as { engine?: string };
    expect(json.engine).toBe('fast');
  });

  it('compares at --node', async () => {
    const { code, stdout } = await chiso(['scenario', ...dti, '--scenarios', scenarios, '--node', 'economy', '--format', 'csv', '--columns', 'score']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Rank,Unit,Name,Base economy,economy x2: score,no cyber security: score');
  });

  it('a scenario with a mistake is exit 1, naming the file, the path and the node probably meant', async () => {
    const bad = writeTemporary('bad.json', JSON.stringify([{ name: 'typo', edits: [{ kind: 'set-weight', node: 'econmy', weight: 2 }] }]));
    const { code, stdout, stderr } = await chiso(['scenario', ...dti, '--scenarios', bad]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`chiso: ${bad}: The scenarios cannot be applied`);
    expect(stderr).toMatch(/scenarios\[0\]\.edits\[0\]\.node: .*"econmy".*did you mean "economy"\?/);
    const invalid = writeTemporary('invalid.json', '[{ "name": "a", "edits": [] }, { "name": "a", "edits": [] }]');
    const twice = await chiso(['scenario', ...dti, '--scenarios', invalid]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(`${invalid}: The scenarios are not valid`);
    expect(twice.stderr).toContain('scenarios[1].name: scenario name "a" is already used by scenarios[0]');
    const notJson = writeTemporary('broken.json', '[{ "name": ');
    expect((await chiso(['scenario', ...dti, '--scenarios', notJson])).stderr).toContain('is not valid JSON');
    const missing = await chiso(['scenario', ...dti, '--scenarios', 'no-such-scenarios.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read "no-such-scenarios.json": no such file');
  });

  it('a scenario that cannot be scored is reported in the summary, not dropped', async () => {
    const last = writeTemporary('last.json', JSON.stringify([{ name: 'no smart city criteria', edits: [{ kind: 'drop', node: 'smart_city_projects' }] }]));
    const { code, stdout } = await chiso(['scenario', ...dti, '--scenarios', last]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^no smart city criteria +failed: edits\[0\]\.node: "smart_city_projects" is the only child of "smart_city"/m);
  });
});

describe('chiso scenario --remove', () => {
  it('removes each main index in turn, as docs/scenarios.md shows', async () => {
    const { code, stdout } = await chiso(['scenario', ...dti, '--remove', '1']);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((line) => /^[a-z_]+ {2}/.test(line));
    expect(rows.map((line) => line.split(/\s{2,}/)[0])).toEqual(['institutions', 'cyber_security', 'infrastructure', 'awareness', 'government', 'economy', 'human_resources', 'society', 'smart_city']);
    expect(stdout).toMatch(/^institutions +Digital institutions +1\.92 +7 +Yên Bái \(\+7\)/m);
  });

  it('removes the nodes listed, every indicator, and writes JSON without the runs', async () => {
    const listed = await chiso(['scenario', ...dti, '--remove', 'economy,society', '--format', 'csv']);
    expect(listed.stdout.split('\n').slice(1, 3).map((line) => line.split(',')[0])).toEqual(['economy', 'society']);
    const json = await chiso(['scenario', '-f', 'desi-2022', '-d', desiCsv, '--remove', 'indicators', '--format', 'json']);
    const analysis = JSON.parse(json.stdout) as { node: string; removals: { element: string; status: string }[]; runs?: unknown };
    expect(analysis.node).toBe('desi');
    expect(analysis.removals).toHaveLength(33);
    expect(analysis.runs).toBeUndefined();
    // DESI's 2d1 and 3a1 are the only children of their sub-dimensions: failed, with the reason
    expect(analysis.removals.filter((removal) => removal.status === 'failed').map((removal) => removal.element)).toEqual(['2d1', '3a1']);
  });

  it('usage errors: neither or both of --scenarios and --remove, a bad level or node, --columns with --remove', async () => {
    for (const args of [[], ['--scenarios', scenarios, '--remove', '1'], ['--remove', '7'], ['--remove', 'pdti'], ['--remove', '1', '--columns', 'rank'], ['--scenarios', scenarios, '--columns', 'rnak'], ['--scenarios', scenarios, '--format', 'xml'], ['--remove', '1', '--preview'], ['--scenarios', scenarios, '--preview', '--node', 'online_dossiers_pct']]) {
      const { code, stdout, stderr } = await chiso(['scenario', ...dti, ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Run "chiso scenario --help" for usage.');
    }
    expect((await chiso(['scenario', ...dti, '--remove', 'ecnomy'])).stderr).toContain('--remove "ecnomy": there is no node "ecnomy"; did you mean "economy"?');
    expect((await chiso(['scenario', ...dti, '--scenarios', scenarios, '--columns', 'rnak'])).stderr).toContain('did you mean "rank"?');
    expect((await chiso(['scenario', ...dti, '--scenario', scenarios])).stderr).toContain('unknown option "--scenario"; did you mean "--scenarios"?');
    expect((await chiso(['scenario', ...dti, '--remove', '7'])).stderr).toContain('framework "vn-dti-2022" has levels 1 to 2 below its top index');
  });
});
