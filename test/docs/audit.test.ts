/**
 * docs/audit.md shows real output: every text block of its DESI 2022 example is printed by the
 * command the page gives (run in-process), and the optimiser converges as the prose says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chiso, writeTemporary } from '../cli/cli-helpers.js';

const page = readFileSync(new URL('../../docs/audit.md', import.meta.url), 'utf8');
const example = page.slice(page.indexOf('## A worked example: DESI 2022'), page.indexOf('## Which values'));
const blocks = [...example.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
const desi = ['--framework', 'desi-2022', '--data', 'examples/data/desi-2022.csv'];

describe('docs/audit.md', () => {
  it('prints the audit blocks the page shows', async () => {
    const { code, stdout } = await chiso(['audit', ...desi]);
    expect(code).toBe(0);
    expect(blocks).toHaveLength(4);
    for (const block of blocks.slice(0, 3)) expect(stdout).toContain(block);
  });

  it('prints the optimised weights the page shows', async () => {
    const out = join(writeTemporary('placeholder.txt', ''), '..', 'balanced.json');
    const { code, stdout } = await chiso(['weights', '--method', 'optimise', ...desi, '--out-framework', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(blocks[3]);
    expect(stdout).toContain('converged after 125 iterations');
    expect(stdout).toContain('shares obtained dim1 0.25, dim2 0.25, dim3 0.25, dim4 0.25');
  });
});
