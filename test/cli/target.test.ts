/**
 * chiso target. Source of truth: the worked examples of docs/targets.md (Italy and the DESI top 10,
 * exact on a linear framework; Hải Dương and the DTI top 10, searched), which
 * test/analysis/targets checks by re-scoring; the command must print the same answers.
 */
import { describe, expect, it } from 'vitest';
import { chiso, desiCsv, dti2023, writeTemporary } from './cli-helpers.js';

const desi = ['--framework', 'desi-2022', '--data', desiCsv];

describe('chiso target', () => {
  it('prints, per indicator, the smallest single change that takes Italy into the DESI top 10', async () => {
    const { code, stdout, stderr } = await chiso(['target', ...desi, '--unit', 'IT', '--rank', '10']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Italy (now 49.3, rank 18): what it takes to reach rank 10 or better at desi (a score of 54.6757) — 3 of 33 indicators can alone');
    expect(stdout).toMatch(/^1b1 +0\.038 +0\.168126 +0\.130126 +342\.44 +54\.7 +10 +exact *$/m);
    expect(stdout).toMatch(/^4a1 +0\.404066 +– +– +– +51\.4 +15 +exact +cannot \(range\): "4a1" would need 1\.9221996961/m);
  });

  it('writes Markdown, CSV and JSON', async () => {
    const md = await chiso(['target', ...desi, '-u', 'IT', '--rank', '10', '--format', 'md']);
    expect(md.stdout).toContain('| 1b2 | 0.161 | 0.811629 | 0.650629 | 404.12 | 54.7 | 10 | exact |  |');
    const csv = await chiso(['target', ...desi, '-u', 'IT', '--rank', '10', '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe('Indicator,Now,Needed,Change,Change %,Score,Rank,How,Note');
    const json = JSON.parse((await chiso(['target', ...desi, '-u', 'IT', '--rank', '10', '--format', 'json'])).stdout) as { unit: string; needed: string; indicators: { indicator: string; status: string; to: string | null }[] };
    expect(json.unit).toBe('IT');
    expect(json.needed.startsWith('54.67567056979447')).toBe(true);
    expect(json.indicators.filter((row) => row.status === 'reached').map((row) => [row.indicator, row.to])).toEqual([
      ['1b1', '0.168126'],
      ['1b2', '0.811629'],
      ['1b4', '0.274252'],
    ]);
  });

  it('a score goal, at a node, for some indicators', async () => {
    const { code, stdout } = await chiso(['target', ...desi, '-u', 'IT', '--score', '60', '--node', 'dim1', '--indicators', '1a1,1b1', '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(1, 3).map((row) => row.split(',')[0])).toEqual(['1a1', '1b1']);
  });

  it('with --cheapest, the cheapest combination: 4a3 to its maximum, then 4a4', async () => {
    const { code, stdout } = await chiso(['target', ...desi, '-u', 'IT', '--rank', '10', '--cheapest']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Italy (now 49.3, rank 18): the cheapest way to rank 10 or better at desi — reached');
    expect(stdout).toMatch(/^4a3 +67\.36493764172336 +100\.000000 +32\.63506235827664 /m);
    expect(stdout).toMatch(/^4a4 +78\.74305555555556 +94\.162394 /m);
    expect(stdout).toMatch(/^Score 54\.7, rank 10/m);
    const json = JSON.parse((await chiso(['target', ...desi, '-u', 'IT', '--rank', '10', '--cheapest', '--format', 'json'])).stdout) as { status: string; changes: { indicator: string }[] };
    expect(json.status).toBe('reached');
    expect(json.changes.map((change) => change.indicator)).toEqual(['4a3', '4a4']);
    const already = await chiso(['target', ...desi, '-u', 'FI', '--rank', '3', '--cheapest']);
    expect(already.stdout).toBe('Finland (now 69.6, rank 1): the cheapest way to rank 3 or better at desi — already\n\n');
  });

  it('--costs prices raw values: a dear 4a3 leaves it out', async () => {
    const costs = writeTemporary('costs.json', JSON.stringify({ '4a3': 1000 }));
    const json = JSON.parse((await chiso(['target', ...desi, '-u', 'IT', '--rank', '10', '--cheapest', '--costs', costs, '--format', 'json'])).stdout) as { status: string; changes: { indicator: string }[] };
    expect(json.status).toBe('reached');
    expect(json.changes.map((change) => change.indicator)).not.toContain('4a3');
  });

  it('a province named as people write it, on DTI (searched), as docs/targets.md shows', async () => {
    const { code, stdout } = await chiso(['target', '-f', 'vn-dti-2022', '-d', dti2023, '--provinces', '-u', 'Hải Dương', '--rank', '10', '--indicators', 'online_dossiers_pct,security_drills,dt_annual_plan']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Hải Dương (now 0.7466, rank 12): what it takes to reach rank 10 or better at pdti — 2 of 3 indicators can alone');
    expect(stdout).toMatch(/^online_dossiers_pct +56\.5 +85\.0 +28\.5 +50\.44 +0\.7609 +10 +search *$/m);
    expect(stdout).toMatch(/^security_drills +1 +2 +1 +100\.00 +0\.7616 +10 +search *$/m);
  });

  it('usage errors exit 2 with nothing on standard output', async () => {
    const cases: [string[], string][] = [
      [['--rank', '10'], '--unit is required'],
      [['-u', 'IT'], 'give the goal with either --rank K or --score S'],
      [['-u', 'IT', '--rank', '10', '--score', '50'], 'give the goal with either --rank K or --score S'],
      [['-u', 'IT', '--rank', '0'], '--rank "0": expected a whole number from 1 to 28'],
      [['-u', 'IT', '--rank', '1e1'], '--rank "1e1" is not a whole number'],
      [['-u', 'IT', '--score', 'high'], '--score "high" is not a decimal number'],
      [['-u', 'ITA', '--rank', '10'], '--unit "ITA": there is no unit "ITA"; did you mean "IT"?'],
      [['-u', 'IT', '--rank', '10', '--node', '1a1'], '--node "1a1" is an indicator'],
      [['-u', 'IT', '--rank', '10', '--costs', 'c.json'], '--costs prices the changes of the cheapest combination: use it with --cheapest'],
      [['-u', 'IT', '--rank', '10', '--indicators', '1a9'], '--indicators "1a9": there is no indicator "1a9"'],
      [['-u', 'IT', '--rank', '10', '--cheapset'], 'unknown option "--cheapset"; did you mean "--cheapest"?'],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await chiso(['target', ...desi, ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr, args.join(' ')).toContain(message);
    }
  });

  it('invalid input exits 1: a costs file with a mistake (named), a framework that is not linear', async () => {
    const costs = writeTemporary('costs.json', JSON.stringify({ '4a3': -1 }));
    const negative = await chiso(['target', ...desi, '-u', 'IT', '--rank', '10', '--cheapest', '--costs', costs]);
    expect(negative.code).toBe(1);
    expect(negative.stdout).toBe('');
    expect(negative.stderr).toBe(`chiso: ${costs}: The costs are not valid:\n  costs["4a3"]: the cost of "4a3" is -1; expected a number of 0 or more\n`);
    const unknown = writeTemporary('costs.json', JSON.stringify({ '4a9': 1 }));
    const typo = await chiso(['target', ...desi, '-u', 'IT', '--rank', '10', '--cheapest', '--costs', unknown]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain(`chiso: ${unknown}:`);
    expect(typo.stderr).toContain('"4a9", which is not an indicator of the framework');
    const steps = await chiso(['target', '-f', 'vn-dti-2022', '-d', dti2023, '-u', '30', '--score', '0.8', '--cheapest']);
    expect(steps.code).toBe(1);
    expect(steps.stderr).toContain('the cheapest path needs a linear framework');
  });

  it('review: a cost written with spaces (" 5") is named in the costs file, exit 1 (it passed the file check, then crashed in decimal.js)', async () => {
    const costs = writeTemporary('costs.json', JSON.stringify({ '4a3': ' 5' }));
    const spaced = await chiso(['target', ...desi, '-u', 'IT', '--rank', '10', '--cheapest', '--costs', costs]);
    expect(spaced.code).toBe(1);
    expect(spaced.stderr).toBe(`chiso: ${costs}: The costs are not valid:\n  costs["4a3"]: the cost of "4a3" is " 5"; expected a number of 0 or more\n`);
  });

  it('review: a goal the unit already meets says "already" in the headline (it said "0 of 33 indicators can alone")', async () => {
    const { code, stdout } = await chiso(['target', ...desi, '-u', 'IT', '--score', '10']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Italy (now 49.3, rank 18): what it takes to reach a score of 10 at desi (a score of 10) — already');
  });
});
