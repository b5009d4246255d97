/**
 * Spreadsheets on the command line: `--data file.xlsx` with `--mapping`, `--sheet` and
 * `--header-row`, and `chiso score --format xlsx --out FILE` — the README's one command. The
 * expected rankings are those of the JSON the sample sheet was made from.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsxTable } from '../../src/xlsx/index.js';
import { chiso, dti2023, writeTemporary } from './cli-helpers.js';

const sheet = fileURLToPath(new URL('../../examples/data/vn-dti-2022/2023.xlsx', import.meta.url));
const mapping = fileURLToPath(new URL('../../examples/data/vn-dti-2022/mapping.json', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'chiso-xlsx-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('chiso with spreadsheets', () => {
  it('ranks the sample sheet as it ranks the JSON it was made from', async () => {
    const fromSheet = await chiso(['score', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', mapping, '--format', 'csv']);
    const fromJson = await chiso(['score', '-f', 'vn-dti-2022', '-d', dti2023, '--format', 'csv']);
    expect(fromSheet.stderr).toBe('');
    expect(fromSheet.code).toBe(0);
    expect(fromSheet.stdout).toBe(fromJson.stdout);
  });

  it('writes the ranked workbook with --format xlsx --out (the README command), in a folder it makes', async () => {
    const out = join(folder, 'out', 'results.xlsx');
    const { code, stdout, stderr } = await chiso(['score', '--framework', 'vn-dti-2022', '--data', sheet, '--mapping', mapping, '--previous', dti2023.replace('2023', '2022'), '--format', 'xlsx', '--out', out, '--lang', 'vi']);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    const table = await readXlsxTable(readFileSync(out), { sheet: 'Xếp hạng', headerRow: 1 });
    expect(table.rows).toHaveLength(63);
    expect(table.header).toContain('Thay đổi');
    // the global --lang: English unless asked (or CHISO_LANG says otherwise)
    const english = await chiso(['score', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', mapping, '--format', 'xlsx', '--out', join(folder, 'en.xlsx')]);
    expect(english.code).toBe(0);
    expect((await readXlsxTable(readFileSync(join(folder, 'en.xlsx')), { headerRow: 1 })).sheet).toBe('Ranking');
  });

  it('validates and explains from a sheet, and takes --sheet and --header-row', async () => {
    expect((await chiso(['validate', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', mapping])).stdout).toContain('is valid: 63 units');
    const explained = await chiso(['explain', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', mapping, '-u', '79', '--sheet', 'Số liệu', '--header-row', '4']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(/^Hồ Chí Minh: /);
    const wrongSheet = await chiso(['score', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', mapping, '--sheet', 'Ghi chu']);
    expect(wrongSheet.code).toBe(1);
    expect(wrongSheet.stderr).toContain('there is no sheet "Ghi chu"; the sheets are "Số liệu", "Ghi chú"');
  });

  it('refuses options that would do nothing, and --format xlsx without --out', async () => {
    const usage: [string[], string][] = [
      [['score', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', mapping, '--format', 'xlsx'], '--format xlsx writes a workbook: give the file with --out FILE.xlsx'],
      [['score', '-f', 'vn-dti-2022', '-d', dti2023, '--sheet', '2'], `--sheet applies to .xlsx files only, and "${dti2023}" is not .xlsx`],
      [['score', '-f', 'vn-dti-2022', '-d', dti2023, '--mapping', mapping], '--mapping applies to CSV and .xlsx files only'],
      [['score', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', mapping, '--header-row', 'four'], '--header-row "four" is not a row number'],
    ];
    for (const [args, message] of usage) {
      const { code, stderr } = await chiso(args);
      expect({ code, message: stderr.includes(message) }, `${args.join(' ')}\n${stderr}`).toEqual({ code: 2, message: true });
    }
  });

  it('takes the global --lang in every format, not only the workbook', async () => {
    const { code, stdout } = await chiso(['score', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', mapping, '--lang', 'vi', '--width', '0']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Hạng +/m);
  });

  it('writes any text format to --out instead of standard output', async () => {
    const out = join(folder, 'ranking.csv');
    const { code, stdout } = await chiso(['score', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', mapping, '--format', 'csv', '--out', out]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe((await chiso(['score', '-f', 'vn-dti-2022', '-d', dti2023, '--format', 'csv'])).stdout);
  });

  it('writes a starter mapping from the sheet\'s headers (chiso mapping), one that reads the sheet', async () => {
    const { code, stdout, stderr } = await chiso(['mapping', '-f', 'vn-dti-2022', '-d', sheet]);
    expect(code).toBe(0);
    expect(stderr).toContain('30 column(s) matched an indicator\'s label exactly');
    const suggested = writeTemporary('suggested.json', stdout);
    const fromSuggested = await chiso(['score', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', suggested, '--format', 'csv']);
    expect(fromSuggested.stdout).toBe((await chiso(['score', '-f', 'vn-dti-2022', '-d', dti2023, '--format', 'csv'])).stdout);
  });

  it('names the mapping file in its problems, and reads a CSV through a mapping', async () => {
    const bad = writeTemporary('mapping.json', '{ "colums": {} }');
    const refused = await chiso(['score', '-f', 'vn-dti-2022', '-d', sheet, '--mapping', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${bad}: The column mapping is not valid`);
    expect(refused.stderr).toContain('did you mean "columns"');
    const csv = writeTemporary('fibre.csv', 'Tỉnh,Cáp quang (%)\nTP. Hà Nội,"94,5"\nĐà Nẵng,"90,1"\n');
    const csvMapping = writeTemporary('m.json', JSON.stringify({ id: 'Tỉnh', provinces: true, locale: 'vi-VN', columns: { 'Cáp quang (%)': 'households_fibre_pct' } }));
    const validated = await chiso(['validate', '-f', 'vn-dti-2022', '-d', csv, '--mapping', csvMapping]);
    expect(validated.stdout).toContain('is valid: 2 units');
  });
});
