/**
 * Every sentence the `chiso` command writes, in English and Vietnamese, in one place: headings,
 * summaries, status lines, usage errors, the framing of data errors, column titles of the analysis
 * tables and the translation of the most common data problems. A command takes its words from
 * `messages(language)`; the Vietnamese catalog has the type of the English one, so a sentence
 * missing in one language does not compile (and a test checks the keys at run time too).
 *
 * The Vietnamese follows the terms of the Ministry's DTI and ICT Index publications: bộ chỉ số
 * (framework), chỉ tiêu (indicator), chỉ số thành phần / trụ cột (pillar), điểm (score), xếp hạng
 * (rank), đơn vị (unit), tỉnh/thành phố, dữ liệu thiếu (missing data), trọng số (weight).
 *
 * Command help texts are long; the Vietnamese ones are in `help-vi.ts`.
 *
 * @module
 */
import type { ChisoIssue } from '../model/issues.js';
import { formatPath } from '../model/issues.js';
import type { Language } from '../report/language.js';

const count = (value: number): string => value.toLocaleString('en');
const countVi = (value: number): string => value.toLocaleString('en').replaceAll(',', '.');

/** Usage errors (exit code 2), each a function of what it names. */
const usageEn = {
  required: (flag: string) => `${flag} is required`,
  unknownOption: (given: string, hint: string) => `unknown option ${given}${hint}`,
  unexpectedArgument: (given: string) => `unexpected argument ${given}: every value follows its option (e.g. --data FILE)`,
  givenTwice: (flag: string, first: string, second: string) => `${flag} is given twice (${first} and ${second}): give it once`,
  notOneOf: (flag: string, value: string, allowed: string, hint: string) => `${flag} ${value} is not one of ${allowed}${hint}`,
  unknownName: (flag: string, value: string, what: string, where: string, hint: string) => `${flag} ${value}: there is no ${what} ${value}${where === '' ? '' : ` in ${where}`}${hint}`,
  unknownCommand: (command: string, hint: string) => `unknown command ${command}${hint}`,
  notFrameworkNorFile: (given: string, hint: string) => `--framework "${given}" is neither a built-in framework nor a file${hint}`,
  needs: (flag: string, other: string) => `${flag} needs ${other}`,
  tableOnlyWithJson: (flag: string) => `${flag} shapes the table and does nothing with --format json, which writes the whole result`,
  columnsNameNothing: (given: string) => `--columns ${given} names no node: give comma-separated node ids`,
  aboutDataWithoutData: (flag: string) => `${flag} is about the data, and no --data is given`,
  twoDatasets: () => 'give at least two datasets with --data, one per year',
  lang: (given: string, source: string) => `${source} ${given} is not one of en, vi`,
  width: (given: string) => `--width ${given} is not a whole number of columns (0 for no limit)`,
  outTwice: () => '--out is given twice: give it once',
  outEmpty: () => '--out needs a file name',
  findFormer: (find: string, former: string, successor: string, code: string) => `--find ${find}: ${former} is one of the 63 provinces until 30 June 2025, since 1 July 2025 part of ${successor} (code ${code}); use --era 63 to list it`,
  findNotFound: (find: string, era: string, closest: string) => `--find ${find} is not one of the ${era} provinces; closest: ${closest}`,
  csvOnly: (flag: string, files: string, count: number) => `${flag} applies to CSV files only, and ${count === 0 ? 'no data file is given' : `${files} ${count === 1 ? 'is' : 'are'} not CSV (.csv)`}`,
  readsAsOption: (flag: string, next: string, written: string) => `${flag} is followed by ${next}, which reads as an option: give ${flag} a value (one starting with "-" is written ${written})`,
  merge34NeedsProvinces: () => '--merge-34 needs --provinces: the units must be matched to provinces to be mapped onto the 34',
  yearsCount: (given: string, expected: number, got: number) => `--years ${given}: give one year per --data (${expected}), in the same order; got ${got}`,
  yearsWrong: (given: string, problem: string) => `--years ${given}: ${problem} (four digits, e.g. 2023)`,
  nothingToMerge: () => '--merge-34: no year lists the 63 provinces, so there is nothing to map',
  notWholeNumber: (flag: string, value: string, min: number, max: number | null, example: number) => `${flag} ${value} is not a whole number: expected a whole number from ${count(min)}${max === null ? '' : ` to ${count(max)}`}, written in digits (e.g. ${example})`,
  wholeOutOfRange: (flag: string, value: string, min: number, max: number | null) => `${flag} ${value}: expected a whole number from ${count(min)}${max === null ? '' : ` to ${count(max)}`}`,
  seedNotWhole: (flag: string, value: string, max: string) => `${flag} ${value} is not a whole number: expected a seed from 0 to ${max} in digits (e.g. 1)`,
  seedTooLarge: (flag: string, value: string, max: string) => `${flag} ${value} is too large: expected a seed from 0 to ${max}`,
  noise: (value: string) => `--noise ${value} is not a positive decimal number: expected e.g. 0.25 for ±25%`,
  noiseWithSources: () => '--noise sets the default weight noise and does nothing with --sources: give the noise in the sources file',
  allRunsNeedsJson: () => "--all-runs adds every run's ranks to the JSON output: use it with --format json",
  scenariosOrRemove: () => 'give either --scenarios FILE (scenarios to compare) or --remove WHAT (elements to remove in turn)',
  columnsWithRemove: () => '--columns chooses the figures shown per scenario and does nothing with --remove',
  previewWithRemove: () => '--preview applies to --scenarios: --remove scores each removal exactly',
  columnsWithJsonScenario: () => '--columns shapes the table and does nothing with --format json, which writes the whole comparison',
  scenarioColumnsNothing: (given: string) => `--columns ${given} names no column: give some of score, rank, shift`,
  removeLevels: (given: string, framework: string, deepest: number) => `--remove ${given}: framework ${framework} has levels 1 to ${deepest} below its top index`,
  removeNothing: (given: string) => `--remove ${given} names nothing: give "indicators", a depth or node ids`,
  removeTop: (given: string) => `--remove ${given} is the top index: it cannot be removed`,
  previewIndicator: (node: string) => `--node ${node} is an indicator: --preview compares aggregates (an indicator's figures differ in meaning between the engines)`,
  outputNotOneOf: (given: string) => `--output ${given} is not one of mean-rank-shift, rank:UNIT, score:UNIT (e.g. rank:IT)`,
  nOrRuns: () => 'give either --n (the base sample size) or --runs (the runs in all), not both',
  noiseWithSourcesFactors: () => '--noise sets the weight noise of the default factors and does nothing with --sources: give the noise in the sources file',
  outputMissing: (spec: string, unit: string, kind: 'rank' | 'score', node: string) => `--output ${spec}: unit ${unit} has no ${kind} at ${node} in the model as written${kind === 'rank' ? ' (it is not ranked)' : ''}`,
  runsTooFew: (runs: number, factors: number, needed: number) => `--runs ${runs}: with ${factors} factors a Sobol' analysis needs at least ${needed} runs (N = 2)`,
  scoreNotDecimal: (given: string) => `--score ${given} is not a decimal number (e.g. 55 or 0.75)`,
  rankOrScore: () => 'give the goal with either --rank K or --score S',
  costsNeedCheapest: () => '--costs prices the changes of the cheapest combination: use it with --cheapest',
  goalAtIndicator: (node: string) => `--node ${node} is an indicator; a goal is set at an aggregate (an index, sub-index or pillar)`,
  indicatorsNothing: (given: string) => `--indicators ${given} names no indicator: give comma-separated indicator ids`,
  workbookOnly: (flag: string, files: string, count: number) => `${flag} applies to .xlsx files only, and ${count === 0 ? 'no data file is given' : `${files} ${count === 1 ? 'is' : 'are'} not .xlsx`}`,
  tableFilesOnly: (flag: string, files: string, count: number) => `${flag} applies to CSV and .xlsx files only, and ${count === 0 ? 'no data file is given' : `${files} ${count === 1 ? 'is' : 'are'} neither CSV (.csv) nor .xlsx`}`,
  headerRow: (given: string) => `--header-row ${given} is not a row number (1, 2, 3…)`,
  xlsxNeedsOut: () => '--format xlsx writes a workbook: give the file with --out FILE.xlsx',
  methodsNothing: (given: string) => `--methods ${given} names no correlation: give some of pearson, spearman, kendall`,
  collinearity: (given: string) => `--collinearity ${given} is not a number from 0 to 1 (e.g. 0.9)`,
  dataOnlyAlone: () => '--data-only prints the indicator statistics alone: --methods, --collinearity and --correlations do nothing with it',
  optimiseOnly: (flag: string) => `${flag} applies to --method optimise`,
  nodesNotOptimise: () => '--nodes applies to --method equal and pca; --method optimise re-weights the children of --node',
  equalNoData: () => '--method equal needs no --data',
  targetsForm: (part: string) => `--targets ${part} is not "id=number": give e.g. --targets economy=2,society=1`,
  nodeIsIndicator: (node: string) => `--node ${node} is an indicator: give an aggregate`,
  importFormat: (given: string) => `chiso import: unknown format ${given}; the one format is "coinr"`,
};

const usageVi: typeof usageEn = {
  required: (flag) => `thiếu ${flag}`,
  unknownOption: (given, hint) => `không có tùy chọn ${given}${hint}`,
  unexpectedArgument: (given) => `đối số không mong đợi ${given}: mỗi giá trị phải đi sau tùy chọn của nó (ví dụ --data TỆP)`,
  givenTwice: (flag, first, second) => `${flag} được cho hai lần (${first} và ${second}): chỉ cho một lần`,
  notOneOf: (flag, value, allowed, hint) => `${flag} ${value} không phải một trong các giá trị ${allowed}${hint}`,
  unknownName: (flag, value, what, where, hint) => `${flag} ${value}: không có ${what} ${value}${where === '' ? '' : ` trong ${where}`}${hint}`,
  unknownCommand: (command, hint) => `không có lệnh ${command}${hint}`,
  notFrameworkNorFile: (given, hint) => `--framework "${given}" không phải bộ chỉ số có sẵn, cũng không phải một tệp${hint}`,
  needs: (flag, other) => `${flag} cần dùng cùng ${other}`,
  tableOnlyWithJson: (flag) => `${flag} chỉ định dạng bảng, không có tác dụng với --format json (ghi toàn bộ kết quả)`,
  columnsNameNothing: (given) => `--columns ${given} không nêu chỉ số nào: hãy liệt kê mã chỉ số, cách nhau bằng dấu phẩy`,
  aboutDataWithoutData: (flag) => `${flag} áp dụng cho dữ liệu, nhưng không có --data`,
  twoDatasets: () => 'cần ít nhất hai bộ dữ liệu, mỗi năm một --data',
  lang: (given, source) => `${source} ${given} không phải en hoặc vi`,
  width: (given) => `--width ${given} không phải số cột nguyên (0: không giới hạn)`,
  outTwice: () => '--out được cho hai lần: chỉ cho một lần',
  outEmpty: () => '--out cần tên tệp',
  findFormer: (find, former, successor, code) => `--find ${find}: ${former} là một trong 63 tỉnh/thành phố đến 30/6/2025, từ 1/7/2025 thuộc ${successor} (mã ${code}); dùng --era 63 để liệt kê`,
  findNotFound: (find, era, closest) => `--find ${find} không phải một trong ${era} tỉnh/thành phố; gần nhất: ${closest}`,
  csvOnly: (flag, files, count) => `${flag} chỉ áp dụng cho tệp CSV, mà ${count === 0 ? 'không có tệp dữ liệu nào' : `${files} không phải tệp CSV (.csv)`}`,
  readsAsOption: (flag, next, written) => `${flag} được theo sau bởi ${next}, giá trị này bị đọc như một tùy chọn: hãy cho ${flag} một giá trị (giá trị bắt đầu bằng "-" được viết ${written})`,
  merge34NeedsProvinces: () => '--merge-34 cần --provinces: phải đối chiếu đơn vị với tỉnh/thành phố thì mới chuyển được sang 34 tỉnh/thành phố',
  yearsCount: (given, expected, got) => `--years ${given}: cần mỗi --data một năm (${expected}), theo cùng thứ tự; nhận được ${got}`,
  yearsWrong: (given, problem) => `--years ${given}: ${problem} (năm gồm bốn chữ số, ví dụ 2023)`,
  nothingToMerge: () => '--merge-34: không năm nào dùng danh sách 63 tỉnh, nên không có gì để chuyển đổi',
  notWholeNumber: (flag, value, min, max, example) => `${flag} ${value} không phải số nguyên: cần một số nguyên từ ${countVi(min)}${max === null ? '' : ` đến ${countVi(max)}`}, viết bằng chữ số (ví dụ ${example})`,
  wholeOutOfRange: (flag, value, min, max) => `${flag} ${value}: cần một số nguyên từ ${countVi(min)}${max === null ? '' : ` đến ${countVi(max)}`}`,
  seedNotWhole: (flag, value, max) => `${flag} ${value} không phải số nguyên: seed là số nguyên từ 0 đến ${max}, viết bằng chữ số (ví dụ 1)`,
  seedTooLarge: (flag, value, max) => `${flag} ${value} quá lớn: seed là số nguyên từ 0 đến ${max}`,
  noise: (value) => `--noise ${value} không phải số thập phân dương: ví dụ 0.25 cho ±25%`,
  noiseWithSources: () => '--noise đặt độ dao động trọng số mặc định, không có tác dụng khi dùng --sources: hãy ghi độ dao động trong tệp nguồn',
  allRunsNeedsJson: () => '--all-runs thêm thứ hạng của mọi lượt chạy vào kết quả JSON: hãy dùng cùng --format json',
  scenariosOrRemove: () => 'hãy cho --scenarios TỆP (các kịch bản cần so sánh) hoặc --remove CÁI_GÌ (các thành phần lần lượt bỏ đi)',
  columnsWithRemove: () => '--columns chọn số liệu in cho mỗi kịch bản, không có tác dụng với --remove',
  previewWithRemove: () => '--preview chỉ áp dụng cho --scenarios: --remove tính chính xác từng lần bỏ',
  columnsWithJsonScenario: () => '--columns chỉ định dạng bảng, không có tác dụng với --format json (ghi toàn bộ kết quả so sánh)',
  scenarioColumnsNothing: (given) => `--columns ${given} không nêu cột nào: hãy chọn trong score, rank, shift`,
  removeLevels: (given, framework, deepest) => `--remove ${given}: bộ chỉ số ${framework} có các cấp từ 1 đến ${deepest} dưới chỉ số tổng hợp`,
  removeNothing: (given) => `--remove ${given} không nêu gì: hãy cho "indicators", một cấp hoặc các mã chỉ số`,
  removeTop: (given) => `--remove ${given} là chỉ số tổng hợp: không thể bỏ`,
  previewIndicator: (node) => `--node ${node} là một chỉ tiêu: --preview so sánh các chỉ số tổng hợp (số liệu của chỉ tiêu mang nghĩa khác nhau giữa hai bộ tính)`,
  outputNotOneOf: (given) => `--output ${given} không phải một trong mean-rank-shift, rank:ĐƠN_VỊ, score:ĐƠN_VỊ (ví dụ rank:IT)`,
  nOrRuns: () => 'hãy cho --n (cỡ mẫu cơ sở) hoặc --runs (tổng số lượt chạy), không cho cả hai',
  noiseWithSourcesFactors: () => '--noise đặt độ dao động trọng số của các yếu tố mặc định, không có tác dụng khi dùng --sources: hãy ghi độ dao động trong tệp nguồn',
  outputMissing: (spec, unit, kind, node) => `--output ${spec}: đơn vị ${unit} không có ${kind === 'rank' ? 'thứ hạng' : 'điểm'} theo ${node} trong mô hình hiện tại${kind === 'rank' ? ' (đơn vị không được xếp hạng)' : ''}`,
  runsTooFew: (runs, factors, needed) => `--runs ${runs}: với ${factors} yếu tố, phân tích Sobol' cần ít nhất ${needed} lượt chạy (N = 2)`,
  scoreNotDecimal: (given) => `--score ${given} không phải số thập phân (ví dụ 55 hoặc 0.75)`,
  rankOrScore: () => 'hãy cho mục tiêu bằng --rank K hoặc --score S',
  costsNeedCheapest: () => '--costs định giá các thay đổi của tổ hợp ít tốn kém nhất: hãy dùng cùng --cheapest',
  goalAtIndicator: (node) => `--node ${node} là một chỉ tiêu; mục tiêu phải đặt ở một chỉ số tổng hợp (chỉ số, chỉ số thành phần hoặc trụ cột)`,
  indicatorsNothing: (given) => `--indicators ${given} không nêu chỉ tiêu nào: hãy liệt kê mã chỉ tiêu, cách nhau bằng dấu phẩy`,
  workbookOnly: (flag, files, count) => `${flag} chỉ áp dụng cho bảng tính .xlsx, mà ${count === 0 ? 'không có tệp dữ liệu nào' : `${files} không phải bảng tính .xlsx`}`,
  tableFilesOnly: (flag, files, count) => `${flag} chỉ áp dụng cho tệp CSV và bảng tính .xlsx, mà ${count === 0 ? 'không có tệp dữ liệu nào' : `${files} không phải tệp CSV (.csv) hay bảng tính .xlsx`}`,
  headerRow: (given) => `--header-row ${given} không phải số thứ tự dòng (1, 2, 3…)`,
  xlsxNeedsOut: () => '--format xlsx ghi ra một bảng tính: hãy cho tên tệp bằng --out TỆP.xlsx',
  methodsNothing: (given) => `--methods ${given} không nêu hệ số tương quan nào: hãy chọn trong pearson, spearman, kendall`,
  collinearity: (given) => `--collinearity ${given} không phải một số từ 0 đến 1 (ví dụ 0.9)`,
  dataOnlyAlone: () => '--data-only chỉ in thống kê chỉ tiêu: --methods, --collinearity và --correlations không có tác dụng khi dùng cùng',
  optimiseOnly: (flag) => `${flag} chỉ áp dụng cho --method optimise`,
  nodesNotOptimise: () => '--nodes chỉ áp dụng cho --method equal và pca; --method optimise đặt lại trọng số các thành phần của --node',
  equalNoData: () => '--method equal không cần --data',
  targetsForm: (part) => `--targets ${part} không có dạng "mã=số": ví dụ --targets economy=2,society=1`,
  nodeIsIndicator: (node) => `--node ${node} là một chỉ tiêu: hãy cho một chỉ số tổng hợp`,
  importFormat: (given) => `chiso import: không có định dạng ${given}; định dạng duy nhất là "coinr"`,
};

/** The English messages; the Vietnamese ones have the same keys and types. */
const en = {
  usage: usageEn,
  runHelp: (command: string) => `Run "chiso ${command}--help" for usage.`,
  internalError: (message: string, debug: boolean) =>
    `internal error (a bug in chiso): ${message}; please report it (the command, this message and, if you can, the input files) to the chiso maintainers${debug ? '' : '; run again with --debug for the stack trace'}`,
  didYouMean: (name: string) => `; did you mean ${name}?`,
  expectedOneOf: (shown: string, total: number | undefined) => `; expected one of: ${shown}${total === undefined ? '' : `, … (${total} in all)`}`,
  nouns: { node: 'node', unit: 'unit', group: 'group', 'group column': 'group column', 'built-in framework': 'built-in framework', column: 'column', indicator: 'indicator' } as Readonly<Record<string, string>>,
  runs: (runs: number) => `${count(runs)} runs`,
  progress: (label: string, done: number, total: number, percent: number) => `${label} ${count(done)}/${count(total)} (${percent}%)`,
  /** score */
  byGroup: (group: string) => `By ${group}`,
  notRanked: (unit: string, reason: string) => `Not ranked: ${unit} (${reason})`,
  missingAdjustments: (count: number) => `${count} missing-data adjustment(s); use --format json to see them.`,
  leftOut: (width: number, titles: string, columnsOption: boolean) => `Left out to fit ${width} columns: ${titles} (--width 0 shows every column${columnsOption ? '; --columns chooses them' : ''}).`,
  shortened: (width: number, titles: string) => `Shortened with "…" to fit ${width} columns: ${titles} (--width 0 shows them whole).`,
  /** validate */
  frameworkValid: (id: string) => `Framework "${id}" is valid.`,
  datasetValid: (path: string, units: number) => `Dataset "${path}" is valid: ${units} units.`,
  /** explain */
  explainHeading: (name: string, published: string, rank: string, of: number) => `${name}: ${published} (rank ${rank} of ${of})`,
  strengths: 'Strengths',
  weaknesses: 'Weaknesses',
  none: 'none',
  rankOf: (rank: string) => `rank ${rank}`,
  explainColumns: ['Indicator', 'Raw', 'Normalised', 'Rank', 'Weight %', 'Contribution'] as readonly string[],
  /** provinces */
  provinceColumns: ['Code', 'Name', 'English', 'Region'] as readonly string[],
  partOf: 'Since 1 July 2025 part of',
  formedFrom: 'Formed from',
  /** scenario */
  removedInTurn: (framework: string, indicators: boolean, node: string) => `${framework}: each ${indicators ? 'indicator' : 'element'} removed in turn, ranks at ${node}`,
  scenarioHeading: (framework: string, scenarios: number, node: string, preview: boolean) =>
    `${framework}: ${scenarios} scenario${scenarios === 1 ? '' : 's'}, ranks at ${node}${preview ? ' (preview on the float engine: score the scenarios you keep without --preview)' : ''}`,
  summary: 'Summary',
  /** uncertainty */
  uncertaintyHeading: (framework: string, node: string, what: string, seed: string) => `${framework}: ranks at ${node} under ${what}, seed ${seed}`,
  weightsNoise: (percent: string) => `weights ±${percent}% (uniform)`,
  sourcesOf: (path: string) => `the sources of ${path}`,
  runsStatus: (runs: number, ok: number, failed: number) => `${runs} runs: ${ok} ok${failed === 0 ? '' : `, ${failed} failed`}`,
  failureLine: (count: number, reason: string, first: number) => `${count} × ${reason} (first: run ${first})`,
  moreFailures: (more: number) => `… and ${more} other kind${more === 1 ? '' : 's'} of failure (--format json lists every failed run)`,
  /** sensitivity */
  sensitivityHeading: (framework: string, about: string) => `${framework}: Sobol' indices of ${about}`,
  sensitivityAbout: (output: string, n: number, runs: number, seed: string, sobol: boolean, inputs: number) =>
    `${output}: N = ${n}, ${count(runs)} runs, seed ${seed}, ${sobol ? "scrambled Sobol' points" : `pseudo-random points (${inputs} inputs are more than Sobol' points take)`}`,
  meanRankShiftAt: (node: string) => `the mean |rank shift| at ${node}`,
  outputOf: (kind: 'rank' | 'score', unit: string, node: string) => `the ${kind} of ${unit} at ${node}`,
  outputMean: (mean: string, variance: string, confidence: number | null, resamples: number) => `Output mean ${mean}, variance ${variance}${confidence === null ? '' : `; ${confidence}% bootstrap intervals from ${resamples} resamples`}`,
  /** target */
  now: (published: string, rank: string) => `now ${published}, rank ${rank}`,
  goalRank: (rank: number) => `rank ${rank} or better`,
  goalScore: (score: string) => `a score of ${score}`,
  cheapestHeading: (unit: string, now: string, goal: string, node: string, status: string) => `${unit} (${now}): the cheapest way to ${goal} at ${node} — ${status}`,
  whatItTakesHeading: (unit: string, now: string, goal: string, node: string, needed: string, strict: boolean, already: boolean, reached: number, indicators: number) =>
    `${unit} (${now}): what it takes to reach ${goal} at ${node}${needed === '' ? '' : ` (a score ${strict ? 'above' : 'of'} ${needed})`} — ${already ? 'already' : `${reached} of ${indicators} indicators can alone`}`,
  /** audit */
  valuesKind: (kind: string) => ({ raw: 'raw values', denominated: 'denominated values', normalised: 'normalised values' })[kind] ?? `${kind} values`,
  auditIndicators: (framework: string, values: string) => `${framework}: indicator statistics (${values})`,
  auditFlags: (any: boolean): string => (any ? 'Structure flags' : 'Structure flags: none'),
  auditAggregates: "Aggregates: Cronbach's alpha and principal components of the children",
  auditImportance: 'Nominal weight and importance (r² shares) in the parent and in the index',
  auditCorrelations: 'Correlations',
  /** weights */
  weightsWritten: (framework: string, method: string, path: string) => `${framework}: ${method} weights written to ${path}`,
  weightsLeft: (id: string, problem: string) => `${id}: weights left as written (${problem})`,
  optimiseNote: (converged: boolean, iterations: number, gap: string, obtained: string, targets: string) =>
    `${converged ? 'converged' : 'did NOT converge'} after ${iterations} iterations; mean squared gap to the targets ${gap}; shares obtained ${obtained} (targets ${targets})`,
  /** mapping */
  mappingSummary: (exact: number, role: number, close: number, none: number) =>
    `chiso mapping: ${exact} column(s) matched an indicator's label exactly, ${role} are id, group or ignored columns, ${close} are close guesses to check, ${none} matched nothing ("?")`,
  mappingGuess: (close: boolean, header: string, target: string) => `${close ? 'check' : 'fill in'}: ${header} → ${target}`,
  /** import */
  importWrote: (frameworkPath: string, dataPath: string, units: number) => `wrote ${frameworkPath} and ${dataPath} (${units} units); score with: chiso score --framework ${frameworkPath} --data ${dataPath}`,
  importNote: (note: string) => `note: ${note}`,
  /** report */
  notOnMap: (names: string) => `Note: not on the map (not provinces): ${names}`,
  reportWritten: (path: string, units: number, era: string) => `Wrote ${path}: ${units} units, ${era === '' ? 'no map' : `map of the ${era} provinces`}.`,
};

/** The messages of one language. */
export type Messages = typeof en;

const vi: Messages = {
  usage: usageVi,
  runHelp: (command) => `Xem hướng dẫn: "chiso ${command}--help".`,
  internalError: (message, debug) =>
    `lỗi nội bộ (lỗi của chiso): ${message}; xin báo cho nhóm phát triển chiso (kèm câu lệnh, thông báo này và, nếu được, các tệp đầu vào)${debug ? '' : '; chạy lại với --debug để xem vết ngăn xếp (stack trace)'}`,
  didYouMean: (name) => `; có phải ý bạn là ${name}?`,
  expectedOneOf: (shown, total) => `; các giá trị hợp lệ: ${shown}${total === undefined ? '' : `, … (tất cả ${total})`}`,
  nouns: { node: 'chỉ số', unit: 'đơn vị', group: 'nhóm', 'group column': 'cột nhóm', 'built-in framework': 'bộ chỉ số có sẵn', column: 'cột', indicator: 'chỉ tiêu' },
  runs: (runs) => `${countVi(runs)} lượt chạy`,
  progress: (label, done, total, percent) => `${label} ${countVi(done)}/${countVi(total)} (${percent}%)`,
  byGroup: (group) => `Xếp hạng theo ${group}`,
  notRanked: (unit, reason) => `Không xếp hạng: ${unit} (${reason})`,
  missingAdjustments: (count) => `${count} điều chỉnh do dữ liệu thiếu; xem chi tiết với --format json.`,
  leftOut: (width, titles, columnsOption) => `Đã ẩn để vừa ${width} cột: ${titles} (--width 0 để hiện mọi cột${columnsOption ? '; chọn cột bằng --columns' : ''}).`,
  shortened: (width, titles) => `Đã rút gọn bằng "…" để vừa ${width} cột: ${titles} (--width 0 để hiện đầy đủ).`,
  frameworkValid: (id) => `Bộ chỉ số "${id}" hợp lệ.`,
  datasetValid: (path, units) => `Bộ dữ liệu "${path}" hợp lệ: ${units} đơn vị.`,
  explainHeading: (name, published, rank, of) => `${name}: ${published} (hạng ${rank}/${of})`,
  strengths: 'Điểm mạnh',
  weaknesses: 'Điểm yếu',
  none: 'không có',
  rankOf: (rank) => `hạng ${rank}`,
  explainColumns: ['Chỉ tiêu', 'Giá trị gốc', 'Giá trị chuẩn hóa', 'Hạng', 'Trọng số %', 'Đóng góp'],
  provinceColumns: ['Mã', 'Tên', 'Tên tiếng Anh', 'Vùng'],
  partOf: 'Từ 1/7/2025 thuộc',
  formedFrom: 'Hợp nhất từ',
  removedInTurn: (framework, indicators, node) => `${framework}: lần lượt bỏ từng ${indicators ? 'chỉ tiêu' : 'thành phần'}, thứ hạng theo ${node}`,
  scenarioHeading: (framework, scenarios, node, preview) =>
    `${framework}: ${scenarios} kịch bản, thứ hạng theo ${node}${preview ? ' (xem trước bằng bộ tính số thực: hãy tính lại các kịch bản được chọn không dùng --preview)' : ''}`,
  summary: 'Tóm tắt',
  uncertaintyHeading: (framework, node, what, seed) => `${framework}: thứ hạng theo ${node} khi ${what}, seed ${seed}`,
  weightsNoise: (percent) => `trọng số dao động ±${percent.replace('.', ',')}% (phân phối đều)`,
  sourcesOf: (path) => `các nguồn bất định trong ${path}`,
  runsStatus: (runs, ok, failed) => `${runs} lượt chạy: ${ok} thành công${failed === 0 ? '' : `, ${failed} thất bại`}`,
  failureLine: (count, reason, first) => `${count} × ${reason} (lần đầu: lượt ${first})`,
  moreFailures: (more) => `… và ${more} loại lỗi khác (--format json liệt kê mọi lượt thất bại)`,
  sensitivityHeading: (framework, about) => `${framework}: chỉ số Sobol' của ${about}`,
  sensitivityAbout: (output, n, runs, seed, sobol, inputs) =>
    `${output}: N = ${n}, ${countVi(runs)} lượt chạy, seed ${seed}, ${sobol ? "điểm Sobol' xáo trộn" : `điểm giả ngẫu nhiên (${inputs} đầu vào, nhiều hơn số chiều điểm Sobol' cho phép)`}`,
  meanRankShiftAt: (node) => `mức thay đổi thứ hạng trung bình (|Δ hạng|) theo ${node}`,
  outputOf: (kind, unit, node) => `${kind === 'rank' ? 'thứ hạng' : 'điểm'} của ${unit} theo ${node}`,
  outputMean: (mean, variance, confidence, resamples) => `Trung bình đầu ra ${mean}, phương sai ${variance}${confidence === null ? '' : `; khoảng tin cậy bootstrap ${confidence}% từ ${resamples} lần lấy mẫu lại`}`,
  now: (published, rank) => `hiện ${published}, hạng ${rank}`,
  goalRank: (rank) => `hạng ${rank} trở lên`,
  goalScore: (score) => `điểm ${score}`,
  cheapestHeading: (unit, now, goal, node, status) => `${unit} (${now}): cách ít tốn kém nhất để đạt ${goal} theo ${node} — ${status}`,
  whatItTakesHeading: (unit, now, goal, node, needed, strict, already, reached, indicators) =>
    `${unit} (${now}): cần gì để đạt ${goal} theo ${node}${needed === '' ? '' : ` (điểm ${strict ? 'trên' : 'từ'} ${needed})`} — ${already ? 'đã đạt' : `${reached}/${indicators} chỉ tiêu tự mình đạt được`}`,
  valuesKind: (kind) => ({ raw: 'giá trị gốc', denominated: 'giá trị đã chia mẫu số', normalised: 'giá trị đã chuẩn hóa' })[kind] ?? `giá trị ${kind}`,
  auditIndicators: (framework, values) => `${framework}: thống kê chỉ tiêu (${values})`,
  auditFlags: (any) => (any ? 'Cảnh báo về cấu trúc' : 'Cảnh báo về cấu trúc: không có'),
  auditAggregates: 'Chỉ số tổng hợp: hệ số alpha Cronbach và các thành phần chính của các thành phần con',
  auditImportance: 'Trọng số danh nghĩa và mức quan trọng (tỷ phần r²) trong chỉ số cấp trên và trong chỉ số tổng hợp',
  auditCorrelations: 'Hệ số tương quan',
  weightsWritten: (framework, method, path) => `${framework}: đã ghi trọng số ${method} vào ${path}`,
  weightsLeft: (id, problem) => `${id}: giữ nguyên trọng số như đã khai báo (${problem})`,
  optimiseNote: (converged, iterations, gap, obtained, targets) =>
    `${converged ? 'đã hội tụ' : 'KHÔNG hội tụ'} sau ${iterations} vòng lặp; sai lệch bình phương trung bình so với mục tiêu ${gap}; tỷ phần đạt được ${obtained} (mục tiêu ${targets})`,
  mappingSummary: (exact, role, close, none) =>
    `chiso mapping: ${exact} cột trùng đúng tên một chỉ tiêu, ${role} cột là cột mã, cột nhóm hoặc cột bỏ qua, ${close} cột là phỏng đoán gần đúng cần kiểm tra, ${none} cột không khớp chỉ tiêu nào ("?")`,
  mappingGuess: (close, header, target) => `${close ? 'kiểm tra' : 'điền vào'}: ${header} → ${target}`,
  importWrote: (frameworkPath, dataPath, units) => `đã ghi ${frameworkPath} và ${dataPath} (${units} đơn vị); tính điểm bằng: chiso score --framework ${frameworkPath} --data ${dataPath}`,
  importNote: (note) => `lưu ý: ${note}`,
  notOnMap: (names) => `Lưu ý: không có trên bản đồ (không phải tỉnh/thành phố): ${names}`,
  reportWritten: (path, units, era) => `Đã ghi ${path}: ${units} đơn vị, ${era === '' ? 'không có bản đồ' : `bản đồ ${era} tỉnh, thành phố`}.`,
};

/** The messages of every language. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { en, vi };

/**
 * The messages of a language (English when none is given).
 *
 * @example
 * messages('vi').strengths; // => 'Điểm mạnh'
 */
export function messages(language: Language | undefined): Messages {
  return MESSAGES[language ?? 'en'];
}

/**
 * The summaries of chiso's data errors in Vietnamese ("The dataset is not valid" → "dữ liệu không
 * hợp lệ"), for the CLI's framing of a {@link ChisoError}; a summary not listed stays English.
 */
export const ERROR_SUMMARIES_VI: Readonly<Record<string, string>> = {
  'The dataset is not valid': 'dữ liệu không hợp lệ',
  'The framework is not valid': 'bộ chỉ số không hợp lệ',
  'The panel cannot be built': 'không lập được bảng theo năm',
  'The scenarios are not valid': 'các kịch bản không hợp lệ',
  'The scenarios cannot be applied': 'không áp dụng được các kịch bản',
  'The provinces cannot be matched': 'không đối chiếu được tên tỉnh/thành phố',
  'The data cannot be mapped onto the 34 provinces': 'không chuyển được dữ liệu sang 34 tỉnh/thành phố',
  'The edits are not valid': 'các thay đổi không hợp lệ',
  'The edits cannot be applied': 'không áp dụng được các thay đổi',
  'The costs are not valid': 'bảng chi phí không hợp lệ',
  'The uncertainty sources are not valid': 'các nguồn bất định không hợp lệ',
  'The saved result cannot be compared': 'không so sánh được với kết quả đã lưu',
  'The previous dataset cannot be compared': 'không so sánh được với bộ dữ liệu kỳ trước',
  'The elements to remove are not valid': 'các thành phần cần bỏ không hợp lệ',
  'The edited model is not valid': 'mô hình sau khi sửa không hợp lệ',
  'The index cannot be computed': 'không tính được chỉ số',
  'The cheapest path cannot be computed': 'không tìm được cách ít tốn kém nhất',
};

/**
 * The first line of a data error in a language: the summary translated where it is one chiso
 * writes ("data.csv: The dataset is not valid" → "data.csv: dữ liệu không hợp lệ"), lower-cased
 * after the file name as a message continues; English unchanged.
 *
 * @example
 * errorSummary('data.csv: The dataset is not valid', 'vi'); // => 'data.csv: dữ liệu không hợp lệ'
 * errorSummary('The framework is not valid:', 'vi'); // => 'bộ chỉ số không hợp lệ:'
 */
export function errorSummary(summary: string, language: Language): string {
  if (language === 'en') return summary;
  // the first line of a ChisoError's message ends in ":" before its list of problems
  const colon = summary.endsWith(':') ? ':' : '';
  const head = colon === '' ? summary : summary.slice(0, -1);
  for (const [english, vietnamese] of Object.entries(ERROR_SUMMARIES_VI)) {
    if (head === english) return `${vietnamese}${colon}`;
    if (head.endsWith(`: ${english}`)) return `${head.slice(0, -english.length)}${vietnamese}${colon}`;
  }
  return summary;
}

/** The issue codes whose messages are translated into Vietnamese when their data allow it. */
export const TRANSLATED_ISSUE_CODES = ['out_of_range', 'not_a_number', 'missing_value', 'unknown_indicator', 'ambiguous_number'] as const;

/** `unit "HN", indicator "fibre_pct"` at the start of a validation message: the place it names. */
const PLACE = /^unit ("(?:[^"\\]|\\.)*"), (indicator|variable|auxiliary) ("(?:[^"\\]|\\.)*")/;

/**
 * One line for a data problem in a language: `path: message`. In Vietnamese, the problems that
 * carry their data — a value out of range (`expected` "at least 0", "at most 100", "0 or 1"), not a
 * number, a required value missing, an unknown indicator, an ambiguous number — are written in
 * Vietnamese from that data; any other keeps its English message (the path and code are the same
 * in both).
 *
 * @example
 * issueLine({ code: 'out_of_range', path: ['units', 0, 'values', 'fibre_pct'], message: 'unit "HN", indicator "fibre_pct": 112 is above the maximum 100 (percent)', expected: 'at most 100', received: '112' }, 'vi');
 * // => 'units[0].values.fibre_pct: đơn vị "HN", chỉ tiêu "fibre_pct": 112 lớn hơn giá trị tối đa 100'
 */
export function issueLine(issue: ChisoIssue, language: Language): string {
  const path = formatPath(issue.path);
  const translated = language === 'vi' ? issueInVietnamese(issue) : undefined;
  return `${path}: ${translated ?? issue.message}`;
}

function issueInVietnamese(issue: ChisoIssue): string | undefined {
  const place = PLACE.exec(issue.message);
  const where = place === null ? '' : `đơn vị ${place[1] ?? ''}, ${place[2] === 'indicator' ? 'chỉ tiêu' : 'biến'} ${place[3] ?? ''}: `;
  const received = issue.received;
  switch (issue.code) {
    case 'out_of_range': {
      if (received === undefined || issue.expected === undefined) return undefined;
      const bound = /^at (least|most) (.+)$/.exec(issue.expected);
      if (bound !== null) return `${where}${received} ${bound[1] === 'least' ? 'nhỏ hơn giá trị tối thiểu' : 'lớn hơn giá trị tối đa'} ${bound[2] ?? ''}`;
      if (issue.expected === '0 or 1') return `${where}${received} không phải có (1) hoặc không (0)`;
      return undefined;
    }
    case 'not_a_number':
      return received === undefined || place === null ? undefined : `${where}${received} không phải là số`;
    case 'missing_value': {
      const policy = /^unit ("(?:[^"\\]|\\.)*"): indicator ("(?:[^"\\]|\\.)*") is missing and its parent's missing-data policy is "fail"$/.exec(issue.message);
      return policy === null ? undefined : `đơn vị ${policy[1] ?? ''}: thiếu dữ liệu chỉ tiêu ${policy[2] ?? ''}, trong khi quy tắc xử lý dữ liệu thiếu của chỉ số cấp trên là "fail" (không chấp nhận thiếu)`;
    }
    case 'unknown_indicator': {
      const framework = / is not an indicator or variable of framework ("(?:[^"\\]|\\.)*")/.exec(issue.message);
      const hint = /; did you mean ("(?:[^"\\]|\\.)*")\?$/.exec(issue.message);
      return received === undefined || framework === null ? undefined : `"${received}" không phải chỉ tiêu hay biến của bộ chỉ số ${framework[1] ?? ''}${hint === null ? '' : `; có phải ý bạn là ${hint[1] ?? ''}?`}`;
    }
    case 'ambiguous_number':
      return received === undefined || place === null ? undefined : `${where}${received} có thể đọc theo hai cách ("." phân cách hàng nghìn theo vi-VN, hay là dấu thập phân theo en); hãy khai báo cách viết số bằng --locale vi-VN hoặc --locale en`;
    default:
      return undefined;
  }
}

/** Fixed column titles of the analysis tables (scenario, removal, target, uncertainty, sensitivity) in Vietnamese. */
const TITLES_VI: Readonly<Record<string, string>> = {
  Rank: 'Hạng',
  Unit: 'Mã',
  Name: 'Tên',
  Median: 'Trung vị',
  Mean: 'Trung bình',
  '5%': '5%',
  '95%': '95%',
  '5–95%': '5–95%',
  Factor: 'Yếu tố',
  'What varies': 'Yếu tố thay đổi',
  First: 'Bậc nhất',
  Total: 'Toàn phần',
  Scenario: 'Kịch bản',
  Status: 'Trạng thái',
  'Mean |shift|': 'TB |Δ hạng|',
  'Max |shift|': 'Max |Δ hạng|',
  Changed: 'Số đơn vị đổi hạng',
  'Moved up most': 'Tăng nhiều nhất',
  'Moved down most': 'Giảm nhiều nhất',
  'Not ranked': 'Không xếp hạng',
  Removed: 'Bỏ đi',
  Label: 'Tên',
  Indicator: 'Chỉ tiêu',
  Now: 'Hiện tại',
  Needed: 'Cần đạt',
  Change: 'Thay đổi',
  'Change %': 'Thay đổi %',
  Score: 'Điểm',
  How: 'Cách tìm',
  Note: 'Ghi chú',
  New: 'Mới',
  'Normalised change': 'Thay đổi chuẩn hóa',
  Cost: 'Chi phí',
  Node: 'Chỉ số',
  Parent: 'Chỉ số cấp trên',
  Weight: 'Trọng số',
  'New weight': 'Trọng số mới',
};

/**
 * A column title of an analysis table in a language: the fixed titles from a list, and the
 * composed ones ("P(top 10)", "Base desi", "Scenario A: rank", "First 95%") part by part; a title
 * not known stays as it is.
 *
 * @example
 * columnTitle('P(top 10)', 'vi'); // => 'P(top 10)'
 * columnTitle('Base desi', 'vi'); // => 'Gốc desi'
 * columnTitle('A: shift', 'vi'); // => 'A: Δ hạng'
 * columnTitle('Median', 'vi'); // => 'Trung vị'
 */
export function columnTitle(title: string, language: Language): string {
  if (language === 'en') return title;
  const fixed = Object.hasOwn(TITLES_VI, title) ? TITLES_VI[title] : undefined;
  if (fixed !== undefined) return fixed;
  const base = /^Base (.+)$/.exec(title);
  if (base !== null) return `Gốc ${base[1] ?? ''}`;
  const scenario = /^(.+): (score|rank|shift)$/.exec(title);
  if (scenario !== null) return `${scenario[1] ?? ''}: ${{ score: 'điểm', rank: 'hạng', shift: 'Δ hạng' }[scenario[2] as 'score' | 'rank' | 'shift']}`;
  const interval = /^(First|Total) (low|high|\d+%)$/.exec(title);
  if (interval !== null) return `${TITLES_VI[interval[1] ?? ''] ?? ''} ${{ low: 'thấp', high: 'cao' }[interval[2] as 'low' | 'high'] ?? interval[2] ?? ''}`;
  return title;
}

/**
 * The column titles of `chiso audit`'s tables in Vietnamese (their own list: "First" and "Second"
 * there are the two nodes of a pair, not the Sobol' orders); a title not listed (a correlation's
 * name) stays as it is.
 */
export const AUDIT_TITLES_VI: Readonly<Record<string, string>> = {
  Aggregate: 'Chỉ số tổng hợp',
  Availability: 'Tỷ lệ có dữ liệu',
  Children: 'Số thành phần',
  'Complete units': 'Đơn vị đủ dữ liệu',
  'Cronbach alpha': 'Alpha Cronbach',
  'Eigenvalues > 1': 'Trị riêng > 1',
  First: 'Thứ nhất',
  Flag: 'Cảnh báo',
  Flags: 'Cảnh báo',
  Group: 'Nhóm',
  Indicator: 'Chỉ tiêu',
  Kurtosis: 'Độ nhọn',
  Max: 'Lớn nhất',
  Mean: 'Trung bình',
  Min: 'Nhỏ nhất',
  Node: 'Chỉ số',
  Nodes: 'Các chỉ số',
  'Nominal in index': 'Danh nghĩa trong chỉ số tổng hợp',
  'Nominal share': 'Tỷ phần danh nghĩa',
  'PC1 loadings': 'Hệ số tải PC1',
  'PC1 share': 'Tỷ phần PC1',
  Parent: 'Cấp trên',
  Present: 'Có dữ liệu',
  'r with index': 'r với chỉ số tổng hợp',
  'r² share': 'Tỷ phần r²',
  'r² share in index': 'Tỷ phần r² trong chỉ số tổng hợp',
  Relation: 'Quan hệ',
  SD: 'Độ lệch chuẩn',
  Second: 'Thứ hai',
  Skewness: 'Độ lệch',
  Units: 'Số đơn vị',
  Zeros: 'Số giá trị 0',
};

/** The words of a cell of the analysis tables that chiso writes itself ("ok", "already reached"), in Vietnamese. */
const CELLS_VI: Readonly<Record<string, string>> = { ok: 'đạt', 'already reached': 'đã đạt', Total: 'Tổng' };

/**
 * A cell of an analysis table in a language: the few words chiso writes itself ("ok", "already
 * reached", "Total") translated; data and figures unchanged.
 *
 * @example
 * cellText('already reached', 'vi'); // => 'đã đạt'
 * cellText('Hà Nội', 'vi'); // => 'Hà Nội'
 * cellText('Hải Phòng, Nam Định, Huế and 2 more (+5)', 'vi'); // => 'Hải Phòng, Nam Định, Huế và 2 đơn vị khác (+5)'
 */
export function cellText(cell: string, language: Language): string {
  if (language === 'en') return cell;
  const fixed = Object.hasOwn(CELLS_VI, cell) ? CELLS_VI[cell] : undefined;
  // "Hải Phòng, Nam Định and 2 more (+5)", as movedText writes who moved most
  return fixed ?? cell.replace(/ and (\d+) more \(([+-]\d+)\)$/, ' và $1 đơn vị khác ($2)');
}

/** The reasons a write fails, by system error code, in Vietnamese. */
const WRITE_FAILURES_VI: Readonly<Record<string, string>> = {
  ENOSPC: 'hết dung lượng đĩa',
  EPIPE: 'chương trình đọc đã đóng đường ống',
  EBADF: 'đầu ra đã bị đóng',
  EIO: 'lỗi vào/ra',
  EISDIR: 'đó là một thư mục (hãy cho tên tệp với --out)',
  EACCES: 'không có quyền ghi',
  EROFS: 'hệ thống tệp chỉ đọc',
};

/**
 * A failed write ("cannot write standard output: no space left on the device (ENOSPC)") in a
 * language: in Vietnamese from its system error code, the English reason kept for a code not
 * listed.
 *
 * @example
 * outputFailure('cannot write standard output: no space left on the device (ENOSPC)', 'ENOSPC', 'vi');
 * // => 'không ghi được đầu ra chuẩn: hết dung lượng đĩa (ENOSPC)'
 */
export function outputFailure(message: string, code: string | undefined, language: Language): string {
  if (language === 'en') return message;
  const parts = /^cannot write (.*?): (.*)$/s.exec(message);
  if (parts === null) return message;
  const what = parts[1] === 'standard output' ? 'đầu ra chuẩn' : (parts[1] ?? '');
  const known = code === undefined || !Object.hasOwn(WRITE_FAILURES_VI, code) ? undefined : WRITE_FAILURES_VI[code];
  return `không ghi được ${what}: ${known === undefined ? (parts[2] ?? '') : `${known} (${code ?? ''})`}`;
}
