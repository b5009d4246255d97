/**
 * The new-countryside criteria (Nông thôn mới, NTM) as a criteria-attainment model, with the
 * information-and-communications criterion (criterion 8) in detail.
 *
 * A commune is assessed against 19 national criteria and "đạt chuẩn" (meets the standard) when it
 * meets all 19. Criterion 8 (information and communications) is met when all four of its sub-items
 * are: a postal service point; telecom and Internet service; a radio station with loudspeakers to
 * every hamlet; IT applied in management. Reports count communes by how many criteria they meet —
 * 19, 15–18, 10–14, 5–9, under 5 — and give the share of communes meeting each criterion.
 *
 * Units are communes (xã); each criterion is a yes/no value (1 = met). Analyse a result with
 * `criteriaSummary`. Sources: the national NTM criteria (Decision 1980/QĐ-TTg, 2016–2020, and its
 * successors); seeds 000 and 002 (Điện Biên 2020, An Giang 2023).
 *
 * @module
 */
import { defineFramework, type FrameworkNodeInput } from '../../model/framework.js';
import { yesNo } from './helpers.js';

/** The 19 criteria (Decision 1980/QĐ-TTg numbering). */
const CRITERIA: readonly [string, string][] = [
  ['Quy hoạch', 'Planning'],
  ['Giao thông', 'Transport'],
  ['Thủy lợi', 'Irrigation'],
  ['Điện', 'Electricity'],
  ['Trường học', 'Schools'],
  ['Cơ sở vật chất văn hóa', 'Cultural facilities'],
  ['Cơ sở hạ tầng thương mại nông thôn', 'Rural commercial infrastructure'],
  ['Thông tin và Truyền thông', 'Information and communications'],
  ['Nhà ở dân cư', 'Housing'],
  ['Thu nhập', 'Income'],
  ['Hộ nghèo', 'Poor households'],
  ['Lao động có việc làm', 'Employment'],
  ['Tổ chức sản xuất', 'Production organisation'],
  ['Giáo dục và Đào tạo', 'Education and training'],
  ['Y tế', 'Health'],
  ['Văn hóa', 'Culture'],
  ['Môi trường và an toàn thực phẩm', 'Environment and food safety'],
  ['Hệ thống chính trị và tiếp cận pháp luật', 'Political system and access to law'],
  ['Quốc phòng và An ninh', 'Defence and security'],
];

function criterion(index: number): FrameworkNodeInput {
  const [vi, en] = CRITERIA[index] as [string, string];
  const id = `c${String(index + 1).padStart(2, '0')}`;
  if (index !== 7) return yesNo(id, `Tiêu chí ${index + 1}: ${vi}`, `Criterion ${index + 1}: ${en}`);
  return {
    kind: 'aggregate',
    id,
    label: { vi: `Tiêu chí ${index + 1}: ${vi}`, en: `Criterion ${index + 1}: ${en}` },
    aggregation: { method: 'count' },
    bands: [
      { label: 'đạt', atLeast: 4 },
      { label: 'chưa đạt', atLeast: 0 },
    ],
    children: [
      yesNo('c08_postal', 'Xã có điểm phục vụ bưu chính', 'A postal service point'),
      yesNo('c08_telecom', 'Xã có dịch vụ viễn thông, internet', 'Telecom and Internet service'),
      yesNo('c08_radio', 'Xã có đài truyền thanh và hệ thống loa đến các thôn', 'A radio station with loudspeakers to every hamlet'),
      yesNo('c08_it_management', 'Xã có ứng dụng CNTT trong công tác quản lý, điều hành', 'IT applied in management'),
    ],
  };
}

/**
 * New-countryside criteria attainment for communes, criterion 8 in detail.
 *
 * @example
 * const summary = criteriaSummary(score(ntmIct, communes), 'ntm');
 * summary.bands[0]; // => { label: 'đạt chuẩn', count: 21, share: '0.1826…' }
 */
export const ntmIct = defineFramework({
  id: 'ntm-ict',
  name: 'New-countryside criteria attainment, with the ICT criterion (criterion 8) in detail',
  label: { vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới — tiêu chí Thông tin và Truyền thông', en: 'New-countryside criteria — information and communications' },
  edition: '2016–2020 criteria (Decision 1980/QĐ-TTg)',
  source: 'National new-countryside criteria; commune meets the standard when all 19 criteria are met',
  scale: 1,
  rounding: { decimals: 4, mode: 'half-up' },
  ranking: { ties: 'competition', on: 'score', exclude: [], groups: [] },
  root: {
    kind: 'aggregate',
    id: 'ntm',
    label: { vi: 'Số tiêu chí đạt', en: 'Criteria met' },
    aggregation: { method: 'count' },
    bands: [
      { label: 'đạt chuẩn', atLeast: 19 },
      { label: '15–18', atLeast: 15 },
      { label: '10–14', atLeast: 10 },
      { label: '5–9', atLeast: 5 },
      { label: 'dưới 5', atLeast: 0 },
    ],
    children: CRITERIA.map((_criterion, index) => criterion(index)),
  },
});
