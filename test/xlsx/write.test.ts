/**
 * Writing results as workbooks (src/xlsx/write.ts), read back by chiso's own reader and by an
 * independent one, Python's openpyxl (Debian's python3-openpyxl, run with /usr/bin/python3;
 * `.ci/run` installs it). Without openpyxl that test is skipped with a message, except under
 * CI=true, where it fails. The expected values are the result's published texts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/score.js';
import { vnDti2022 } from '../../src/frameworks/vietnam/dti-2022.js';
import { readXlsxTable, resultWorkbook } from '../../src/xlsx/index.js';

const sample = new URL('../../examples/data/vn-dti-2022/', import.meta.url);
const result2023 = score(vnDti2022, JSON.parse(readFileSync(new URL('2023.json', sample), 'utf8')) as never);
const result2022 = score(vnDti2022, JSON.parse(readFileSync(new URL('2022.json', sample), 'utf8')) as never);

const PYTHON = '/usr/bin/python3';
function hasOpenpyxl(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const openpyxl = hasOpenpyxl();
if (!openpyxl && process.env.CI !== 'true') console.warn('test/xlsx/write.test.ts: python3-openpyxl is not installed (apt-get install python3-openpyxl): the independent read-back is skipped');

describe('resultWorkbook', () => {
  it('writes a ranking, one sheet per level and a method sheet, which chiso reads back as written', async () => {
    const bytes = await resultWorkbook(result2023, { language: 'vi', previous: result2022, group: 'region' });
    const ranking = await readXlsxTable(bytes, { sheet: 'Xếp hạng', headerRow: 1 });
    expect(ranking.sheets).toEqual(['Xếp hạng', 'Cấp 1', 'Cấp 2', 'Phương pháp']);
    expect(ranking.header.slice(0, 7)).toEqual(['Hạng', 'Mã', 'Tỉnh/Thành phố', 'Vùng', 'Hạng trong vùng', 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Nhận thức số']);
    expect(ranking.header.slice(-3)).toEqual(['Hạng năm trước', 'Thay đổi', 'Thay đổi điểm']);
    expect(ranking.rows).toHaveLength(63);
    const first = ranking.rows[0] ?? [];
    const top = [...result2023.units].sort((left, right) => (left.nodes.pdti?.rank ?? 99) - (right.nodes.pdti?.rank ?? 99))[0];
    expect(first.slice(0, 3)).toEqual([1, top?.id, top?.name]);
    // the number written is the published text read as a double ("0.8920" → 0.892, shown 0.8920 by its format)
    expect(first[5]).toBe(Number(top?.nodes.pdti?.published));
    for (const row of ranking.rows) expect(typeof row.at(-2)).toBe('string');
    expect(ranking.rows.map((row) => row.at(-2))).toContain('giữ nguyên');
  });

  it('writes English headers and phrases with language "en"', async () => {
    const bytes = await resultWorkbook(result2023, { language: 'en', previous: result2022 });
    const ranking = await readXlsxTable(bytes, { sheet: 'Ranking', headerRow: 1 });
    expect(ranking.sheets).toEqual(['Ranking', 'Level 1', 'Level 2', 'Method']);
    expect(ranking.header.slice(0, 5)).toEqual(['Rank', 'Id', 'Province', 'Region', 'PDTI']);
    expect(ranking.rows.some((row) => /^(up|down) \d+ places?$|^unchanged$/.test(String(row.at(-2))))).toBe(true);
  });

  it.skipIf(!openpyxl && process.env.CI !== 'true')('is read by openpyxl: sheets, frozen header rows, number formats, values, Vietnamese headers', async () => {
    expect(openpyxl, 'python3-openpyxl must be installed under CI (.ci/run installs it)').toBe(true);
    const folder = mkdtempSync(join(tmpdir(), 'chiso-xlsx-'));
    try {
      const path = join(folder, 'results.xlsx');
      writeFileSync(path, await resultWorkbook(result2023, { language: 'vi', previous: result2022, group: 'region' }));
      const script = `
import json, sys, warnings
warnings.simplefilter('ignore')
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {'sheets': wb.sheetnames, 'freeze': [ws.freeze_panes for ws in wb.worksheets]}
ws = wb['Xếp hạng']
out['header'] = [c.value for c in ws[1]]
out['row2'] = [c.value for c in ws[2]]
out['formats'] = [c.number_format for c in ws[2]]
out['rows'] = ws.max_row
m = wb['Phương pháp']
out['method'] = [[c.value for c in row] for row in m.iter_rows(min_row=1, max_row=12)]
print(json.dumps(out, ensure_ascii=False))
`;
      const read = JSON.parse(execFileSync(PYTHON, ['-c', script, path], { encoding: 'utf8' })) as {
        sheets: string[];
        freeze: (string | null)[];
        header: string[];
        row2: (string | number | null)[];
        formats: string[];
        rows: number;
        method: (string | number | null)[][];
      };
      expect(read.sheets).toEqual(['Xếp hạng', 'Cấp 1', 'Cấp 2', 'Phương pháp']);
      expect(read.freeze).toEqual(['A2', 'A2', 'A2', 'A2']);
      expect(read.header.slice(0, 6)).toEqual(['Hạng', 'Mã', 'Tỉnh/Thành phố', 'Vùng', 'Hạng trong vùng', 'Chỉ số chuyển đổi số cấp tỉnh (DTI)']);
      expect(read.rows).toBe(64);
      const top = result2023.units.find((unit) => unit.nodes.pdti?.rank === 1);
      expect(read.row2.slice(0, 3)).toEqual([1, top?.id, top?.name]);
      expect(read.row2[5]).toBe(Number(top?.nodes.pdti?.published));
      expect(read.formats[0]).toBe('0');
      expect(read.formats[5]).toBe('0.0000');
      expect(read.method.some((row) => row[0] === 'Bộ chỉ số' && row[1] === 'vn-dti-2022')).toBe(true);
      expect(read.method.some((row) => row[0] === 'Làm tròn' && row[1] === '4 chữ số thập phân, half-up')).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses a group no unit has', async () => {
    await expect(resultWorkbook(result2023, { group: 'province_type' })).rejects.toThrow(/no unit has a group "province_type"/);
    await expect(resultWorkbook(result2023, { language: 'fr' as never })).rejects.toThrow(RangeError);
  });
});
