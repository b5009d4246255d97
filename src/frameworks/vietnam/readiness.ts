/**
 * The readiness model for chiso's five areas — infrastructure, human resources, applications,
 * online services, smartphone and digital-signature penetration — with concrete indicators from the
 * methodology notes' table, each measured against a plan target.
 *
 * **A documented chiso default, not an official index.** Each indicator is normalised as distance
 * to its target, capped at 1 (reaching the target is full marks); an area is the plain mean of its
 * indicators; readiness is the plain mean of the five areas, on 0–100 with 2 decimals. A missing
 * indicator is skipped and its area re-weighted (at least half of an area's indicators must be
 * present), and the result lists every such case.
 *
 * Subscriptions per 100 inhabitants have no plan target: they use goalposts (fixed broadband 0–40,
 * mobile broadband 0–120, clipped), about the range of the best-connected economies.
 *
 * Targets: adults with a smartphone 95% by 2030 (Decision 411/QĐ-TTg, national digital-economy
 * strategy); the other targets are the full-coverage or full-service goals of the national
 * digital-transformation programme (Decision 749/QĐ-TTg) as provinces write them in their plans
 * (100% of agencies, villages, communes, full-process services), with online dossiers 50% and
 * adults with a digital signature 50%. Set your own by editing the framework: every target is a
 * parameter.
 *
 * Seed figures (shared/seeds): Điện Biên 2020 — 69% of agencies on the specialised data network,
 * 80% of residential areas with fibre, 97.7% of villages with mobile coverage, 75% with 3G/4G;
 * 2023 — community digital-technology teams in 100% of communes, 75% of adults with a smartphone,
 * about 1.5% with a digital signature; online dossiers 53% (2022).
 *
 * @module
 */
import { defineFramework } from '../../model/framework.js';
import { percent, reweightedMean } from './helpers.js';

const target = (value: number) => ({ method: 'target' as const, target: value });

/**
 * The five-area readiness model (chiso default; see the module notes).
 *
 * @example
 * // Điện Biên 2023: adults with a smartphone 75% against the 95% target → 0.7895 of full marks
 */
export const readiness = defineFramework({
  id: 'readiness',
  name: 'Digital-transformation readiness (five areas, chiso default)',
  label: { vi: 'Mức độ sẵn sàng chuyển đổi số (5 lĩnh vực)', en: 'Digital-transformation readiness' },
  edition: '2025 (chiso default)',
  source: 'chiso default model; targets from Decision 411/QĐ-TTg and Decision 749/QĐ-TTg as noted in each indicator',
  scale: 100,
  rounding: { decimals: 2, mode: 'half-up' },
  ranking: { ties: 'competition', on: 'score', exclude: [], groups: ['region'] },
  root: {
    kind: 'aggregate',
    id: 'readiness',
    label: { vi: 'Mức độ sẵn sàng', en: 'Readiness' },
    children: [
      reweightedMean('infrastructure', 'Hạ tầng', 'Infrastructure', [
        percent('agencies_data_network_pct', 'Tỷ lệ cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng', 'State agencies on the specialised data network, %', target(100)),
        percent('residential_fibre_pct', 'Tỷ lệ khu dân cư có cáp quang', 'Residential areas with fixed (fibre) broadband, %', target(100)),
        percent('villages_mobile_pct', 'Tỷ lệ thôn, bản có sóng di động', 'Villages with mobile coverage (at least 2G), %', target(100)),
        percent('residential_3g4g_pct', 'Tỷ lệ khu dân cư có sóng 3G/4G', 'Residential areas with 3G/4G coverage, %', target(100)),
        { kind: 'indicator', id: 'fixed_broadband_per100', label: { vi: 'Thuê bao băng rộng cố định trên 100 dân', en: 'Fixed broadband subscriptions per 100 inhabitants' }, unit: 'per-100-inhabitants', normalisation: { method: 'goalposts', min: 0, max: 40, clip: true } },
        { kind: 'indicator', id: 'mobile_broadband_per100', label: { vi: 'Thuê bao băng rộng di động trên 100 dân', en: 'Mobile broadband subscriptions per 100 inhabitants' }, unit: 'per-100-inhabitants', normalisation: { method: 'goalposts', min: 0, max: 120, clip: true } },
      ]),
      reweightedMean('human_resources', 'Nhân lực', 'Human resources', [
        percent('agencies_it_staff_pct', 'Tỷ lệ cơ quan có cán bộ chuyên trách CNTT', 'State agencies with dedicated IT staff, %', target(100)),
        percent('adults_digital_skills_pct', 'Tỷ lệ dân số trưởng thành có kỹ năng số cơ bản', 'Adults with basic digital skills, %', target(80)),
        percent('communes_dt_teams_pct', 'Tỷ lệ xã có tổ công nghệ số cộng đồng', 'Communes with a community digital-technology team, %', target(100)),
      ]),
      reweightedMean('applications', 'Ứng dụng', 'Applications', [
        percent('agencies_portal_pct', 'Tỷ lệ cơ quan có cổng/trang thông tin điện tử', 'Agencies with an e-portal, %', target(100)),
        percent('documents_electronic_pct', 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', 'Documents exchanged electronically, %', target(90)),
        percent('communes_it_management_pct', 'Tỷ lệ xã ứng dụng CNTT trong quản lý, điều hành', 'Communes applying IT in management, %', target(100)),
      ]),
      reweightedMean('online_services', 'Dịch vụ công trực tuyến', 'Online services', [
        percent('full_process_services_pct', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', 'Full-process online services, % of eligible', target(100)),
        percent('online_dossiers_pct', 'Tỷ lệ hồ sơ nộp trực tuyến', 'Dossiers filed online, %', target(50)),
        percent('on_time_dossiers_pct', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'Dossiers processed on time, %', target(100)),
      ]),
      reweightedMean('smartphone_signature', 'Điện thoại thông minh và chữ ký số', 'Smartphones and digital signatures', [
        percent('adults_smartphone_pct', 'Tỷ lệ dân số trưởng thành có điện thoại thông minh', 'Adults with a smartphone, % (target 95% by 2030, Decision 411/QĐ-TTg)', target(95)),
        percent('adults_digital_signature_pct', 'Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký số công cộng', 'Adults with a digital or public digital signature, %', target(50)),
      ]),
    ],
  },
});
