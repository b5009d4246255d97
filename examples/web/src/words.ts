/**
 * The page's words in English and Vietnamese. Numbers, node titles and rank changes come from
 * chiso (`formatDecimal`, `nodeTitle`, `rankChangePhrase`), so they read as in chiso's reports.
 */
import type { Language } from 'chiso';

/** Every text the page writes, per language. */
export interface Words {
  readonly title: string;
  readonly sample: string;
  readonly weightsHeading: string;
  readonly weightsHelp: string;
  readonly reset: string;
  readonly rank: string;
  readonly change: string;
  readonly province: string;
  readonly region: string;
  readonly score: string;
  readonly published: string;
  readonly band: string;
  readonly bandHelp: (runs: number, noise: number) => string;
  readonly computing: string;
  readonly rescored: (milliseconds: string) => string;
  readonly cannotScore: string;
  readonly exactNote: string;
  readonly legend: string;
  readonly loading: string;
}

export const WORDS: Readonly<Record<Language, Words>> = {
  en: {
    title: 'Provincial digital transformation index (DTI 2022)',
    sample: 'Synthetic 2023 sample for the 63 provinces — not official DTI results.',
    weightsHeading: 'Weights of the main indices (points)',
    weightsHelp: 'Move a slider: the ranking and the map are re-scored at once by chiso’s fast engine.',
    reset: 'Reset to the framework’s weights',
    rank: 'Rank',
    change: 'Change',
    province: 'Province',
    region: 'Region',
    score: 'Score',
    published: 'Published',
    band: 'Rank 5–95%',
    bandHelp: (runs, noise) => `The bar is the 90% interval of the province's rank over ${runs} runs in which every weight varies by ±${noise}% around the weights above (Monte Carlo, chiso's uncertainty); the dot is its rank.`,
    computing: 'computing…',
    rescored: (milliseconds) => `Re-scored in ${milliseconds} ms`,
    cannotScore: 'These weights cannot be scored (at least one weight must be above zero); the last ranking is shown.',
    exactNote:
      'Scores and ranks that follow the sliders come from the fast (float64) engine, made for exploring. Figures to publish come from chiso’s exact score(): the “Published” column is the framework as written, computed exactly and rounded to 4 decimals.',
    legend: 'DTI score',
    loading: 'Loading…',
  },
  vi: {
    title: 'Chỉ số chuyển đổi số cấp tỉnh (DTI 2022)',
    sample: 'Dữ liệu mẫu tổng hợp năm 2023 cho 63 tỉnh, thành phố — không phải kết quả DTI chính thức.',
    weightsHeading: 'Trọng số các chỉ số chính (điểm)',
    weightsHelp: 'Kéo thanh trượt: bảng xếp hạng và bản đồ được tính lại ngay bằng bộ máy tính nhanh của chiso.',
    reset: 'Trở về trọng số của bộ chỉ số',
    rank: 'Hạng',
    change: 'Thay đổi',
    province: 'Tỉnh, thành phố',
    region: 'Vùng',
    score: 'Điểm',
    published: 'Công bố',
    band: 'Hạng 5–95%',
    bandHelp: (runs, noise) => `Thanh ngang là khoảng 90% của thứ hạng qua ${runs} lần chạy, mỗi trọng số dao động ±${noise}% quanh các trọng số trên (Monte Carlo, phân tích bất định của chiso); dấu chấm là thứ hạng hiện tại.`,
    computing: 'đang tính…',
    rescored: (milliseconds) => `Đã tính lại trong ${milliseconds} ms`,
    cannotScore: 'Không tính được với các trọng số này (cần ít nhất một trọng số lớn hơn 0); đang hiển thị xếp hạng trước đó.',
    exactNote:
      'Điểm và thứ hạng theo thanh trượt do bộ máy tính nhanh (số thực float64) tính, dùng để khám phá. Số liệu để công bố do hàm score() tính chính xác của chiso: cột “Công bố” là bộ chỉ số như đã ban hành, tính chính xác và làm tròn 4 chữ số thập phân.',
    legend: 'Điểm DTI',
    loading: 'Đang tải…',
  },
};
