/**
 * The province registry. Sources: GSO codes (Decision 124/2004/QĐ-TTg), Resolution 202/2025/QH15
 * (the 34 and their former units, as listed in shared/methodology/vietnam.md §5), Decision
 * 19/2025/QĐ-TTg (codes of the 34).
 */
import { describe, expect, it } from 'vitest';
import { ChisoError, closestProvinces, formerProvinces, matchProvinces, PROVINCES_34, PROVINCES_63, provinceKey, resolveProvince, stripDiacritics } from '../../src/index.js';

describe('the registry', () => {
  it('has the 63 former and 34 current units with unique two-digit codes', () => {
    expect(PROVINCES_63).toHaveLength(63);
    expect(PROVINCES_34).toHaveLength(34);
    for (const list of [PROVINCES_63, PROVINCES_34]) {
      expect(new Set(list.map((province) => province.code)).size).toBe(list.length);
      for (const province of list) expect(province.code).toMatch(/^\d{2}$/);
    }
    expect(PROVINCES_63.filter((province) => province.kind === 'city').map((province) => province.name)).toEqual(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);
    expect(PROVINCES_34.filter((province) => province.kind === 'city')).toHaveLength(6);
  });

  it('puts the 63 in the six socio-economic regions (11, 14, 14, 5, 6, 13)', () => {
    const counts: Record<string, number> = {};
    for (const province of PROVINCES_63) counts[province.region] = (counts[province.region] ?? 0) + 1;
    expect(counts).toEqual({ 'red-river-delta': 11, 'northern-midlands-mountains': 14, 'north-central-coast': 14, 'central-highlands': 5, 'south-east': 6, 'mekong-delta': 13 });
  });

  it('maps every former province to exactly one of the 34', () => {
    const formers = PROVINCES_34.flatMap((province) => province.formerCodes ?? []);
    expect(formers).toHaveLength(63);
    expect(new Set(formers)).toEqual(new Set(PROVINCES_63.map((province) => province.code)));
    for (const former of PROVINCES_63) expect(PROVINCES_34.find((province) => province.code === former.successorCode)?.formerCodes).toContain(former.code);
    // eleven units unchanged (methodology notes §5), 23 formed by merging
    expect(PROVINCES_34.filter((province) => province.formerCodes?.length === 1)).toHaveLength(11);
  });

  it('follows Resolution 202/2025/QH15 for the merged units (methodology notes §5)', () => {
    const formers = (name: string): string[] => formerProvinces(name).map((province) => province.name).sort();
    expect(formers('Tuyên Quang')).toEqual(['Hà Giang', 'Tuyên Quang']);
    expect(formers('Phú Thọ')).toEqual(['Hòa Bình', 'Phú Thọ', 'Vĩnh Phúc']);
    expect(formers('Ninh Bình')).toEqual(['Hà Nam', 'Nam Định', 'Ninh Bình']);
    expect(formers('Lâm Đồng')).toEqual(['Bình Thuận', 'Lâm Đồng', 'Đắk Nông']);
    expect(formers('TP. Hồ Chí Minh')).toEqual(['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh']);
    expect(formers('Cần Thơ')).toEqual(['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']);
    expect(formers('Vĩnh Long')).toEqual(['Bến Tre', 'Trà Vinh', 'Vĩnh Long']);
    expect(formers('Huế')).toEqual(['Thừa Thiên Huế']);
  });

  it('gives a merged unit the code of the former unit holding its administrative centre (Decision 19/2025/QĐ-TTg)', () => {
    const code = (name: string): string => resolveProvince(name, '34').code;
    expect([code('Lào Cai'), code('Bắc Ninh'), code('Gia Lai'), code('An Giang'), code('Tây Ninh'), code('Đồng Tháp'), code('Quảng Trị')]).toEqual(['15', '24', '52', '91', '80', '82', '44']);
  });
});

describe('name matching', () => {
  it('resolves every name in the lists by Vietnamese name, name without diacritics, English name and code', () => {
    for (const era of ['63', '34'] as const) {
      for (const province of era === '63' ? PROVINCES_63 : PROVINCES_34) {
        for (const variant of [province.name, province.ascii, province.english, province.code, `Tỉnh ${province.name}`, `Thành phố ${province.name}`, province.name.toUpperCase()]) {
          expect(resolveProvince(variant, era).code, `${variant} (${era})`).toBe(province.code);
        }
      }
    }
  });

  it('resolves names as people write them', () => {
    const variants: [string, string][] = [
      ['TP. Đà Nẵng', '48'],
      ['Đà Nẵng', '48'],
      ['Da Nang', '48'],
      ['Thừa Thiên - Huế', '46'],
      ['Huế', '46'],
      ['TP.HCM', '79'],
      ['TPHCM', '79'],
      ['Hồ Chí Minh', '79'],
      ['Ho Chi Minh City', '79'],
      ['Sài Gòn', '79'],
      ['Bà Rịa–Vũng Tàu', '77'],
      ['Đăk Lăk', '66'],
      ['Khánh Hoà', '56'],
      ['Hanoi', '01'],
      ['1', '01'],
    ];
    for (const [name, code] of variants) expect(resolveProvince(name).code, name).toBe(code);
    expect(provinceKey('TP. Đà Nẵng')).toBe('danang');
    expect(stripDiacritics('Đắk Lắk')).toBe('Dak Lak');
  });

  it('refuses an unknown name and lists the closest matches', () => {
    expect(() => resolveProvince('Da Nag')).toThrow(ChisoError);
    expect(() => resolveProvince('Da Nag')).toThrow(/"Da Nag" is not one of the 63 provinces \(until 30 June 2025\); closest: Đà Nẵng/);
    expect(closestProvinces('Hai Phong g', '34')[0]).toBe('Hải Phòng');
    expect(closestProvinces('Da Nag', '63')).toEqual(['Đà Nẵng', 'Hà Nam', 'Cà Mau']);
  });

  it('refuses the same province twice under two spellings, naming both', () => {
    try {
      matchProvinces(['Hà Nội', 'TP.HCM', 'Thành phố Hồ Chí Minh']);
      expect.unreachable();
    } catch (error) {
      expect((error as ChisoError).issues[0]?.message).toBe('"Thành phố Hồ Chí Minh" and "TP.HCM" (units[1]) are the same province, Hồ Chí Minh (code 79)');
    }
  });

  it('refuses pre-merger and post-merger units mixed in one list', () => {
    expect(() => matchProvinces(['Hà Giang', 'Lào Cai (mới)'])).toThrow(/pre-merger and post-merger units are mixed: "Hà Giang" was merged on 1 July 2025, while "Lào Cai \(mới\)" is a post-merger unit/);
    expect(() => matchProvinces(['Tuyên Quang', 'Hà Giang'], { year: 2025 })).toThrow(/"Hà Giang" is a pre-merger province: on 1 July 2025 it became part of Tuyên Quang/);
  });

  it('chooses the era from the year or from "(mới)" marks', () => {
    expect(matchProvinces(['Lào Cai']).provinces[0]?.code).toBe('10');
    expect(matchProvinces(['Lào Cai'], { year: 2025 }).provinces[0]?.code).toBe('15');
    expect(matchProvinces(['Lào Cai (mới)']).era).toBe('34');
  });
});
