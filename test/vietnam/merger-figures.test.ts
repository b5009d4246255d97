/**
 * The merger drops nothing a table or a summary reads: every figure the former provinces have at a
 * node (score, published, points, ranks within groups, a band they share) is there for the new
 * province, and the dataset merger keeps "not ranked" units and shared groups.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeDatasetTo34, mergeResultTo34, PROVINCES_63, REGIONS, roundToText, score, toExact, vnDti2022, type DatasetInput, type FrameworkInput } from '../../src/index.js';
import { referenceRanks } from '../engine/hostile-cases.js';

const dti2023 = JSON.parse(readFileSync(new URL('../../examples/data/vn-dti-2022/2023.json', import.meta.url), 'utf8')) as DatasetInput;

/** Each province's x is its code, y is 50; a `kind` group that is the same for some merged provinces only. */
const banded: FrameworkInput = {
  id: 'banded',
  name: 'Banded',
  ranking: { groups: ['region', 'kind'] },
  root: {
    kind: 'aggregate',
    id: 'index',
    bands: [
      { label: 'high', atLeast: 0.5 },
      { label: 'low', atLeast: 0 },
    ],
    children: [
      { kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 100 } },
      { kind: 'indicator', id: 'y', unit: 'score', normalisation: { method: 'goalposts', min: 0, max: 100 } },
    ],
  },
};
const bandedData: DatasetInput = {
  units: PROVINCES_63.map((province) => ({
    id: `P${province.code}`,
    name: province.name,
    groups: { region: REGIONS[province.region].vi, kind: province.kind },
    ...(province.code === '17' ? { ranked: false } : {}),
    values: { x: Number(province.code), y: 50 },
  })),
};

describe('mergeResultTo34 keeps every figure', () => {
  it('indicators get a score and a published value as before the merger, not a 40-digit normalised value', () => {
    const result = score(vnDti2022, dti2023);
    const merged = mergeResultTo34(result);
    for (const info of merged.nodes) {
      for (const unit of merged.units) {
        const figures = unit.nodes[info.id];
        const former = (merged.formerUnits[unit.id] ?? []).map((id) => result.units.find((entry) => entry.id === id)?.nodes[info.id]);
        // every field the former provinces have, except those documented as not averaged
        const fields = new Set(former.flatMap((entry) => Object.keys(entry ?? {})).filter((field) => !['raw', 'value', 'met', 'band'].includes(field)));
        expect(Object.keys(figures ?? {}).sort(), `${unit.id} at ${info.id}`).toEqual([...fields].sort());
        if (figures?.score !== null && figures?.score !== undefined) {
          expect(figures.published, `${unit.id} at ${info.id}`).toBe(roundToText(toExact(figures.score), vnDti2022.rounding?.decimals ?? 4, 'half-up'));
        }
      }
    }
  });

  it('averages the points of a points-summing framework (DTI 2022)', () => {
    const result = score(vnDti2022, dti2023);
    const merged = mergeResultTo34(result);
    const hue = merged.units.find((unit) => unit.name === 'Huế');
    const former = result.units.find((unit) => unit.name === 'Thừa Thiên Huế');
    // Huế was not merged: its figures are its own
    expect(hue?.nodes.awareness?.points).toBe(former?.nodes.awareness?.points);
    expect(hue?.nodes.awareness?.points).toMatch(/^\d/);
  });

  it('ranks within every group again among the 34, checked against an independent ranking', () => {
    const merged = mergeResultTo34(score(banded, bandedData));
    for (const key of ['region', 'kind']) {
      for (const info of merged.nodes) {
        const groups = new Set(merged.units.flatMap((unit) => (unit.groups[key] === undefined ? [] : [unit.groups[key]])));
        for (const group of groups) {
          const members = merged.units.filter((unit) => unit.ranked && unit.groups[key] === group);
          const expected = referenceRanks(
            members.map((unit) => ({ id: unit.id, value: (info.kind === 'indicator' ? unit.nodes[info.id]?.normalised : unit.nodes[info.id]?.score) ?? '0' })),
            'competition',
          );
          for (const unit of merged.units.filter((entry) => entry.groups[key] === group)) {
            expect(unit.nodes[info.id]?.groupRanks?.[key] ?? null, `${unit.name ?? unit.id} in ${key} ${group} at ${info.id}`).toBe(expected.get(unit.id) ?? null);
          }
        }
      }
    }
  });

  it('keeps a group all former provinces share, the region in the language the data used, and a band they share', () => {
    const merged = mergeResultTo34(score(banded, bandedData));
    const hanoi = merged.units.find((unit) => unit.id === '01');
    expect(hanoi?.groups).toEqual({ kind: 'city', region: 'Đồng bằng sông Hồng' });
    // Lâm Đồng ← Bình Thuận (60), Đắk Nông (67), Lâm Đồng (68): all provinces, all "high" (x ≥ 50)
    const lamDong = merged.units.find((unit) => unit.id === '68');
    expect(lamDong?.groups.kind).toBe('province');
    expect(lamDong?.nodes.index?.band).toBe('high');
    // Hồ Chí Minh ← Bà Rịa - Vũng Tàu (province), Bình Dương (province), Hồ Chí Minh (city): kinds differ
    expect(merged.units.find((unit) => unit.id === '79')?.groups).toEqual({ region: 'Đông Nam Bộ' });
    // Hà Nội (x = 1) is "low" before and after
    expect(hanoi?.nodes.index?.band).toBe('low');
  });
});

describe('mergeDatasetTo34 keeps who is ranked and the groups', () => {
  it('a new province formed from a unit marked ranked: false is marked so too, and shared groups are kept', () => {
    const merged = mergeDatasetTo34(bandedData);
    // Phú Thọ (25) ← Hòa Bình (17, not ranked), Phú Thọ (25), Vĩnh Phúc (26)
    expect(merged.units.find((unit) => unit.id === '25')?.ranked).toBe(false);
    expect(merged.units.find((unit) => unit.id === '01')).toMatchObject({ groups: { kind: 'city', region: 'Đồng bằng sông Hồng' } });
    expect(merged.units.find((unit) => unit.id === '01')?.ranked).toBeUndefined();
  });
});
