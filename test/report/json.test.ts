/** JSON written piece by piece is the JSON written at once. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { datasetFromCsv, desi2022, score } from '../../src/index.js';
import { jsonChunks } from '../../src/report/json.js';

const desiCsv = fileURLToPath(new URL('../../examples/data/desi-2022.csv', import.meta.url));

describe('jsonChunks', () => {
  it('joins to exactly JSON.stringify(value, null, 2) for a result', () => {
    const result = score(desi2022, datasetFromCsv(readFileSync(desiCsv, 'utf8')));
    const chunks = [...jsonChunks(result)];
    expect(chunks.length).toBeGreaterThan(28);
    expect(chunks.join('')).toBe(JSON.stringify(result, null, 2));
  });

  it('follows JSON.stringify on empty, omitted, nested and toJSON values, at any depth and indent', () => {
    const value = {
      empty: [],
      none: {},
      skipped: undefined,
      fn: () => 1,
      list: [1, undefined, 'a', null, { deep: [{ deeper: [1, 2] }] }, []],
      date: new Date(0),
      text: 'line\nbreak "quoted"',
      number: Number.NaN,
    };
    for (const depth of [0, 1, 2, 3, 6]) {
      for (const indent of [0, 2, 4]) expect([...jsonChunks(value, { depth, indent })].join('')).toBe(JSON.stringify(value, null, indent));
    }
    expect([...jsonChunks([])].join('')).toBe('[]');
    expect([...jsonChunks('x')].join('')).toBe('"x"');
  });

  it('is what chiso score --format json prints', async () => {
    let stdout = '';
    await run(['score', '-f', 'desi-2022', '-d', desiCsv, '--format', 'json'], { stdout: (text) => (stdout += text), stderr: () => undefined });
    const result = score(desi2022, datasetFromCsv(readFileSync(desiCsv, 'utf8')));
    expect(stdout).toBe(JSON.stringify(result, null, 2) + '\n');
  });
});
