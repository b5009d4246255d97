/** `chiso import coinr`, then `chiso score` and `chiso explain` on what it wrote. Source: the ASEM fixture (see test/io/coinr.test.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/io/csv.js';
import { makeWorkbook, type TestCell } from '../xlsx/make-workbook.js';
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

  it('reads iData and iMeta from .xlsx (the first sheet) as from CSV', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'chiso-import-xlsx-'));
    // each CSV as a workbook of one sheet: numbers as numbers, text as text, empty cells empty
    const asWorkbook = (name: string): string => {
      const csv = parseCsv(readFileSync(asem(`${name}.csv`), 'utf8'));
      const cell = (text: string): TestCell => (text === '' ? null : /^-?[0-9]+(\.[0-9]+)?(e-?[0-9]+)?$/i.test(text) ? Number(text) : text);
      const path = join(folder, `${name}.xlsx`);
      writeFileSync(path, makeWorkbook([{ name, rows: [csv.header, ...csv.rows.map((row) => row.cells.map(cell))] }]));
      return path;
    };
    const written = async (iData: string, iMeta: string, tag: string): Promise<{ framework: unknown; dataset: unknown; stdout: string }> => {
      const model = join(folder, `${tag}-model.json`);
      const data = join(folder, `${tag}-data.json`);
      const { code, stdout, stderr } = await chiso(['import', 'coinr', '--idata', iData, '--imeta', iMeta, '--out-framework', model, '--out-data', data]);
      expect({ code }, stderr).toEqual({ code: 0 });
      return { framework: JSON.parse(readFileSync(model, 'utf8')), dataset: JSON.parse(readFileSync(data, 'utf8')), stdout };
    };
    const fromXlsx = await written(asWorkbook('ASEM_iData'), asWorkbook('ASEM_iMeta'), 'xlsx');
    const fromCsv = await written(asem('ASEM_iData.csv'), asem('ASEM_iMeta.csv'), 'csv');
    expect(fromXlsx.stdout).toContain('51 units');
    expect(fromXlsx.framework).toEqual(fromCsv.framework);
    // the same numbers, written as the reader writes them: the CSV's "2e-06" is "0.000002" from the sheet
    const asNumbers = (dataset: unknown): unknown => JSON.parse(JSON.stringify(dataset), (_key, value: unknown) => (typeof value === 'string' && value !== '' && Number.isFinite(Number(value)) ? Number(value) : value));
    expect(asNumbers(fromXlsx.dataset)).toEqual(asNumbers(fromCsv.dataset));
  });

  it('asks for what it needs', async () => {
    const missing = await chiso(['import', 'coinr', '--idata', asem('ASEM_iData.csv')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--imeta is required');
    const unknown = await chiso(['import', 'excel']);
    expect(unknown.stderr).toContain('the one format is "coinr"');
  });
});
