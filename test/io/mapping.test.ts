/**
 * Column mappings (src/io/mapping.ts) and their use with CSV (src/io/csv.ts, src/io/table.ts). The
 * expected datasets are the cells written in each test.
 */
import { describe, expect, it } from 'vitest';
import { datasetFromCsv } from '../../src/io/csv.js';
import { assertColumnMapping, headerKey } from '../../src/io/mapping.js';
import { ChisoError } from '../../src/model/issues.js';
import { withProvinces } from '../../src/vietnam/names.js';

function problems(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.map((entry) => entry.message);
    throw error;
  }
  throw new Error('expected a ChisoError');
}

describe('assertColumnMapping', () => {
  it('accepts the documented fields and refuses unknown keys with a did-you-mean', () => {
    const mapping = assertColumnMapping({ sheet: 'Số liệu', headerRow: 4, locale: 'vi-VN', provinces: true, id: 'Tỉnh', groups: { Vùng: 'region' }, columns: { 'Cáp quang': 'fibre_pct' }, ignore: ['STT'] });
    expect(mapping.columns).toEqual({ 'Cáp quang': 'fibre_pct' });
    expect(problems(() => assertColumnMapping({ colums: {} })).some((message) => message.includes('did you mean "columns"'))).toBe(true);
    expect(problems(() => assertColumnMapping({ columns: { a: 5 } }))[0]).toMatch(/expected an object whose keys are sheet headers/);
    expect(problems(() => assertColumnMapping({ columns: {}, headerRow: 0 }))).toHaveLength(1);
  });

  it('refuses two keys that name the same header once compared (case, spaces, accents written two ways)', () => {
    expect(problems(() => assertColumnMapping({ id: 'Tỉnh', columns: { 'Cáp  quang': 'a', 'cáp quang': 'b' }, ignore: ['TỈNH'] }))).toEqual([
      '"cáp quang" and "Cáp  quang" (columns.Cáp  quang) name the same header (compared without case, extra spaces or accents written two ways): keep one',
      '"TỈNH" and "Tỉnh" (id) name the same header (compared without case, extra spaces or accents written two ways): keep one',
    ]);
  });

  it('compares headers in NFC, without case, with runs of white space as one space', () => {
    expect(headerKey(' Tỷ lệ\n\u00a0hộ  GIA đình ')).toBe('tỷ lệ hộ gia đình');
    expect(headerKey('Điểm'.normalize('NFD'))).toBe('điểm');
  });
});

describe('datasetFromCsv with a column mapping', () => {
  const csv = 'STT,Tỉnh/Thành phố,Vùng,Tỷ lệ dân số trưởng thành có điện thoại thông minh (%),Ghi chú\n1,TP. Hồ Chí Minh,Đông Nam Bộ,"97,8",x\n2,Hà Nội,Đồng bằng sông Hồng,"95,1",\n';
  const mapping = {
    id: 'Tỉnh/Thành phố',
    groups: { Vùng: 'region' },
    columns: { 'Tỷ lệ dân số trưởng thành có điện thoại thông minh (%)': 'adults_smartphone_pct' },
    ignore: ['STT', 'Ghi chú'],
    locale: 'vi-VN' as const,
  };

  it('reads Vietnamese headers as indicator ids, the id and group columns as the mapping says', () => {
    expect(datasetFromCsv(csv, { mapping })).toEqual({
      locale: 'vi-VN',
      units: [
        { id: 'TP. Hồ Chí Minh', groups: { region: 'Đông Nam Bộ' }, values: { adults_smartphone_pct: '97,8' } },
        { id: 'Hà Nội', groups: { region: 'Đồng bằng sông Hồng' }, values: { adults_smartphone_pct: '95,1' } },
      ],
    });
  });

  it('matches province names through the registry when the mapping says the units are provinces', () => {
    expect(() => datasetFromCsv(csv, { mapping: { ...mapping, provinces: true } })).toThrow(/pass the option matchUnits: withProvinces/);
    const dataset = datasetFromCsv(csv, { mapping: { ...mapping, provinces: true }, matchUnits: withProvinces });
    expect(dataset.units.map((unit) => [unit.id, unit.name])).toEqual([
      ['79', 'Hồ Chí Minh'],
      ['01', 'Hà Nội'],
    ]);
    expect(problems(() => datasetFromCsv(csv.replace('Hà Nội', 'Ha Noii'), { mapping: { ...mapping, provinces: true }, matchUnits: withProvinces }))[0]).toMatch(/^line 3, column "Tỉnh\/Thành phố": "Ha Noii" is not one of the 63 provinces/);
  });

  it('refuses a column the mapping does not name, never dropping it, and names the line of a bad year', () => {
    const { ignore: _ignore, ...withoutIgnore } = mapping;
    expect(problems(() => datasetFromCsv(csv, { mapping: withoutIgnore }))).toEqual([
      'column 1 ("STT") is not in the column mapping: add its header to "columns" with the indicator id, or to "ignore"',
      'column 5 ("Ghi chú") is not in the column mapping: add its header to "columns" with the indicator id, or to "ignore"',
    ]);
    expect(problems(() => datasetFromCsv('Mã,Năm,x\nA,20233,1\n', { mapping: { id: 'Mã', year: 'Năm', columns: { x: 'x' } } }))[0]).toMatch(/^line 2, column "Năm": "20233" is not a year/);
  });

  it('refuses an id column the mapping names that the CSV lacks, with the closest header', () => {
    expect(problems(() => datasetFromCsv(csv, { mapping: { ...mapping, id: 'Tinh/Thanh pho' } }))[0]).toBe('there is no column "Tinh/Thanh pho" — did you mean "Tỉnh/Thành phố"?');
  });
});
