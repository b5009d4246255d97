/** The chiso command, run in-process (and once as a real process). */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS, run } from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const desiCsv = fileURLToPath(new URL('../../examples/data/desi-2022.csv', import.meta.url));

async function chiso(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('chiso score', () => {
  it('ranks DESI 2022 from the bundled data', async () => {
    const { code, stdout } = await chiso('score', '--framework', 'desi-2022', '--data', desiCsv);
    expect(code).toBe(0);
    expect(stdout).toContain('Digital Economy and Society Index (DESI) 2022');
    expect(stdout).toMatch(/^\s+1 {2}FI {4}Finland\s+69\.6 {2}/m);
    expect(stdout).toMatch(/^\s+– {2}EU/m);
    expect(stdout).toContain('Not ranked: EU');
  });

  it('writes CSV, Markdown and JSON', async () => {
    const csv = await chiso('score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'csv');
    expect(csv.stdout.split('\n')[1]).toBe('1,FI,Finland,69.6,71.4,60.5,59.1,87.4');
    const md = await chiso('score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'md');
    expect(md.stdout).toContain('| 1 | FI | Finland | 69.6 |');
    const json = await chiso('score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'json');
    const result = JSON.parse(json.stdout) as { units: { id: string; nodes: Record<string, { rank: number }> }[] };
    expect(result.units.find((unit) => unit.id === 'FI')?.nodes.desi?.rank).toBe(1);
  });

  it('shows rank changes against a previous dataset or a saved result', async () => {
    const { code, stdout } = await chiso('score', '-f', fixture('mini.json'), '-d', fixture('mini-2023.csv'), '--previous', fixture('mini-2022.csv'), '--group', 'region', '--group-column', 'region');
    expect(code).toBe(0);
    // Điện Biên: 2022 (0.6 + 0.5)/2 = 0.55, tied 2nd with Hưng Yên → 2023 0.88, 1st
    expect(stdout).toMatch(/1 {2}DB .* 0\.8800 .* 2 {2}up 1 place +\+0\.3300/);
    expect(stdout).toMatch(/3 {2}HY .* 2 {2}down 1 place/);
  });

  it('exits 1 and prints every problem on its own line for invalid data, without a stack trace', async () => {
    const { code, stdout, stderr } = await chiso('score', '-f', fixture('mini.json'), '-d', fixture('bad-data.csv'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      `chiso: ${fixture('bad-data.csv')}: The dataset is not valid:`,
      '  units[0].values.fibre_pct: unit "HN", indicator "fibre_pct": 112 is above the maximum 100 (percent)',
      '  units[1].values.online_pct: unit "DB", indicator "online_pct": "n/a" is not a number',
      '  units[2].id: unit id "HN" is given twice (units[0] and units[2])',
      '',
    ]);
    expect(stderr).not.toMatch(/\s+at /);
  });

  it('exits 1 for a missing file and an unknown framework', async () => {
    const missing = await chiso('score', '-f', 'desi-2022', '-d', 'no-such.csv');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read "no-such.csv": no such file');
    const missingFramework = await chiso('score', '-f', 'frameworks/vn-dti-2099.json', '-d', desiCsv);
    expect(missingFramework.code).toBe(1);
    expect(missingFramework.stderr).toContain('cannot read "frameworks/vn-dti-2099.json": no such file');
  });

  it('exits 2 for a --framework that is neither a built-in id nor a file, with a did-you-mean or the ids', async () => {
    for (const command of [['score', '-d', desiCsv], ['validate'], ['explain', '-d', desiCsv, '-u', 'AT'], ['panel', '-d', desiCsv, '-d', desiCsv]]) {
      const typo = await chiso(command[0] as string, '-f', 'desi-2023', ...command.slice(1));
      expect(typo.code, command.join(' ')).toBe(2);
      expect(typo.stderr.split('\n')[0]).toBe('chiso: --framework "desi-2023" is neither a built-in framework nor a file; did you mean "desi-2022"?');
    }
    const unknown = await chiso('score', '-f', 'my-index', '-d', desiCsv);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('expected one of: desi-2022, vn-ict-index');
  });

  it('exits 2 on wrong usage', async () => {
    expect((await chiso('score', '--data', desiCsv)).code).toBe(2);
    expect((await chiso('score', '--frame', 'x')).stderr).toContain('unknown option "--frame"; did you mean "--framework"?');
    expect((await chiso('score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'xml')).stderr).toContain('--format "xml" is not one of table, md, csv, json');
    expect((await chiso('rank')).code).toBe(2);
    expect((await chiso()).code).toBe(2);
  });
});

describe('chiso validate, explain, frameworks, --help', () => {
  it('validates a framework and a dataset', async () => {
    const good = await chiso('validate', '-f', 'desi-2022', '-d', desiCsv);
    expect(good).toMatchObject({ code: 0, stdout: `Framework "desi-2022" is valid.\nDataset "${desiCsv}" is valid: 28 units.\n` });
    const bad = await chiso('validate', '-f', fixture('mini.json'), '-d', fixture('bad-data.csv'));
    expect(bad.code).toBe(1);
  });

  it('explains one unit', async () => {
    const { code, stdout } = await chiso('explain', '-f', 'desi-2022', '-d', desiCsv, '--unit', 'AT');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Austria: 54\.7 \(rank 10 of 27\)/);
    expect(stdout).toContain('Strengths: Selling online cross-border (rank 1)');
  });

  it('lists the built-in frameworks', async () => {
    expect((await chiso('frameworks')).stdout).toContain('desi-2022');
  });

  it('prints help for every command and exits 0', async () => {
    for (const command of ['score', 'validate', 'explain', 'frameworks']) {
      const { code, stdout } = await chiso(command, '--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: chiso ${command}`));
    }
    expect((await chiso('--help')).stdout).toContain('Commands:');
  });

  it('the help of every command describes every option it accepts, --debug included', async () => {
    const mentions = (help: string, flag: string): boolean => new RegExp(`(^|[\\s,\\[])${flag}([\\s,=\\]]|$)`, 'm').test(help);
    for (const [command, options] of Object.entries(COMMAND_OPTIONS)) {
      const { stdout } = await chiso(command, '--help');
      for (const [name, option] of Object.entries(options)) {
        expect(mentions(stdout, `--${name}`), `chiso ${command} --help mentions --${name}`).toBe(true);
        if ('short' in option) expect(mentions(stdout, `-${option.short}`), `chiso ${command} --help mentions -${option.short}`).toBe(true);
      }
      expect(mentions(stdout, '--debug'), `chiso ${command} --help mentions --debug`).toBe(true);
    }
    const main = (await chiso('--help')).stdout;
    for (const command of Object.keys(COMMAND_OPTIONS)) expect(main).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(mentions(main, '--version')).toBe(true);
  });
});

describe('the chiso binary', () => {
  it('sets the process exit code', async () => {
    const exec = promisify(execFile);
    const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
    const ok = await exec(process.execPath, [tsx, 'src/cli/bin.ts', 'frameworks'], { cwd: root });
    expect(ok.stdout).toContain('desi-2022');
    const failed = await exec(process.execPath, [tsx, 'src/cli/bin.ts', 'score', '-f', 'desi-2022', '-d', 'no-such.csv'], { cwd: root }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('no such file');
  });
});

describe('chiso score --previous with a saved result', () => {
  it('reads a result saved with --format json as the previous year', async () => {
    const saved = await chiso('score', '-f', fixture('mini.json'), '-d', fixture('mini-2022.csv'), '--format', 'json');
    const path = join(mkdtempSync(join(tmpdir(), 'chiso-')), 'result-2022.json');
    writeFileSync(path, saved.stdout);
    const { code, stdout } = await chiso('score', '-f', fixture('mini.json'), '-d', fixture('mini-2023.csv'), '--previous', path, '--format', 'csv');
    expect(code).toBe(0);
    // Điện Biên: tied 2nd in 2022, 1st in 2023
    expect(stdout.split('\n')[1]).toBe('1,DB,Điện Biên,0.8800,0.8000,0.9600,2,up 1 place,+0.3300');
  });

  it('explains a unit as JSON, and validates a framework alone', async () => {
    const json = await chiso('explain', '-f', 'desi-2022', '-d', desiCsv, '-u', 'FI', '--format', 'json');
    const explanation = JSON.parse(json.stdout) as { rank: number; indicators: unknown[] };
    expect(explanation.rank).toBe(1);
    expect(explanation.indicators).toHaveLength(33);
    expect(await chiso('validate', '-f', fixture('mini.json'))).toMatchObject({ code: 0, stdout: 'Framework "mini" is valid.\n' });
  });

  it('exits 1 with the path for an invalid framework file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'chiso-'));
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, '{ "id": "x", "name": "X", "root": { "kind": "aggregate", "id": "r", "children": [ { "kind": "indicator", "id": "a", "unit": "percent", "normalisation": { "method": "goalposts", "min": 0 } } ] } }');
    const result = await chiso('validate', '-f', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('root.children[0].normalisation.max:');
    const notJson = join(directory, 'not.json');
    writeFileSync(notJson, '{ nope');
    const unreadable = await chiso('validate', '-f', notJson);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain('is not valid JSON');
  });
});

describe('JSON files whose numbers JSON.parse would change', () => {
  it('exits 1 naming the file, the place and the literal, for datasets and frameworks', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'chiso-'));
    for (const literal of ['0.12345678901234567891', '12345678901234567891', '1e-400', '1e400', '-1e400']) {
      const data = join(directory, 'data.json');
      writeFileSync(data, `{"units": [{"id": "HN", "groups": {"region": "north"}, "values": {"fibre_pct": ${literal}, "online_pct": 50}}]}`);
      const scored = await chiso('score', '-f', fixture('mini.json'), '-d', data);
      expect({ code: scored.code, stdout: scored.stdout }).toEqual({ code: 1, stdout: '' });
      expect(scored.stderr).toContain(`units[0].values.fibre_pct: "${data}": the number ${literal} `);
      expect(scored.stderr).toContain(`write it as text, "${literal}"`);
      expect(scored.stderr).not.toContain('Infinity is not a finite number');
    }
    const framework = join(directory, 'framework.json');
    writeFileSync(framework, '{ "id": "x", "name": "X", "root": { "kind": "aggregate", "id": "r", "children": [ { "kind": "indicator", "id": "a", "unit": "score", "normalisation": { "method": "goalposts", "min": 0, "max": 1e400 } } ] } }');
    const validated = await chiso('validate', '-f', framework);
    expect(validated.code).toBe(1);
    expect(validated.stderr).toContain('root.children[0].normalisation.max: ');
    expect(validated.stderr).toContain('the number 1e400 is too large');
  });
});

describe('unknown names and bad values are usage errors (exit 2, one line naming the option)', () => {
  const readiness = (year: number): string => fileURLToPath(new URL(`../../examples/data/readiness/${year}.json`, import.meta.url));

  it('refuses an unknown --node in every format and command, with the choices or a did-you-mean', async () => {
    for (const format of ['json', 'table', 'csv']) {
      const { code, stdout, stderr } = await chiso('score', '-f', 'desi-2022', '-d', desiCsv, '--node', 'nope', '--format', format);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr.split('\n')[0]).toMatch(/^chiso: --node "nope": there is no node "nope"; expected one of: desi, dim1/);
    }
    expect((await chiso('score', '-f', 'desi-2022', '-d', desiCsv, '--node', 'dim11')).stderr).toContain('did you mean "dim1"?');
    const panel = await chiso('panel', '-f', 'readiness', '-d', readiness(2022), '-d', readiness(2023), '--node', 'nope');
    expect(panel.code).toBe(2);
    expect(panel.stderr).toContain('--node "nope": there is no node "nope"');
  });

  it('refuses a year that is not a year in --years', async () => {
    for (const years of [',2023', '0,2023', '2022,20x3', '2022']) {
      const { code, stderr } = await chiso('panel', '-f', 'readiness', '-d', readiness(2022), '-d', readiness(2023), '--years', years);
      expect(code).toBe(2);
      expect(stderr).toContain(`--years "${years}"`);
    }
  });

  it('refuses unknown --columns, --group, --unit, --show, --titles and commands', async () => {
    const columns = await chiso('score', '-f', 'desi-2022', '-d', desiCsv, '--columns', 'dim1,dim5');
    expect(columns.code).toBe(2);
    expect(columns.stderr).toContain('--columns "dim5": there is no node "dim5"');
    const group = await chiso('score', '-f', fixture('mini.json'), '-d', fixture('mini-2023.csv'), '--group-column', 'region', '--group', 'regoin');
    expect(group.code).toBe(2);
    expect(group.stderr).toContain(`--group "regoin": there is no group "regoin" in "${fixture('mini-2023.csv')}"; did you mean "region"?`);
    const groupColumn = await chiso('score', '-f', 'desi-2022', '-d', desiCsv, '--group-column', 'nope');
    expect(groupColumn.code).toBe(2);
    expect(groupColumn.stderr).toContain('--group-column "nope": there is no group column "nope"');
    const unit = await chiso('explain', '-f', 'desi-2022', '-d', desiCsv, '--unit', 'FII');
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain('--unit "FII": there is no unit "FII"; did you mean "FI"?');
    const show = await chiso('frameworks', '--show', 'desi-2021');
    expect(show.code).toBe(2);
    expect(show.stderr).toContain('did you mean "desi-2022"?');
    expect((await chiso('score', '-f', 'desi-2022', '-d', desiCsv, '--titles', 'shrt')).stderr).toContain('--titles "shrt" is not one of label, short, id; did you mean "short"?');
    expect((await chiso('scor')).stderr).toContain('unknown command "scor"; did you mean "score"?');
    // names that every plain object answers for are unknown commands too, not help pages
    for (const name of ['constructor', '__proto__', 'toString']) {
      const inherited = await chiso(name);
      expect(inherited.code).toBe(2);
      expect(inherited.stderr).toContain(`unknown command "${name}"`);
      expect(inherited.stderr).toContain('Run "chiso --help" for usage.');
    }
  });

  it('refuses an option given twice with different values, where the last would silently win', async () => {
    const mini = fixture('mini.json');
    const data = fixture('mini-2023.csv');
    const twice: string[][] = [
      ['score', '-f', mini, '-d', fixture('mini-2022.csv'), '--data', data],
      ['score', '-f', 'desi-2022', '-f', mini, '-d', data],
      ['score', '-f', mini, '-d', data, '--format', 'csv', '--format=json'],
      ['explain', '-f', mini, '-d', data, '-u', 'HN', '-u', 'DB'],
      ['validate', '-f', mini, '-d', data, '--locale', 'en', '--locale', 'vi-VN'],
      ['provinces', '--era', '34', '--era', '63'],
    ];
    for (const args of twice) {
      const { code, stdout, stderr } = await chiso(...args);
      expect({ code, stdout }, args.join(' ')).toEqual({ code: 2, stdout: '' });
      expect(stderr, args.join(' ')).toMatch(/^chiso: --[a-z]+ is given twice \("[^"]*" and "[^"]*"\): give it once$/m);
    }
    // the same value twice changes nothing; options that take several values take them
    expect((await chiso('score', '-f', mini, '-d', data, '--format', 'csv', '--format', 'csv')).code).toBe(0);
    expect((await chiso('panel', '-f', mini, '-d', fixture('mini-2022.csv'), '-d', data, '--years', '2022,2023')).code).toBe(0);
  });

  it('refuses an option that would do nothing: table options with --format json, CSV options with no CSV file', async () => {
    const mini = fixture('mini.json');
    const json = fileURLToPath(new URL('../../examples/data/readiness/2023.json', import.meta.url));
    const idle: [string[], string][] = [
      [['score', '-f', mini, '-d', fixture('mini-2023.csv'), '--format', 'json', '--group', 'region', '--group-summary'], '--group-summary shapes the table and does nothing with --format json'],
      [['score', '-f', mini, '-d', fixture('mini-2023.csv'), '--format', 'json', '--columns', 'fibre_pct'], '--columns shapes the table'],
      [['score', '-f', mini, '-d', fixture('mini-2023.csv'), '--format', 'json', '--compact'], '--compact shapes the table'],
      [['score', '-f', 'readiness', '-d', json, '--id-column', 'code'], `--id-column applies to CSV and .xlsx files only, and "${json}" is neither CSV (.csv) nor .xlsx`],
      [['validate', '-f', 'readiness', '--ignore', 'note'], '--ignore applies to CSV and .xlsx files only, and no data file is given'],
      [['explain', '-f', 'readiness', '-d', json, '-u', '01', '--comment', '#'], '--comment applies to CSV files only'],
      [['panel', '-f', 'readiness', '-d', json, '-d', json, '--id-column', 'code'], '--id-column applies to CSV and .xlsx files only'],
    ];
    for (const [args, message] of idle) {
      const { code, stdout, stderr } = await chiso(...args);
      expect({ code, stdout }, args.join(' ')).toEqual({ code: 2, stdout: '' });
      expect(stderr, args.join(' ')).toContain(message);
    }
    // an empty list or file name is no value at all
    for (const empty of [['--columns', ','], ['--columns', ''], ['--previous', '']]) {
      const { code, stderr } = await chiso('score', '-f', mini, '-d', fixture('mini-2023.csv'), ...empty);
      expect(code, empty.join(' ')).toBe(2);
      expect(stderr, empty.join(' ')).toContain(empty[0]);
    }
    // validate checks what score checks, and data options need data
    const groupColumn = await chiso('validate', '-f', mini, '-d', fixture('mini-2023.csv'), '--group-column', 'nope');
    expect(groupColumn.code).toBe(2);
    expect(groupColumn.stderr).toContain('--group-column "nope": there is no group column "nope"');
    for (const option of [['--locale', 'vi-VN'], ['--provinces'], ['--group-column', 'region']]) {
      const { code, stderr } = await chiso('validate', '-f', mini, ...option);
      expect(code, option.join(' ')).toBe(2);
      expect(stderr, option.join(' ')).toContain(`${option[0] as string} is about the data, and no --data is given`);
    }
    // a group summary that cannot be made is refused before the ranking is printed, naming the file
    const onlyExcluded = join(mkdtempSync(join(tmpdir(), 'chiso-summary-')), 'only-excluded.csv');
    writeFileSync(onlyExcluded, 'id,region,ranked,fibre_pct,online_pct\nHN,,yes,90,70\nDB,north,no,60,50\n');
    const rankedNone = await chiso('score', '-f', mini, '-d', onlyExcluded, '--group', 'region', '--group-summary');
    expect(rankedNone.stdout).toBe('');
    expect(rankedNone.code).toBe(1);
    expect(rankedNone.stderr).toContain(onlyExcluded);
    // a CSV file anywhere (--data or --previous) is what the CSV options are for
    expect((await chiso('score', '-f', mini, '-d', fixture('mini-2023.csv'), '--id-column', 'id')).code).toBe(0);
  });
});

describe('errors from a file name the file', () => {
  it('names the --data file of a panel that has no year, never an internal path', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'chiso-'));
    const data = JSON.parse((await import('node:fs')).readFileSync(new URL('../../examples/data/readiness/2022.json', import.meta.url), 'utf8')) as { year?: number };
    const first = join(directory, 'first.json');
    const second = join(directory, 'second.json');
    writeFileSync(first, JSON.stringify({ ...data, year: 2022 }));
    writeFileSync(second, JSON.stringify({ ...data, year: undefined }));
    const missing = await chiso('panel', '-f', 'readiness', '-d', first, '-d', second);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`"${second}" has no year`);
    expect(missing.stderr).not.toContain('results[');
    const twice = await chiso('panel', '-f', 'readiness', '-d', first, '-d', first);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain(`"${first}" and "${first}" are both for 2022`);
  });

  it('names the data file and the --previous file in their problems', async () => {
    const bad = fixture('bad-data.csv');
    const previous = await chiso('score', '-f', fixture('mini.json'), '-d', fixture('mini-2023.csv'), '--previous', bad);
    expect(previous.code).toBe(1);
    expect(previous.stderr.split('\n')[0]).toBe(`chiso: ${bad}: The dataset is not valid:`);
    const panel = await chiso('panel', '-f', fixture('mini.json'), '-d', fixture('mini-2023.csv'), '-d', bad, '--years', '2022,2023');
    expect(panel.stderr.split('\n')[0]).toBe(`chiso: ${bad}: The dataset is not valid:`);
  });
});

describe('chiso reading CSV', () => {
  it('names its own --id-column flag when a CSV has no id column, and reads "#" lines as data unless --comment is given', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chiso-csv-'));
    const noId = join(folder, 'no-id.csv');
    writeFileSync(noId, 'label,fibre_pct\nA,1\n');
    const missing = await chiso('validate', '-f', fixture('mini.json'), '-d', noId);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('choose the column with --id-column');
    expect(missing.stderr).not.toContain('idColumn');
    const commented = join(folder, 'commented.csv');
    writeFileSync(commented, '# a note\nid,fibre_pct\n');
    // without --comment, "# a note" is the header row, so the next line has too many cells
    expect((await chiso('validate', '-f', fixture('mini.json'), '-d', commented)).stderr).toContain('line 2 has 2 fields but the header has 1');
    expect((await chiso('validate', '-f', fixture('mini.json'), '-d', commented, '--comment', '#')).stderr).not.toContain('no id column');
  });
});

describe('a huge flag value is abbreviated in the message', () => {
  it('an unknown --node, command or option of 100,000 characters gives a one-line message under 300 characters', async () => {
    const huge = `n${'x'.repeat(100_000)}`;
    for (const args of [['score', '-f', 'desi-2022', '-d', desiCsv, '--node', huge], [huge], ['score', `--${huge}`]]) {
      const { code, stderr } = await chiso(...args);
      expect(code).toBe(2);
      expect(stderr.split('\n')[0]?.length).toBeLessThan(300);
      expect(stderr).toMatch(/\(10000[13] characters\)/);
    }
  });
});

describe('option values naming ids are read in Unicode NFC, as ids are', () => {
  it('finds a node and a unit typed with decomposed accents (as macOS writes them)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const folder = mkdtempSync(join(tmpdir(), 'chiso-nfc-'));
    const framework = join(folder, 'f.json');
    writeFileSync(framework, JSON.stringify({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'chỉ_số', children: [{ kind: 'indicator', id: 'điểm', unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: 100 } }] } }));
    const data = join(folder, 'd.csv');
    writeFileSync(data, 'id,điểm\nHà_Nội,80\nĐà_Nẵng,90\n');
    const node = await chiso('score', '-f', framework, '-d', data, '--node', 'điểm'.normalize('NFD'), '--format', 'csv');
    expect({ code: node.code, stderr: node.stderr }).toEqual({ code: 0, stderr: '' });
    expect(node.stdout).toContain('Đà_Nẵng');
    const unit = await chiso('explain', '-f', framework, '-d', data, '--unit', 'Đà_Nẵng'.normalize('NFD'));
    expect({ code: unit.code, stderr: unit.stderr }).toEqual({ code: 0, stderr: '' });
  });
});
