/**
 * Tables fitted to the terminal: the width from --width, COLUMNS or the terminal (standard output
 * a terminal), none for a pipe or a file; the README demo readable at 100 columns in English and
 * Vietnamese (every line at most 100 columns, counted as a terminal does).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { extractGlobalOptions, resolveWidth } from '../../src/cli/global-options.js';
import { displayWidth } from '../../src/report/text-width.js';
import { chiso, desiCsv, dti2023 } from './cli-helpers.js';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const dti2022 = fileURLToPath(new URL('../../examples/data/vn-dti-2022/2022.json', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

/** The arguments of an npm script that runs the CLI (`tsx src/cli/bin.ts …`). */
function scriptArguments(name: string): string[] {
  const script = packageJson.scripts[name] ?? '';
  return script.replace(/^tsx src\/cli\/bin\.ts /, '').split(' ').map((argument) => argument.replace(/^"|"$/g, ''));
}

async function withEnvironment(args: readonly string[], environment: Parameters<typeof run>[2]): Promise<string> {
  let stdout = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: () => undefined }, environment);
  expect(code).toBe(0);
  return stdout;
}

const widest = (text: string): number => Math.max(...text.split('\n').map(displayWidth));

describe('the width tables are fitted to', () => {
  it('is --width, else COLUMNS, else the terminal when standard output is one, else unlimited', () => {
    expect(resolveWidth('80', { COLUMNS: '100', terminalColumns: 120 }, false)).toBe(80);
    expect(resolveWidth('0', { COLUMNS: '100' }, false)).toBe(Number.POSITIVE_INFINITY);
    expect(resolveWidth(undefined, { COLUMNS: '100', terminalColumns: 120 }, false)).toBe(100);
    expect(resolveWidth(undefined, { COLUMNS: 'wide', terminalColumns: 120 }, false)).toBe(120);
    expect(resolveWidth(undefined, {}, false)).toBe(Number.POSITIVE_INFINITY);
    // writing a file: only --width limits it
    expect(resolveWidth(undefined, { COLUMNS: '100', terminalColumns: 120 }, true)).toBe(Number.POSITIVE_INFINITY);
    expect(() => resolveWidth('-3', {}, false)).toThrow(/--width "-3"/);
  });

  it('global options are taken out wherever they are, in both forms', () => {
    expect(extractGlobalOptions(['score', '--width', '90', '-f', 'x', '--lang=vi', '--out', 'r.csv'])).toEqual({ rest: ['score', '-f', 'x'], width: '90', lang: 'vi', out: 'r.csv' });
  });

  it('fits a table to --width and says which columns were left out and how to show them', async () => {
    const { stdout } = await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--width', '70']);
    expect(widest(stdout)).toBeLessThanOrEqual(70);
    expect(stdout).toMatch(/Left out to fit 70 columns: .*Digital public services/s);
    expect(stdout.replace(/\s+/g, ' ')).toContain('--width 0 shows every column; --columns chooses them');
    const whole = await chiso(['score', '-f', 'desi-2022', '-d', desiCsv, '--width', '0']);
    expect(whole.stdout).toContain('Digital public services');
    expect(whole.stdout).not.toContain('Left out');
  });

  it('reads COLUMNS and the terminal width from the environment, and leaves CSV alone', async () => {
    const fromColumns = await withEnvironment(['score', '-f', 'desi-2022', '-d', desiCsv], { COLUMNS: '60' });
    expect(widest(fromColumns)).toBeLessThanOrEqual(60);
    const fromTerminal = await withEnvironment(['score', '-f', 'desi-2022', '-d', desiCsv], { terminalColumns: 60 });
    expect(fromTerminal).toBe(fromColumns);
    const csv = await withEnvironment(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'csv'], { COLUMNS: '40' });
    expect(csv.split('\n')[0]).toBe('Rank,Unit,Name,DESI 2022,Human capital,Connectivity,Integration of digital technology,Digital public services');
  });

  it('the README demo is readable at 100 columns, in English and in Vietnamese', async () => {
    const english = scriptArguments('demo');
    const vietnamese = scriptArguments('demo:vi');
    expect(vietnamese).toContain('vi');
    for (const args of [english, vietnamese]) {
      const stdout = await withEnvironment(args.map((argument) => argument.replace('examples/data/vn-dti-2022/2023.json', dti2023).replace('examples/data/vn-dti-2022/2022.json', dti2022)), { COLUMNS: '100' });
      expect(widest(stdout)).toBeLessThanOrEqual(100);
      // rank, name, region, score and the change are all there for all 63 provinces
      expect(stdout.split('\n').filter((line) => /^ +\d+ {2}\S/.test(line)).length).toBe(63 + 6);
    }
  });
});
