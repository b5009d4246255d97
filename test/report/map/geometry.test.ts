/**
 * The province geometry: the shipped Natural Earth file (src/report/geo/, see its SOURCE.md) matched
 * to chiso's registry by name, the 34 dissolved from the 63 through the merger mapping
 * (Resolution 202/2025/QH15 as the registry records it), and the archipelagos with their provinces.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { provinceGeometryCodes, provinceMapGeometry } from '../../../src/report/map/geometry.js';
import { PROVINCES_34, PROVINCES_63 } from '../../../src/vietnam/provinces.js';
import { findProvince } from '../../../src/vietnam/names.js';

const shipped = readFileSync(new URL('../../../src/report/geo/vn-provinces-63.topo.json', import.meta.url));
const topology = JSON.parse(shipped.toString('utf8')) as { objects: { provinces: { geometries: { properties: { name: string; iso: string } }[] } } };

/** Path commands of a `d` string: each M starts a ring. */
function rings(path: string): number {
  return (path.match(/M/g) ?? []).length;
}

describe('the shipped province geometry', () => {
  it('is the file described in SOURCE.md (sha256 9ef5dea9…, 51,301 bytes)', () => {
    expect(shipped.length).toBe(51301);
    expect(createHash('sha256').update(shipped).digest('hex')).toBe('9ef5dea93c50b74947edf60d1f7f7274893eba4eb4b590a43da95d5656e8f95c');
    expect(readFileSync(new URL('../../../src/report/geo/SOURCE.md', import.meta.url), 'utf8')).toMatch(/Natural Earth.*public domain/s);
  });

  it('matches every one of its 63 features to a different province of the registry, by name', () => {
    const codes = topology.objects.provinces.geometries.map((geometry) => findProvince(geometry.properties.name, '63')?.code);
    expect(codes.every((code) => code !== undefined)).toBe(true);
    expect(new Set(codes).size).toBe(63);
    expect(provinceGeometryCodes()).toEqual(PROVINCES_63.map((province) => province.code).sort());
  });

  it('matches ISO 3166-2 codes to GSO codes as published (VN-HN Hà Nội 01, VN-SG Hồ Chí Minh 79, VN-26 Thừa Thiên Huế 46, VN-39 Đồng Nai 75)', () => {
    const byIso = new Map(topology.objects.provinces.geometries.map((geometry) => [geometry.properties.iso, findProvince(geometry.properties.name, '63')?.code]));
    expect([byIso.get('VN-HN'), byIso.get('VN-SG'), byIso.get('VN-26'), byIso.get('VN-39'), byIso.get('VN-DN'), byIso.get('VN-34')]).toEqual(['01', '79', '46', '75', '48', '56']);
  });
});

describe('provinceMapGeometry', () => {
  it('draws the 63 provinces, each with a non-empty path, in the registry order', () => {
    const map = provinceMapGeometry('63');
    expect(map.provinces.map((province) => province.code)).toEqual(PROVINCES_63.map((province) => province.code));
    for (const province of map.provinces) expect(province.path, province.name).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(map.viewBox).toBe(`0 0 ${map.width} ${map.height}`);
    expect(map.width).toBe(400);
  });

  it('draws the 34 by dissolving the 63: one path each, with fewer rings than its former provinces had together when they shared a border', () => {
    const map63 = provinceMapGeometry('63');
    const map34 = provinceMapGeometry('34');
    expect(map34.provinces.map((province) => province.code)).toEqual(PROVINCES_34.map((province) => province.code));
    const ringsOf63 = new Map(map63.provinces.map((province) => [province.code, rings(province.path)]));
    // Lâm Đồng (new) = Bình Thuận + Đắk Nông + Lâm Đồng, neighbours: their shared borders are dissolved
    const lamDong = map34.provinces.find((province) => province.code === '68');
    expect(lamDong?.name).toBe('Lâm Đồng');
    const formerRings = ['60', '67', '68'].reduce((sum, code) => sum + (ringsOf63.get(code) ?? 0), 0);
    expect(rings(lamDong?.path ?? '')).toBeLessThan(formerRings);
    // a unit not merged (Cao Bằng 04) is drawn as before
    expect(map34.provinces.find((province) => province.code === '04')?.path).toBe(map63.provinces.find((province) => province.code === '04')?.path);
  });

  it('attaches Hoàng Sa to Đà Nẵng and Trường Sa to Khánh Hòa in both eras, east of the mainland', () => {
    for (const era of ['63', '34'] as const) {
      const map = provinceMapGeometry(era);
      expect(map.archipelagos.map((islands) => [islands.name, islands.code])).toEqual([
        ['Hoàng Sa', '48'],
        ['Trường Sa', '56'],
      ]);
      const daNang = map.provinces.find((province) => province.code === '48');
      const eastOfDaNang = Math.max(...[...(daNang?.path ?? '').matchAll(/([\d.]+),/g)].map((match) => Number(match[1])));
      for (const islands of map.archipelagos) {
        expect(islands.path.length).toBeGreaterThan(20);
        expect(islands.labelX).toBeGreaterThan(eastOfDaNang);
        expect(islands.labelY).toBeGreaterThan(0);
      }
    }
  });

  it('fits a given size, and refuses an unknown era or a size that is not a whole number of pixels', () => {
    const map = provinceMapGeometry('63', { width: 300, height: 500 });
    expect([map.width, map.height, map.viewBox]).toEqual([300, 500, '0 0 300 500']);
    const xs = map.provinces.flatMap((province) => [...province.path.matchAll(/([\d.]+),([\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])]));
    expect(Math.max(...xs.map(([x]) => x ?? 0))).toBeLessThanOrEqual(300);
    expect(Math.max(...xs.map(([, y]) => y ?? 0))).toBeLessThanOrEqual(500);
    expect(() => provinceMapGeometry('62' as '63')).toThrow(RangeError);
    expect(() => provinceMapGeometry('63', { width: 10.5 })).toThrow(RangeError);
    expect(() => provinceMapGeometry('63', { widht: 10 } as never)).toThrow(TypeError);
  });
});
