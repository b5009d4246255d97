/**
 * DTI 2022 — the provincial Digital Transformation Index under Decision 922/QĐ-BTTTT (20 May 2022),
 * used for the 2021–2023 assessments: nine main indices and 1000 points.
 *
 * | main index | max points |
 * |---|---|
 * | Nhận thức số (digital awareness) | 100 |
 * | Thể chế số (digital institutions) | 100 |
 * | Hạ tầng số (digital infrastructure) | 100 |
 * | Nhân lực số (digital human resources) | 100 |
 * | An toàn thông tin mạng (cyber security) | 100 |
 * | Đô thị thông minh (smart city) | 0 — assessed, not scored |
 * | Hoạt động chính quyền số (digital-government activity) | 200 |
 * | Hoạt động kinh tế số (digital-economy activity) | 150 |
 * | Hoạt động xã hội số (digital-society activity) | 150 |
 *
 * Official: each main index is published as earned ÷ maximum points (0–1, 4 decimals) and
 * **PDTI = Σ earned points ÷ 1000** (Đà Nẵng 2022: 0.8002, rank 1); component indicators are scored
 * in points — ratio × maximum points, step rules ("4 steering meetings a year → 20 points, 3 → 15 …"),
 * half points for partial compliance; an indicator not reported earns no points; ranks are given on
 * the published values (two provinces shared rank 15 in 2022).
 *
 * Not public: the 98 component indices. chiso ships:
 * - {@link vnDti2022Main} (`vn-dti-2022-main`): from published main-index values to PDTI and ranks
 *   — the official formula;
 * - {@link vnDti2022} (`vn-dti-2022`): **chiso's reconstruction of the component level, not the
 *   official indicator list**: 3–5 components per main index, scored with the official kinds of
 *   rule (ratio × points, steps, yes/no, half points), whose points add up to each main index's
 *   maximum.
 *
 * Sources: Decision 922/QĐ-BTTTT (2022); https://dti.gov.vn/xep-hang-2022 (DTI 2022 ranking).
 *
 * @module
 */
import { defineFramework } from '../../model/framework.js';
import { percent, published, yesNo } from './helpers.js';

const ranking = { ties: 'competition' as const, on: 'published' as const, exclude: [] as string[], groups: ['region'] };
const rounding = { decimals: 4, mode: 'half-up' } as const;
/** An indicator not reported earns no points; shares of data present are shares of points. */
const notReportedEarnsNothing = { policy: 'zero', minShare: 0, basis: 'weight' } as const;

/** The main indices: id, Vietnamese, English, maximum points, short header. */
export const DTI_2022_MAIN_INDICES: readonly (readonly [string, string, string, number, string])[] = [
  ['awareness', 'Nhận thức số', 'Digital awareness', 100, 'Nhận thức'],
  ['institutions', 'Thể chế số', 'Digital institutions', 100, 'Thể chế'],
  ['infrastructure', 'Hạ tầng số', 'Digital infrastructure', 100, 'Hạ tầng'],
  ['human_resources', 'Nhân lực số', 'Digital human resources', 100, 'Nhân lực'],
  ['cyber_security', 'An toàn thông tin mạng', 'Cyber security', 100, 'ATTT'],
  ['smart_city', 'Đô thị thông minh', 'Smart city', 0, 'ĐTTM'],
  ['government', 'Hoạt động chính quyền số', 'Digital-government activity', 200, 'CQS'],
  ['economy', 'Hoạt động kinh tế số', 'Digital-economy activity', 150, 'KTS'],
  ['society', 'Hoạt động xã hội số', 'Digital-society activity', 150, 'XHS'],
];

/**
 * DTI 2022 from published main-index values (0–1): PDTI = Σ (main index × max points) ÷ 1000.
 *
 * @example
 * // Đà Nẵng 2022: 1.0000, 0.9000, 0.8253, 0.8487, 0.7578, (smart city), 0.8575, 0.7836, 0.5197 → 0.8002
 */
export const vnDti2022Main = defineFramework({
  id: 'vn-dti-2022-main',
  name: 'Provincial DTI 2022 (from published main indices) — Decision 922/QĐ-BTTTT',
  label: { vi: 'Bộ chỉ số chuyển đổi số cấp tỉnh (DTI) 2022 — từ các chỉ số chính', en: 'Provincial DTI 2022 from main indices' },
  edition: '2022 (used for 2021–2023)',
  source: 'Decision 922/QĐ-BTTTT of 20 May 2022; PDTI = earned points ÷ 1000',
  scale: 1,
  rounding,
  ranking,
  root: {
    kind: 'aggregate',
    id: 'pdti',
    label: { vi: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', en: 'PDTI', short: 'DTI' },
    aggregation: { method: 'sum' },
    missing: notReportedEarnsNothing,
    children: DTI_2022_MAIN_INDICES.map(([id, vi, en, points, short]) => ({ ...published(id, vi, en, points), label: { vi, en, short } })),
  },
});

const share100 = { method: 'share', of: 100 } as const;

/** A main index worth `points`, whose components' points add up to it. */
function main(id: string, children: Parameters<typeof defineFramework>[0]['root']['children']) {
  const [, vi, en, points, short] = DTI_2022_MAIN_INDICES.find((entry) => entry[0] === id) as readonly [string, string, string, number, string];
  return { kind: 'aggregate' as const, id, label: { vi, en, short }, weight: points, aggregation: { method: 'sum' as const }, missing: notReportedEarnsNothing, children };
}

/**
 * DTI 2022 from component indicators — chiso's reconstruction (see the module notes).
 *
 * @example
 * const result = score(vnDti2022, dataset);
 * result.units[0]?.nodes.pdti?.points; // earned points out of 1000
 */
export const vnDti2022 = defineFramework({
  id: 'vn-dti-2022',
  name: 'Provincial DTI 2022 (chiso reconstruction from components) — Decision 922/QĐ-BTTTT',
  label: { vi: 'Bộ chỉ số chuyển đổi số cấp tỉnh (DTI) 2022 — bộ chỉ tiêu thành phần mặc định của chiso', en: 'Provincial DTI 2022 — chiso default components' },
  edition: '2022 (used for 2021–2023; components reconstructed)',
  source: 'Decision 922/QĐ-BTTTT of 20 May 2022 (main indices and points); component indicators reconstructed by chiso',
  description: "Main indices, their maximum points and PDTI = earned ÷ 1000 are official; the component indicators are chiso's reconstruction using the official kinds of scoring rule.",
  scale: 1,
  rounding,
  ranking,
  root: {
    kind: 'aggregate',
    id: 'pdti',
    label: { vi: 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', en: 'PDTI', short: 'DTI' },
    aggregation: { method: 'sum' },
    missing: notReportedEarnsNothing,
    children: [
      main('awareness', [
        { kind: 'indicator', id: 'steering_meetings', label: { vi: 'Số cuộc họp Ban chỉ đạo chuyển đổi số trong năm', en: 'Steering-committee meetings a year' }, unit: 'count', weight: 20, normalisation: { method: 'steps', steps: [{ threshold: 1, points: 5 }, { threshold: 2, points: 10 }, { threshold: 3, points: 15 }, { threshold: 4, points: 20 }] } },
        yesNo('dt_resolution_issued', 'Có nghị quyết/chỉ thị chuyên đề về chuyển đổi số', 'A resolution or directive on digital transformation', 20),
        percent('officials_dt_briefed_pct', 'Tỷ lệ cán bộ được phổ biến về chuyển đổi số', 'Officials briefed on digital transformation, %', share100, 30),
        { kind: 'indicator', id: 'dt_news_per_month', label: { vi: 'Số tin, bài về chuyển đổi số mỗi tháng', en: 'News items on digital transformation a month' }, unit: 'count', weight: 30, normalisation: { method: 'steps', steps: [{ threshold: 5, points: 10 }, { threshold: 10, points: 20 }, { threshold: 20, points: 30 }] } },
      ]),
      main('institutions', [
        yesNo('dt_annual_plan', 'Ban hành kế hoạch chuyển đổi số năm', 'Annual digital-transformation plan issued', 25),
        { kind: 'indicator', id: 'dt_budget_share_pct', label: { vi: 'Tỷ lệ chi ngân sách cho chuyển đổi số', en: 'Budget share for digital transformation, %' }, unit: 'percent', weight: 25, normalisation: { method: 'steps', steps: [{ threshold: 0.1, points: 5 }, { threshold: 0.5, points: 15 }, { threshold: 1, points: 25 }] } },
        { kind: 'indicator', id: 'dt_policies_issued', label: { vi: 'Số cơ chế, chính sách hỗ trợ chuyển đổi số', en: 'Policies supporting digital transformation' }, unit: 'count', weight: 25, normalisation: { method: 'steps', steps: [{ threshold: 1, points: 10 }, { threshold: 2, points: 15 }, { threshold: 3, points: 25 }] } },
        { kind: 'indicator', id: 'enterprise_architecture', label: { vi: 'Kiến trúc chính quyền điện tử/số cập nhật (1 = đủ, 0,5 = một phần)', en: 'E-government architecture up to date (1 full, 0.5 partial)' }, unit: 'ratio', weight: 25, normalisation: { method: 'steps', steps: [{ threshold: 0.5, points: 12.5 }, { threshold: 1, points: 25 }] } },
      ]),
      main('infrastructure', [
        percent('households_fibre_pct', 'Tỷ lệ hộ gia đình có cáp quang', 'Households with fibre broadband, %', share100, 30),
        percent('villages_4g_pct', 'Tỷ lệ thôn, bản có sóng 4G', 'Villages with 4G coverage, %', share100, 30),
        yesNo('data_centre', 'Có trung tâm dữ liệu/nền tảng điện toán đám mây của tỉnh', 'Provincial data centre or cloud platform', 20),
        yesNo('lgsp_connected', 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) kết nối quốc gia', 'Data-sharing platform (LGSP) connected nationally', 20),
      ]),
      main('human_resources', [
        percent('agencies_dt_staff_pct', 'Tỷ lệ cơ quan có cán bộ chuyên trách chuyển đổi số', 'Agencies with dedicated digital staff, %', share100, 40),
        percent('officials_digital_skills_pct', 'Tỷ lệ cán bộ được đào tạo kỹ năng số', 'Officials trained in digital skills, %', share100, 30),
        percent('communes_dt_teams_pct', 'Tỷ lệ xã có tổ công nghệ số cộng đồng', 'Communes with a community digital-technology team, %', share100, 30),
      ]),
      main('cyber_security', [
        percent('systems_security_level_pct', 'Tỷ lệ hệ thống thông tin được phê duyệt cấp độ', 'Information systems with an approved security level, %', share100, 40),
        { kind: 'indicator', id: 'four_layer_model', label: { vi: 'Triển khai mô hình 4 lớp (1 = đủ, 0,5 = một phần)', en: 'Four-layer protection model (1 full, 0.5 partial)' }, unit: 'ratio', weight: 30, normalisation: { method: 'steps', steps: [{ threshold: 0.5, points: 15 }, { threshold: 1, points: 30 }] } },
        { kind: 'indicator', id: 'security_drills', label: { vi: 'Số cuộc diễn tập an toàn thông tin trong năm', en: 'Cyber-security drills a year' }, unit: 'count', weight: 30, normalisation: { method: 'steps', steps: [{ threshold: 1, points: 15 }, { threshold: 2, points: 30 }] } },
      ]),
      main('smart_city', [yesNo('smart_city_projects', 'Có đề án đô thị thông minh đang triển khai', 'Smart-city projects under way')]),
      main('government', [
        percent('full_process_services_pct', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', 'Full-process online services, % of eligible', share100, 50),
        percent('online_dossiers_pct', 'Tỷ lệ hồ sơ trực tuyến', 'Dossiers filed online, %', share100, 50),
        percent('on_time_dossiers_pct', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'Dossiers processed on time, %', share100, 40),
        percent('documents_signed_pct', 'Tỷ lệ văn bản điện tử có chữ ký số', 'Digitally signed electronic documents, %', share100, 40),
        { kind: 'indicator', id: 'open_datasets', label: { vi: 'Số bộ dữ liệu mở được công bố', en: 'Open datasets published' }, unit: 'count', weight: 20, normalisation: { method: 'steps', steps: [{ threshold: 1, points: 5 }, { threshold: 20, points: 10 }, { threshold: 50, points: 20 }] } },
      ]),
      main('economy', [
        { kind: 'indicator', id: 'digital_economy_grdp_pct', label: { vi: 'Tỷ trọng kinh tế số trong GRDP', en: 'Digital economy share of GRDP, %' }, unit: 'percent', weight: 50, normalisation: { method: 'share', of: 20 } },
        percent('smes_e_invoice_pct', 'Tỷ lệ doanh nghiệp nhỏ và vừa dùng hóa đơn điện tử', 'SMEs using e-invoices, %', share100, 50),
        percent('firms_ecommerce_pct', 'Tỷ lệ doanh nghiệp bán hàng trên sàn thương mại điện tử', 'Firms selling on e-commerce platforms, %', share100, 50),
      ]),
      main('society', [
        percent('adults_smartphone_pct', 'Tỷ lệ dân số trưởng thành có điện thoại thông minh', 'Adults with a smartphone, %', share100, 50),
        percent('adults_digital_signature_pct', 'Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký số công cộng', 'Adults with a digital or public digital signature, %', share100, 50),
        percent('adults_payment_account_pct', 'Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử', 'Adults with an electronic payment account, %', share100, 50),
      ]),
    ],
  },
});
