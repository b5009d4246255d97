/** Reading frameworks, datasets and saved results from files (src/node/index.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { ChisoError, formatIssue } from '../../src/index.js';
import { readResultOrDataset } from '../../src/node/index.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'chiso-node-'));
let count = 0;
function file(text: string): string {
  count += 1;
  const path = join(folder, `file-${count}.json`);
  writeFileSync(path, text);
  return path;
}

async function savedMini(): Promise<Record<string, unknown> & { units: { nodes: Record<string, Record<string, unknown>> }[] }> {
  let text = '';
  await run(['score', '-f', fixture('mini.json'), '-d', fixture('mini-2022.csv'), '--format', 'json'], { stdout: (chunk) => (text += chunk), stderr: () => undefined });
  return JSON.parse(text) as Record<string, unknown> & { units: { nodes: Record<string, Record<string, unknown>> }[] };
}

async function refusal(path: string): Promise<ChisoError> {
  try {
    await readResultOrDataset(path);
  } catch (error) {
    if (error instanceof ChisoError) return error;
    throw error;
  }
  throw new Error('expected a ChisoError');
}

describe('readResultOrDataset', () => {
  it('reads a saved result back', async () => {
    const read = await readResultOrDataset(file(JSON.stringify(await savedMini())));
    expect(read.kind).toBe('result');
  });

  it('refuses a corrupt saved result with the file and every path', async () => {
    const saved = await savedMini();
    const first = saved.units[0];
    if (first === undefined) throw new Error('no unit');
    (first.nodes.index as Record<string, unknown>).score = 'abc';
    (first.nodes.index as Record<string, unknown>).rank = 'x';
    const path = file(JSON.stringify(saved));
    const error = await refusal(path);
    expect(error.message).toContain(path);
    expect(error.issues.map(formatIssue)).toEqual([
      'units[0].nodes.index.score: score "abc" is not a decimal number written as text',
      'units[0].nodes.index.rank: rank "x" is not a whole number from 1 to 3 (the number of units) or null',
    ]);
  });

  it('takes a result missing its root for a bad result, not for a dataset', async () => {
    const saved = await savedMini();
    delete saved.root;
    expect((await refusal(file(JSON.stringify(saved)))).issues.map(formatIssue)).toEqual(['root: "root" is missing: expected a text']);
  });
});

describe('chiso score --previous with a corrupt saved result', () => {
  it('exits 1 naming the file and the place, with no stack trace', async () => {
    const saved = await savedMini();
    saved.units = [null as unknown as { nodes: Record<string, Record<string, unknown>> }];
    const path = file(JSON.stringify(saved));
    let stderr = '';
    const code = await run(['score', '-f', fixture('mini.json'), '-d', fixture('mini-2023.csv'), '--previous', path], { stdout: () => undefined, stderr: (text) => (stderr += text) });
    expect(code).toBe(1);
    expect(stderr).toContain(path);
    expect(stderr).toContain('units[0]: the value is null: expected an object');
    expect(stderr).not.toMatch(/TypeError|at .*\.ts:/);
  });
});

describe('JSON files with a key given twice', () => {
  const miniText = readFileSync(fixture('mini.json'), 'utf8');
  const cases: [string, (path: string) => string[], string, string][] = [
    ['a framework', (path) => ['validate', '-f', path], miniText.replace('"id": "fibre_pct",', '"id": "fibre_pct", "weight": 1, "weight": 5,'), 'root.children[0].weight: key "weight" is given twice'],
    ['a dataset', (path) => ['validate', '-f', fixture('mini.json'), '-d', path], '{"units": [{"id": "HN", "values": {"fibre_pct": 92, "online_pct": 75, "fibre_pct": 9}}]}', 'units[0].values.fibre_pct: key "fibre_pct" is given twice'],
    ['a saved result', (path) => ['score', '-f', fixture('mini.json'), '-d', fixture('mini-2023.csv'), '--previous', path], '{"root": "index", "root": "other", "nodes": [], "units": []}', 'root: key "root" is given twice'],
  ];
  it.each(cases)('%s is refused, naming the file and the key path', async (_what, args, text, expected) => {
    const path = file(text);
    let stderr = '';
    const code = await run(args(path), { stdout: () => undefined, stderr: (chunk) => (stderr += chunk) });
    expect(code).toBe(1);
    expect(stderr).toContain(path);
    expect(stderr).toContain(expected);
  });
});

describe('chiso score --previous with a saved result of another framework', () => {
  it('exits 1 naming the file and the node it lacks', async () => {
    let saved = '';
    const desiCsv = fileURLToPath(new URL('../../examples/data/desi-2022.csv', import.meta.url));
    await run(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'json'], { stdout: (text) => (saved += text), stderr: () => undefined });
    const path = file(saved);
    let stderr = '';
    const code = await run(['score', '-f', fixture('mini.json'), '-d', fixture('mini-2023.csv'), '--previous', path, '--format', 'json'], { stdout: () => undefined, stderr: (text) => (stderr += text) });
    expect(code).toBe(1);
    expect(stderr).toContain(path);
    expect(stderr).toContain('the saved result has no node "index" to compare with (it is a result of framework "desi-2022")');
  });
});

describe('a JSON dataset whose locale is a deeply nested value', () => {
  it('is refused with a message when a locale is asked for, not a stack overflow', async () => {
    const depth = 100_000;
    const path = file(`{"locale": ${'['.repeat(depth)}${']'.repeat(depth)}, "units": []}`);
    let stderr = '';
    const code = await run(['validate', '-f', fixture('mini.json'), '-d', path, '--locale', 'vi-VN'], { stdout: () => undefined, stderr: (text) => (stderr += text) });
    expect(code).toBe(1);
    expect(stderr).toContain('declares locale an array of 1 item but locale "vi-VN" was asked for');
  });
});
