/**
 * Vietnam's provinces and centrally run cities: the 63 in force until 30 June 2025 and the 34 in
 * force from 1 July 2025, with official codes, names and socio-economic regions.
 *
 * Sources:
 * - 63 units and their codes: the national list of administrative-unit codes, Decision
 *   124/2004/QĐ-TTg and its updates, as published by the General Statistics Office (GSO,
 *   https://danhmuchanhchinh.gso.gov.vn); Thừa Thiên Huế became the centrally run city of Huế on
 *   1 January 2025 (Resolution 1314/NQ-UBTVQH15) and keeps code 46.
 * - 34 units: Resolution 202/2025/QH15 of the National Assembly (12 June 2025, in force 1 July
 *   2025), which lists the former units of each new one; codes from Decision 19/2025/QĐ-TTg
 *   (the updated list of administrative-unit codes, in force 1 July 2025): a merged unit takes the
 *   code of the former unit where its administrative centre is (Lào Cai 15, the former Yên Bái;
 *   Bắc Ninh 24, the former Bắc Giang …).
 * - Socio-economic regions: the GSO's six regions (Decree 131/2025 and earlier practice; the
 *   statistical yearbook's grouping) for the 63 units. For the 34 units chiso assigns the region of
 *   the former unit that gave the code (where the administrative centre is) — chiso's convention,
 *   stated here because no official six-region table for the 34 was found.
 * The codes were checked against two independent public listings; the official lists above are
 * where to confirm them.
 *
 * @module
 */
import { describeValue } from '../model/describe.js';

/** The GSO's six socio-economic regions. */
export const REGIONS = {
  'red-river-delta': { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  'northern-midlands-mountains': { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
  'north-central-coast': { vi: 'Bắc Trung Bộ và Duyên hải miền Trung', en: 'North Central and Central Coast' },
  'central-highlands': { vi: 'Tây Nguyên', en: 'Central Highlands' },
  'south-east': { vi: 'Đông Nam Bộ', en: 'South East' },
  'mekong-delta': { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong River Delta' },
} as const;

/** A socio-economic region key. */
export type RegionKey = keyof typeof REGIONS;

/** Which list a unit belongs to: the 63 units until 30 June 2025, or the 34 from 1 July 2025. */
export type ProvinceEra = '63' | '34';

/** A province or centrally run city. */
export interface Province {
  /** The official two-digit code (GSO), e.g. "48". */
  readonly code: string;
  /** Which list: "63" (until 30 June 2025) or "34" (from 1 July 2025). */
  readonly era: ProvinceEra;
  /** Vietnamese name without the unit word: "Đà Nẵng". */
  readonly name: string;
  /** The name without diacritics: "Da Nang". */
  readonly ascii: string;
  /** English name: "Da Nang". */
  readonly english: string;
  /** `city` (thành phố trực thuộc trung ương) or `province` (tỉnh). */
  readonly kind: 'city' | 'province';
  /** Socio-economic region. */
  readonly region: RegionKey;
  /** For the 34: codes of the former (63-era) units it was formed from. */
  readonly formerCodes?: readonly string[];
  /** For the 63: code of the 34-era unit it became part of. */
  readonly successorCode?: string;
}

type Row63 = readonly [code: string, name: string, english: string, kind: 'city' | 'province', region: RegionKey];

const ROWS_63: readonly Row63[] = [
  ['01', 'Hà Nội', 'Hanoi', 'city', 'red-river-delta'],
  ['02', 'Hà Giang', 'Ha Giang', 'province', 'northern-midlands-mountains'],
  ['04', 'Cao Bằng', 'Cao Bang', 'province', 'northern-midlands-mountains'],
  ['06', 'Bắc Kạn', 'Bac Kan', 'province', 'northern-midlands-mountains'],
  ['08', 'Tuyên Quang', 'Tuyen Quang', 'province', 'northern-midlands-mountains'],
  ['10', 'Lào Cai', 'Lao Cai', 'province', 'northern-midlands-mountains'],
  ['11', 'Điện Biên', 'Dien Bien', 'province', 'northern-midlands-mountains'],
  ['12', 'Lai Châu', 'Lai Chau', 'province', 'northern-midlands-mountains'],
  ['14', 'Sơn La', 'Son La', 'province', 'northern-midlands-mountains'],
  ['15', 'Yên Bái', 'Yen Bai', 'province', 'northern-midlands-mountains'],
  ['17', 'Hòa Bình', 'Hoa Binh', 'province', 'northern-midlands-mountains'],
  ['19', 'Thái Nguyên', 'Thai Nguyen', 'province', 'northern-midlands-mountains'],
  ['20', 'Lạng Sơn', 'Lang Son', 'province', 'northern-midlands-mountains'],
  ['22', 'Quảng Ninh', 'Quang Ninh', 'province', 'red-river-delta'],
  ['24', 'Bắc Giang', 'Bac Giang', 'province', 'northern-midlands-mountains'],
  ['25', 'Phú Thọ', 'Phu Tho', 'province', 'northern-midlands-mountains'],
  ['26', 'Vĩnh Phúc', 'Vinh Phuc', 'province', 'red-river-delta'],
  ['27', 'Bắc Ninh', 'Bac Ninh', 'province', 'red-river-delta'],
  ['30', 'Hải Dương', 'Hai Duong', 'province', 'red-river-delta'],
  ['31', 'Hải Phòng', 'Hai Phong', 'city', 'red-river-delta'],
  ['33', 'Hưng Yên', 'Hung Yen', 'province', 'red-river-delta'],
  ['34', 'Thái Bình', 'Thai Binh', 'province', 'red-river-delta'],
  ['35', 'Hà Nam', 'Ha Nam', 'province', 'red-river-delta'],
  ['36', 'Nam Định', 'Nam Dinh', 'province', 'red-river-delta'],
  ['37', 'Ninh Bình', 'Ninh Binh', 'province', 'red-river-delta'],
  ['38', 'Thanh Hóa', 'Thanh Hoa', 'province', 'north-central-coast'],
  ['40', 'Nghệ An', 'Nghe An', 'province', 'north-central-coast'],
  ['42', 'Hà Tĩnh', 'Ha Tinh', 'province', 'north-central-coast'],
  ['44', 'Quảng Bình', 'Quang Binh', 'province', 'north-central-coast'],
  ['45', 'Quảng Trị', 'Quang Tri', 'province', 'north-central-coast'],
  ['46', 'Thừa Thiên Huế', 'Thua Thien Hue', 'province', 'north-central-coast'],
  ['48', 'Đà Nẵng', 'Da Nang', 'city', 'north-central-coast'],
  ['49', 'Quảng Nam', 'Quang Nam', 'province', 'north-central-coast'],
  ['51', 'Quảng Ngãi', 'Quang Ngai', 'province', 'north-central-coast'],
  ['52', 'Bình Định', 'Binh Dinh', 'province', 'north-central-coast'],
  ['54', 'Phú Yên', 'Phu Yen', 'province', 'north-central-coast'],
  ['56', 'Khánh Hòa', 'Khanh Hoa', 'province', 'north-central-coast'],
  ['58', 'Ninh Thuận', 'Ninh Thuan', 'province', 'north-central-coast'],
  ['60', 'Bình Thuận', 'Binh Thuan', 'province', 'north-central-coast'],
  ['62', 'Kon Tum', 'Kon Tum', 'province', 'central-highlands'],
  ['64', 'Gia Lai', 'Gia Lai', 'province', 'central-highlands'],
  ['66', 'Đắk Lắk', 'Dak Lak', 'province', 'central-highlands'],
  ['67', 'Đắk Nông', 'Dak Nong', 'province', 'central-highlands'],
  ['68', 'Lâm Đồng', 'Lam Dong', 'province', 'central-highlands'],
  ['70', 'Bình Phước', 'Binh Phuoc', 'province', 'south-east'],
  ['72', 'Tây Ninh', 'Tay Ninh', 'province', 'south-east'],
  ['74', 'Bình Dương', 'Binh Duong', 'province', 'south-east'],
  ['75', 'Đồng Nai', 'Dong Nai', 'province', 'south-east'],
  ['77', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', 'province', 'south-east'],
  ['79', 'Hồ Chí Minh', 'Ho Chi Minh City', 'city', 'south-east'],
  ['80', 'Long An', 'Long An', 'province', 'mekong-delta'],
  ['82', 'Tiền Giang', 'Tien Giang', 'province', 'mekong-delta'],
  ['83', 'Bến Tre', 'Ben Tre', 'province', 'mekong-delta'],
  ['84', 'Trà Vinh', 'Tra Vinh', 'province', 'mekong-delta'],
  ['86', 'Vĩnh Long', 'Vinh Long', 'province', 'mekong-delta'],
  ['87', 'Đồng Tháp', 'Dong Thap', 'province', 'mekong-delta'],
  ['89', 'An Giang', 'An Giang', 'province', 'mekong-delta'],
  ['91', 'Kiên Giang', 'Kien Giang', 'province', 'mekong-delta'],
  ['92', 'Cần Thơ', 'Can Tho', 'city', 'mekong-delta'],
  ['93', 'Hậu Giang', 'Hau Giang', 'province', 'mekong-delta'],
  ['94', 'Sóc Trăng', 'Soc Trang', 'province', 'mekong-delta'],
  ['95', 'Bạc Liêu', 'Bac Lieu', 'province', 'mekong-delta'],
  ['96', 'Cà Mau', 'Ca Mau', 'province', 'mekong-delta'],
];

/** The 34 units from 1 July 2025: code, name, English name, kind, former codes (Resolution 202/2025/QH15). */
type Row34 = readonly [code: string, name: string, english: string, kind: 'city' | 'province', formers: readonly string[]];

const ROWS_34: readonly Row34[] = [
  ['01', 'Hà Nội', 'Hanoi', 'city', ['01']],
  ['04', 'Cao Bằng', 'Cao Bang', 'province', ['04']],
  ['08', 'Tuyên Quang', 'Tuyen Quang', 'province', ['02', '08']],
  ['11', 'Điện Biên', 'Dien Bien', 'province', ['11']],
  ['12', 'Lai Châu', 'Lai Chau', 'province', ['12']],
  ['14', 'Sơn La', 'Son La', 'province', ['14']],
  ['15', 'Lào Cai', 'Lao Cai', 'province', ['10', '15']],
  ['19', 'Thái Nguyên', 'Thai Nguyen', 'province', ['06', '19']],
  ['20', 'Lạng Sơn', 'Lang Son', 'province', ['20']],
  ['22', 'Quảng Ninh', 'Quang Ninh', 'province', ['22']],
  ['24', 'Bắc Ninh', 'Bac Ninh', 'province', ['24', '27']],
  ['25', 'Phú Thọ', 'Phu Tho', 'province', ['17', '25', '26']],
  ['31', 'Hải Phòng', 'Hai Phong', 'city', ['30', '31']],
  ['33', 'Hưng Yên', 'Hung Yen', 'province', ['33', '34']],
  ['37', 'Ninh Bình', 'Ninh Binh', 'province', ['35', '36', '37']],
  ['38', 'Thanh Hóa', 'Thanh Hoa', 'province', ['38']],
  ['40', 'Nghệ An', 'Nghe An', 'province', ['40']],
  ['42', 'Hà Tĩnh', 'Ha Tinh', 'province', ['42']],
  ['44', 'Quảng Trị', 'Quang Tri', 'province', ['44', '45']],
  ['46', 'Huế', 'Hue', 'city', ['46']],
  ['48', 'Đà Nẵng', 'Da Nang', 'city', ['48', '49']],
  ['51', 'Quảng Ngãi', 'Quang Ngai', 'province', ['51', '62']],
  ['52', 'Gia Lai', 'Gia Lai', 'province', ['52', '64']],
  ['56', 'Khánh Hòa', 'Khanh Hoa', 'province', ['56', '58']],
  ['66', 'Đắk Lắk', 'Dak Lak', 'province', ['54', '66']],
  ['68', 'Lâm Đồng', 'Lam Dong', 'province', ['60', '67', '68']],
  ['75', 'Đồng Nai', 'Dong Nai', 'province', ['70', '75']],
  ['79', 'Hồ Chí Minh', 'Ho Chi Minh City', 'city', ['74', '77', '79']],
  ['80', 'Tây Ninh', 'Tay Ninh', 'province', ['72', '80']],
  ['82', 'Đồng Tháp', 'Dong Thap', 'province', ['82', '87']],
  ['86', 'Vĩnh Long', 'Vinh Long', 'province', ['83', '84', '86']],
  ['91', 'An Giang', 'An Giang', 'province', ['89', '91']],
  ['92', 'Cần Thơ', 'Can Tho', 'city', ['92', '93', '94']],
  ['96', 'Cà Mau', 'Ca Mau', 'province', ['95', '96']],
];

/**
 * Removes Vietnamese diacritics: "Đắk Lắk" → "Dak Lak".
 *
 * @example
 * stripDiacritics('Thừa Thiên Huế'); // => 'Thua Thien Hue'
 */
export function stripDiacritics(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`stripDiacritics: the text is ${describeValue(text)}; expected a text`);
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const successorOf = new Map<string, string>();
for (const [code, , , , formers] of ROWS_34) for (const former of formers) successorOf.set(former, code);

/** The 63 provinces and centrally run cities in force until 30 June 2025, by code order. */
export const PROVINCES_63: readonly Province[] = ROWS_63.map(([code, name, english, kind, region]) => ({
  code,
  era: '63',
  name,
  ascii: stripDiacritics(name),
  english,
  kind,
  region,
  successorCode: successorOf.get(code) as string,
}));

const regionOf63 = new Map(PROVINCES_63.map((province) => [province.code, province.region]));

/** The 34 provinces and centrally run cities in force from 1 July 2025, by code order. */
export const PROVINCES_34: readonly Province[] = ROWS_34.map(([code, name, english, kind, formers]) => ({
  code,
  era: '34',
  name,
  ascii: stripDiacritics(name),
  english,
  kind,
  // chiso's convention: the region of the former unit that gave the code (the administrative centre)
  region: (regionOf63.get(code) ?? regionOf63.get(formers[0] as string)) as RegionKey,
  formerCodes: formers,
}));
