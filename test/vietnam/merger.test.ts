/** Mapping data and results of the 63 former provinces onto the 34 (Resolution 202/2025/QH15). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeDatasetTo34, mergeResultTo34, PROVINCES_63, readiness, score, type DatasetInput } from '../../src/index.js';

// Each province's value is its code as a number, so means are easy to check by hand.
const byCode: DatasetInput = {
  year: 2024,
  units: PROVINCES_63.map((province) => ({ id: `P${province.code}`, name: province.name, values: { x: Number(province.code), y: province.code === '67' ? null : 1 } })),
};

describe('mergeDatasetTo34', () => {
  it('takes the mean of the former provinces, exactly, and says which they were', () => {
    const merged = mergeDatasetTo34(byCode);
    expect(merged.units).toHaveLength(34);
    const lamDong = merged.units.find((unit) => unit.name === 'Lâm Đồng');
    // Lâm Đồng ← Bình Thuận (60), Đắk Nông (67), Lâm Đồng (68): (60 + 67 + 68) / 3 = 65
    expect(lamDong?.values.x).toBe('65');
    expect(lamDong?.id).toBe('68');
    // y: Đắk Nông's value is missing, so the mean of the two present
    expect(lamDong?.values.y).toBe('1');
    expect((merged.metadata?.formerUnits as Record<string, string[]>)['68']).toEqual(['P60', 'P67', 'P68']);
    // Phú Thọ ← Hòa Bình (17), Phú Thọ (25), Vĩnh Phúc (26): 68 / 3
    expect(merged.units.find((unit) => unit.name === 'Phú Thọ')?.values.x).toBe('22.66666666666666666666666666666666666667');
  });

  it('weights by population when asked', () => {
    const population = Object.fromEntries(PROVINCES_63.map((province) => [province.code, province.code === '68' ? 3 : 1]));
    const merged = mergeDatasetTo34(byCode, { method: 'population', population });
    // (60·1 + 67·1 + 68·3) / 5 = 66.2
    expect(merged.units.find((unit) => unit.name === 'Lâm Đồng')?.values.x).toBe('66.2');
  });

  it('refuses a new province with a former province missing, unless partial', () => {
    const without = { units: byCode.units.filter((unit) => unit.name !== 'Đắk Nông') };
    expect(() => mergeDatasetTo34(without)).toThrow(/Lâm Đồng \(new\) is formed from 3 provinces, but Đắk Nông is missing/);
    expect(mergeDatasetTo34(without, { partial: true }).units.find((unit) => unit.name === 'Lâm Đồng')?.values.x).toBe('64');
  });
});

describe('mergeResultTo34', () => {
  it('averages scores at every aggregate and ranks the 34 again (the DTI 2024 method) on the synthetic sample data', () => {
    const data = JSON.parse(readFileSync(new URL('../../examples/data/readiness/2023.json', import.meta.url), 'utf8')) as DatasetInput;
    const result = score(readiness, data);
    const merged = mergeResultTo34(result);
    expect(merged.units).toHaveLength(34);
    expect(merged.units.map((unit) => unit.nodes.readiness?.rank).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 34 }, (_value, index) => index + 1));
    const tuyenQuang = merged.units.find((unit) => unit.name === 'Tuyên Quang');
    const former = ['Hà Giang', 'Tuyên Quang'].map((name) => Number(result.units.find((unit) => unit.name === name)?.nodes.readiness?.score));
    expect(Number(tuyenQuang?.nodes.readiness?.score)).toBeCloseTo((former[0]! + former[1]!) / 2, 12);
    expect(merged.formerUnits['08']).toEqual(['02', '08']);
  });
});
