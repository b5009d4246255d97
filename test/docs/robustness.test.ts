/**
 * docs/robustness.md shows real output: examples/robustness.ts (10,000 Monte Carlo runs and two
 * Sobol' analyses of 20,480 runs on the float engine, seed 1) prints every block the page quotes,
 * the sources file on the page is the one the example and the CLI read, and the float engine's runs
 * are the exact engine's: the first 40 of the 10,000 runs, re-computed with `score()` on the drawn
 * weights (the reference model of the uncertainty tests), give the same ranks.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { vnDti2022 } from '../../src/index.js';
import { fastModel, uncertainty } from '../../src/analysis/index.js';
import { exactModel } from '../analysis/uncertainty/exact-model.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const page = readFileSync(new URL('../../docs/robustness.md', import.meta.url), 'utf8');
const data = JSON.parse(readFileSync(new URL('../../examples/data/vn-dti-2022/2023.json', import.meta.url), 'utf8')) as unknown;

function blocks(language: string): string[] {
  return [...page.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1] ?? '');
}

describe('docs/robustness.md', () => {
  it('examples/robustness.ts prints every output block the page shows, exactly', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'examples/robustness.ts'], { cwd: root, maxBuffer: 1 << 22 });
    const outputs = blocks('text');
    expect(outputs.length).toBeGreaterThanOrEqual(7);
    for (const block of outputs) expect(stdout).toContain(block);
    // figures the prose repeats
    expect(stdout).toContain('10000 runs: 10000 computed, 0 failed');
    expect(page).toContain('**0.59 places**');
    expect(page).toContain('add up to 0.54');
    expect(page).toContain('add up\nto 0.67');
  });

  it('the sources file on the page is examples/robustness-sources.json', () => {
    const [file] = blocks('json');
    expect(JSON.parse(file ?? '')).toEqual(JSON.parse(readFileSync(new URL('../../examples/robustness-sources.json', import.meta.url), 'utf8')));
  });

  it('the first 40 of the 10,000 runs have the same ranks on the exact engine (ranks on published values)', async () => {
    const options = { runs: 10_000, seed: 1, runRange: { from: 0, to: 40 } };
    const fast = await uncertainty(fastModel(vnDti2022, data), options);
    const exact = await uncertainty(exactModel(vnDti2022, data), options);
    expect(exact.status.ok).toBe(40);
    expect(Array.from(fast.ranks)).toEqual(Array.from(exact.ranks));
  });
});
