/** `chiso import coinr`, then `chiso score` and `chiso explain` on what it wrote. Source: the ASEM fixture (see test/io/coinr.test.ts). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chiso } from './cli-helpers.js';

const asem = (name: string): string => fileURLToPath(new URL(`../../examples/data/asem/${name}`, import.meta.url));
const expected = JSON.parse(readFileSync(new URL('../fixtures/asem/coinr_build.json', import.meta.url), 'utf8')) as { default: Record<string, Record<string, number>> };

describe('chiso import coinr', () => {
  it('writes a framework and a dataset that chiso score ranks as COINr does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chiso-import-'));
    const model = join(folder, 'model.json');
    const data = join(folder, 'data.json');
    const imported = await chiso(['import', 'coinr', '--idata', asem('ASEM_iData.csv'), '--imeta', asem('ASEM_iMeta.csv'), '--out-framework', model, '--out-data', data]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('51 units');
    const scored = await chiso(['score', '--framework', model, '--data', data, '--format', 'json']);
    expect(scored.code).toBe(0);
    const result = JSON.parse(scored.stdout) as { units: { id: string; nodes: Record<string, { score: string }> }[] };
    const che = result.units.find((unit) => unit.id === 'CHE');
    expect(Number(che?.nodes.Index?.score)).toBeCloseTo(expected.default.Index?.CHE as number, 9);
    const text = await chiso(['score', '--framework', model, '--data', data]);
    expect(text.stdout).toContain('Construction steps: 17 indicators denominated (2 left missing: no divisor)');
  });

  it('asks for what it needs', async () => {
    const missing = await chiso(['import', 'coinr', '--idata', asem('ASEM_iData.csv')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--imeta is required');
    const unknown = await chiso(['import', 'excel']);
    expect(unknown.stderr).toContain('the one format is "coinr"');
  });
});
