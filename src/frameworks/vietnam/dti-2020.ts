/**
 * DTI 2020 — the provincial Digital Transformation Index under Decision 1726/QĐ-BTTTT (12 October
 * 2020): three pillars — digital government (chính quyền số), digital economy (kinh tế số), digital
 * society (xã hội số) — each with the same seven main indices (awareness, institutions,
 * infrastructure and platforms, information and data, DT activities, cyber security, training and
 * human resources); **PDTI = 0.4 · government + 0.3 · economy + 0.3 · society** (official).
 *
 * The 108 component indices and 306 criteria and how a pillar is built from its main indices are
 * not public. **chiso's reconstruction**: the 21 main-index values (0–1, as published) are the
 * inputs, and each pillar is the plain mean of its seven main indices. Use it with published
 * main-index values; replace the pillar aggregation if you have the official points.
 *
 * Source: Decision 1726/QĐ-BTTTT (2020), Ministry of Information and Communications.
 *
 * @module
 */
import { defineFramework } from '../../model/framework.js';
import { published } from './helpers.js';

const MAIN_INDICES: readonly [string, string, string][] = [
  ['awareness', 'Chuyển đổi nhận thức', 'Awareness'],
  ['institutions', 'Kiến tạo thể chế', 'Institutions'],
  ['infrastructure', 'Phát triển hạ tầng và nền tảng số', 'Infrastructure and platforms'],
  ['data', 'Thông tin và dữ liệu số', 'Information and data'],
  ['activities', 'Hoạt động chuyển đổi số', 'Digital-transformation activities'],
  ['security', 'An toàn, an ninh mạng', 'Cyber security'],
  ['human_resources', 'Đào tạo và phát triển nhân lực', 'Training and human resources'],
];

function pillar(id: 'government' | 'economy' | 'society', vi: string, en: string, weight: number) {
  return {
    kind: 'aggregate' as const,
    id,
    label: { vi, en },
    weight,
    children: MAIN_INDICES.map(([key, mainVi, mainEn]) => published(`${id}_${key}`, `${vi}: ${mainVi}`, `${en}: ${mainEn}`)),
  };
}

/**
 * DTI 2020 (Decision 1726/QĐ-BTTTT) from published main-index values; pillars are chiso's
 * reconstruction (plain means), PDTI weights are official.
 *
 * @example
 * // pillars 0.6, 0.5, 0.4 → PDTI 0.4·0.6 + 0.3·0.5 + 0.3·0.4 = 0.51
 */
export const vnDti2020 = defineFramework({
  id: 'vn-dti-2020',
  name: 'Provincial Digital Transformation Index (DTI) 2020 — Decision 1726/QĐ-BTTTT',
  label: { vi: 'Bộ chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) 2020', en: 'Provincial DTI 2020' },
  edition: '2020',
  source: 'Decision 1726/QĐ-BTTTT of 12 October 2020; PDTI = 0.4·government + 0.3·economy + 0.3·society',
  description: "Pillars as plain means of their seven main indices are chiso's reconstruction; the official component indices are not public.",
  scale: 1,
  rounding: { decimals: 4, mode: 'half-up' },
  ranking: { ties: 'competition', on: 'published', exclude: [], groups: ['region'] },
  root: {
    kind: 'aggregate',
    id: 'pdti',
    label: { vi: 'Chỉ số chuyển đổi số cấp tỉnh', en: 'PDTI' },
    children: [
      pillar('government', 'Chính quyền số', 'Digital government', 0.4),
      pillar('economy', 'Kinh tế số', 'Digital economy', 0.3),
      pillar('society', 'Xã hội số', 'Digital society', 0.3),
    ],
  },
});
