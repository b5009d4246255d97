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

  it('keeps value keys named like Object.prototype members ("__proto__", "constructor")', () => {
    const named = JSON.parse(JSON.stringify(byCode).replaceAll('"x":', '"__proto__":').replaceAll('"y":', '"constructor":')) as DatasetInput;
    const lamDong = mergeDatasetTo34(named).units.find((unit) => unit.name === 'Lâm Đồng');
    expect(Object.entries(lamDong?.values ?? {})).toEqual([['__proto__', '65'], ['constructor', '1']]);
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

describe('mergeResultTo34 and direction', () => {
  // x: lower is better (goalposts reverse it, so normalised is already "higher is better");
  // y: higher is better. Each province's x is its code, so low codes are the best.
  const framework = {
    id: 'direction',
    name: 'Direction',
    root: {
      kind: 'aggregate' as const,
      id: 'index',
      children: [
        { kind: 'indicator' as const, id: 'x', unit: 'score' as const, direction: 'lower' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } },
        { kind: 'indicator' as const, id: 'y', unit: 'score' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } },
      ],
    },
  };
  const data: DatasetInput = { units: PROVINCES_63.map((province) => ({ id: `P${province.code}`, name: province.name, values: { x: Number(province.code), y: 50 } })) };

  it('ranks the best province first at a lower-is-better indicator after the merger', () => {
    const result = score(framework, data);
    // before the merger: the lowest code (Hà Nội, 01) ranks first at x
    expect(result.units.find((unit) => unit.id === 'P01')?.nodes.x?.rank).toBe(1);
    const merged = mergeResultTo34(result);
    const byRank = [...merged.units].sort((left, right) => (left.nodes.x?.rank ?? 99) - (right.nodes.x?.rank ?? 99));
    // Hà Nội (01) was not merged: its mean x is 1, the lowest of the 34, so it ranks first
    expect(byRank[0]?.name).toBe('Hà Nội');
    // and ranks follow the (already reversed) normalised values, best first
    const normalised = byRank.map((unit) => Number(unit.nodes.x?.normalised));
    expect(normalised).toEqual([...normalised].sort((left, right) => right - left));
    // the top index agrees with x, since y is the same everywhere
    expect(merged.units.find((unit) => unit.name === 'Hà Nội')?.nodes.index?.rank).toBe(1);
  });

  it('still ranks a lower-is-better aggregate lowest first', () => {
    const lowerAggregate = { ...framework, root: { ...framework.root, children: [{ kind: 'aggregate' as const, id: 'burden', direction: 'lower' as const, children: [{ kind: 'indicator' as const, id: 'x', unit: 'score' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } }] }, framework.root.children[1]] } };
    const merged = mergeResultTo34(score(lowerAggregate, data));
    const best = merged.units.find((unit) => unit.nodes.burden?.rank === 1);
    expect(best?.name).toBe('Hà Nội');
  });
});

describe('mergeResultTo34 keeps what was missing and who was not ranked', () => {
  const framework = {
    id: 'gaps',
    name: 'Gaps',
    root: {
      kind: 'aggregate' as const,
      id: 'index',
      missing: { policy: 'reweight' as const },
      children: [
        { kind: 'indicator' as const, id: 'x', unit: 'score' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } },
        { kind: 'indicator' as const, id: 'y', unit: 'score' as const, normalisation: { method: 'goalposts' as const, min: 0, max: 100 } },
      ],
    },
  };
  // Đắk Nông (67) has no y; Hòa Bình (17) is not ranked
  const data: DatasetInput = {
    units: PROVINCES_63.map((province) => ({
      id: `P${province.code}`,
      name: province.name,
      ...(province.code === '17' ? { ranked: false } : {}),
      values: { x: Number(province.code), y: province.code === '67' ? null : 50 },
    })),
  };

  it('carries the former units\' notes, and says where a new province\'s value comes from fewer of them', () => {
    const result = score(framework, data);
    expect(result.missing).toEqual([expect.objectContaining({ unit: 'P67', node: 'index', missing: ['y'] })]);
    const merged = mergeResultTo34(result);
    // Lâm Đồng (68) ← Bình Thuận (60), Đắk Nông (67), Lâm Đồng (68)
    expect(merged.missing).toContainEqual(expect.objectContaining({ unit: '68', formerUnit: 'P67', node: 'index', missing: ['y'], action: 'reweighted' }));
    expect(merged.missing).toContainEqual({ unit: '68', node: 'y', missing: ['P67'], action: 'reweighted', presentShare: expect.stringMatching(/^0\.6+7$/) as unknown as string, among: 'former-units' });
    expect(merged.units.find((unit) => unit.id === '68')?.nodes.y?.normalised).toBe('0.5');
  });

  it('does not rank a new province formed from a unit that was not ranked, and says why', () => {
    const merged = mergeResultTo34(score(framework, data));
    // Phú Thọ (25) ← Hòa Bình (17), Phú Thọ (25), Vĩnh Phúc (26)
    const phuTho = merged.units.find((unit) => unit.id === '25');
    expect(phuTho?.ranked).toBe(false);
    expect(phuTho?.nodes.index?.rank).toBeNull();
    expect(phuTho?.nodes.index?.score).not.toBeNull();
    expect(merged.unranked).toEqual([{ unit: '25', reason: expect.stringContaining('P17, which is not ranked (marked "ranked": false in the dataset)') as unknown as string }]);
    const ranks = merged.units.flatMap((unit) => (unit.nodes.index?.rank === null || unit.nodes.index?.rank === undefined ? [] : [unit.nodes.index.rank]));
    expect(ranks).toHaveLength(33);
    expect(Math.max(...ranks)).toBeLessThanOrEqual(33);
  });
});
