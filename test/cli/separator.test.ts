/** chiso --separator: naming the CSV separator when the first lines read as a table two ways. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

async function chiso(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const framework = fileURLToPath(new URL('../fixtures/mini.json', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'chiso-separator-'));
// "," reads 4 columns and ";" reads 2, in every line: the separator cannot be guessed
const ambiguous = join(folder, 'ambiguous.csv');
writeFileSync(ambiguous, 'id,fibre_pct,online_pct,note;source\nHN,92,75,a;b\nDB,80,96,c;d\n');

describe('chiso --separator', () => {
  it('refuses a CSV whose separator cannot be told, asking for --separator, and reads it once named', async () => {
    const refused = await chiso('score', '-f', framework, '-d', ambiguous, '--ignore', 'note;source');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cannot tell which separator the CSV uses: its first lines read as 4 columns separated by ",", or 2 columns separated by ";" (the text reads both ways); name the separator with --separator');
    const named = await chiso('score', '-f', framework, '-d', ambiguous, '--ignore', 'note;source', '--separator', ',', '--format', 'csv');
    expect(named.code).toBe(0);
    expect(named.stdout.split('\n').slice(1, 3).map((line) => line.split(',')[1])).toEqual(['DB', 'HN']);
  });
  it('takes tab by name, and refuses any other separator as a usage error', async () => {
    const tabbed = join(folder, 'tabbed.csv');
    writeFileSync(tabbed, 'id\tfibre_pct\tonline_pct\nHN\t92\t75\nDB\t80\t96\n');
    expect((await chiso('validate', '-f', framework, '-d', tabbed, '--separator', 'tab')).code).toBe(0);
    const wrong = await chiso('validate', '-f', framework, '-d', tabbed, '--separator', '|');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--separator "|" is not one of ,, ;, tab');
    expect((await chiso('score', '--help')).stdout).toContain('--separator SEP');
  });
});
