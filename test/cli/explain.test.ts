/** `chiso explain` prints exact figures (the explain part of src/cli/main.ts, kept apart from main.test.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function chiso(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

function frameworkWithMax(max: number | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'chiso-explain-')), 'framework.json');
  const indicator = (id: string, top: number | string) => ({ kind: 'indicator', id, unit: 'percent', normalisation: { method: 'goalposts', min: 0, max: top } });
  writeFileSync(path, JSON.stringify({ id: 'f', name: 'F', ranking: { groups: ['region'] }, root: { kind: 'aggregate', id: 'index', children: [indicator('fibre_pct', max), indicator('online_pct', 100)] } }));
  return path;
}

describe('chiso explain', () => {
  it('prints a normalised value far beyond a double in full decimal notation, not Infinity', async () => {
    const { code, stdout } = await chiso('explain', '-f', frameworkWithMax(5e-324), '-d', fixture('mini-2023.csv'), '-u', 'HN');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/Infinity|NaN|\d[eE][+-]?\d/);
  });

  it('prints 92 / 1e-30 as 92 followed by 30 zeros, not 9.2e+31', async () => {
    const { code, stdout } = await chiso('explain', '-f', frameworkWithMax(1e-30), '-d', fixture('mini-2023.csv'), '-u', 'HN');
    expect(code).toBe(0);
    expect(stdout).toContain(`92${'0'.repeat(30)}.0000`);
  });
});
