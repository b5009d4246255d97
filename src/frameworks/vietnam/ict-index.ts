/**
 * Vietnam ICT Index (Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT-TT), 2016–2023 system, for
 * provinces and ministries — published yearly by the Ministry of Information and Communications and
 * the Vietnam Association for Information Processing.
 *
 * What is official: three components — HTKT (technical infrastructure), HTNL (human-resources
 * infrastructure), UD (IT application; from 2022 with two sub-rankings, internal IT use and online
 * public services) — each on 0–1 with 4 decimals, and **total = plain mean of the three**
 * (Đà Nẵng 2023: (0.7908 + 0.7892 + 0.9655) / 3 = 0.8485, rank 1).
 *
 * What is not public: the indicator lists (more than 100 sub-criteria), their weights, the
 * normalisation, and how UD combines its two sub-indices. So chiso ships two frameworks:
 * - {@link vnIctIndexComponents} (`vn-ict-index-components`): from the published component values
 *   (HTKT, HTNL, UD) to totals and ranks — exact, the official formula;
 * - {@link vnIctIndex} (`vn-ict-index`): **chiso's reconstruction, not the official indicator list**:
 *   a default indicator set drawn from the methodology notes, each normalised as a ratio to the best
 *   province (the best province scores exactly 1 on a sub-index, as in the published tables when one
 *   province leads on every indicator), components as plain means, UD as the mean of its two
 *   sub-indices.
 * Ranks are given on the published (4-decimal) values, ties sharing the best rank.
 *
 * Sources: ICT Index reports 2016–2023 (methodology chapter, e.g. the 2020 report p. 14);
 * https://vietnam.vn/en/da-nang-giu-quan-quan-bang-xep-hang-ict-index-14-nam-lien-tiep (Đà Nẵng 2023).
 *
 * @module
 */
import { defineFramework } from '../../model/framework.js';
import { percent, published, reweightedMean } from './helpers.js';

const ranking = { ties: 'competition' as const, on: 'published' as const, exclude: [] as string[], groups: ['region'] };
const rounding = { decimals: 4, mode: 'half-up' } as const;

/**
 * The ICT Index from published component values: total = (HTKT + HTNL + UD) / 3, 4 decimals.
 *
 * @example
 * // Đà Nẵng 2023: HTKT 0.7908, HTNL 0.7892, UD 0.9655 → 0.8485
 */
export const vnIctIndexComponents = defineFramework({
  id: 'vn-ict-index-components',
  name: 'Vietnam ICT Index (from published components)',
  label: { vi: 'Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT-TT (Vietnam ICT Index)', en: 'Vietnam ICT Index' },
  edition: '2016–2023',
  source: 'Bộ TT&TT / Hội Tin học Việt Nam, Vietnam ICT Index reports 2016–2023: total = plain mean of HTKT, HTNL and UD',
  scale: 1,
  rounding,
  ranking,
  root: {
    kind: 'aggregate',
    id: 'ict_index',
    label: { vi: 'Chỉ số ICT Index', en: 'ICT Index' },
    children: [
      published('htkt', 'Chỉ số hạ tầng kỹ thuật', 'Technical infrastructure'),
      published('htnl', 'Chỉ số hạ tầng nhân lực', 'Human-resources infrastructure'),
      published('ud', 'Chỉ số ứng dụng CNTT', 'IT application'),
    ],
  },
});

const best = { method: 'best' } as const;

/**
 * The ICT Index from indicators — chiso's reconstruction (see the module notes), not the official
 * indicator list.
 *
 * @example
 * score(vnIctIndex, dataset).units[0]?.nodes.ict_index?.published;
 */
export const vnIctIndex = defineFramework({
  id: 'vn-ict-index',
  name: 'Vietnam ICT Index (chiso reconstruction from indicators)',
  label: { vi: 'Chỉ số ICT Index — bộ chỉ tiêu mặc định của chiso', en: 'Vietnam ICT Index — chiso default indicator set' },
  edition: '2016–2023 (reconstruction)',
  description: "chiso's reconstruction: the official indicator list, weights and normalisation are not public. Indicators are normalised as a ratio to the best province; components are plain means; UD is the mean of internal IT use and online public services; total = mean of the three components (official).",
  scale: 1,
  rounding,
  ranking,
  root: {
    kind: 'aggregate',
    id: 'ict_index',
    label: { vi: 'Chỉ số ICT Index', en: 'ICT Index' },
    missing: { policy: 'reweight', minShare: 0.5 },
    children: [
      reweightedMean('htkt', 'Hạ tầng kỹ thuật', 'Technical infrastructure', [
        percent('officials_with_computer_pct', 'Tỷ lệ cán bộ, công chức có máy tính', 'Officials with a computer, %', best),
        percent('agencies_broadband_pct', 'Tỷ lệ cơ quan kết nối Internet băng rộng', 'Agencies with broadband Internet, %', best),
        percent('agencies_data_network_pct', 'Tỷ lệ cơ quan kết nối mạng truyền số liệu chuyên dùng', 'Agencies on the specialised data network, %', best),
        percent('agencies_security_pct', 'Tỷ lệ cơ quan triển khai giải pháp an toàn thông tin', 'Agencies with information-security protection, %', best),
      ]),
      reweightedMean('htnl', 'Hạ tầng nhân lực', 'Human-resources infrastructure', [
        percent('agencies_it_staff_pct', 'Tỷ lệ cơ quan có cán bộ chuyên trách CNTT', 'Agencies with dedicated IT staff, %', best),
        percent('it_staff_degree_pct', 'Tỷ lệ cán bộ chuyên trách có trình độ đại học CNTT trở lên', 'IT staff with an IT degree, %', best),
        percent('officials_it_trained_pct', 'Tỷ lệ cán bộ, công chức được tập huấn CNTT', 'Officials trained in IT, %', best),
      ]),
      reweightedMean('ud', 'Ứng dụng CNTT', 'IT application', [
        reweightedMean('ud_internal', 'Ứng dụng CNTT trong nội bộ cơ quan nhà nước', 'Internal IT use in state agencies', [
          percent('e_office_users_pct', 'Tỷ lệ cán bộ sử dụng hệ thống quản lý văn bản', 'Officials using the document-management system, %', best),
          percent('documents_electronic_pct', 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', 'Documents exchanged electronically, %', best),
          percent('official_email_pct', 'Tỷ lệ cán bộ sử dụng thư điện tử công vụ', 'Officials using official e-mail, %', best),
        ]),
        reweightedMean('ud_online_services', 'Dịch vụ công trực tuyến', 'Online public services', [
          percent('full_process_services_pct', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', 'Full-process online services, % of eligible', best),
          percent('online_dossiers_pct', 'Tỷ lệ hồ sơ nộp trực tuyến', 'Dossiers filed online, %', best),
          percent('on_time_dossiers_pct', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'Dossiers processed on time, %', best),
        ]),
      ]),
    ],
  },
});
