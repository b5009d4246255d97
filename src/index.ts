/**
 * chiso — composite indices and rankings for digital-transformation readiness.
 *
 * The browser-safe core: it imports nothing from `node:*`. File reading and the command line live
 * in `chiso/node`.
 *
 * @example
 * import { datasetFromCsv, desi2022, explainUnit, rankingTable, formatTable, score } from 'chiso';
 * const result = score(desi2022, datasetFromCsv(csvText));
 * console.log(formatTable(rankingTable(result), 'text'));
 *
 * @module chiso
 */
export { compareResults, describeRankChange } from './analysis/compare.js';
export type { CompareOptions, Comparison, ComparisonRow } from './analysis/compare.js';
export { criteriaSummary } from './analysis/criteria.js';
export type { CriteriaSummary } from './analysis/criteria.js';
export { explainUnit } from './analysis/explain.js';
export type { Explanation, ExplainOptions, IndicatorExplanation, RankGap } from './analysis/explain.js';
export { panelFromResults, rankHistory, scorePanel } from './analysis/panel.js';
export type { Panel, PanelCell } from './analysis/panel.js';
export { rankAmong } from './analysis/rank-among.js';
export type { RankAmongOptions } from './analysis/rank-among.js';
export { achievement } from './analysis/targets.js';
export type { AchievementOptions, AchievementRow } from './analysis/targets.js';
export { PRECISION, roundToText, toExact } from './engine/decimal.js';
export type { Exact } from './engine/decimal.js';
export { compilePlan } from './engine/plan.js';
export type { Plan, PlannedAggregate, PlannedIndicator } from './engine/plan.js';
export { compareIds, rankDecimalTexts, rankPositions, ranksLowestFirst } from './engine/rank.js';
export { compareRational, parseRational, rationalToFixed, rationalToText } from './engine/rational.js';
export type { Rational } from './engine/rational.js';
export type { RankInput } from './engine/rank.js';
export type { MissingDataNote, NodeInfo, NodeScore, ScoreResult, UnitResult } from './engine/result.js';
export { score, scoreValidated } from './engine/score.js';
export type { ScoreOptions } from './engine/score.js';
export { desi2022 } from './frameworks/desi-2022.js';
export { vnDti2020 } from './frameworks/vietnam/dti-2020.js';
export { DTI_2022_MAIN_INDICES, vnDti2022, vnDti2022Main } from './frameworks/vietnam/dti-2022.js';
export { vnIctIndex, vnIctIndexComponents } from './frameworks/vietnam/ict-index.js';
export { ntmIct } from './frameworks/vietnam/ntm-ict.js';
export { readiness } from './frameworks/vietnam/readiness.js';
export { builtinFramework, builtinFrameworks } from './frameworks/index.js';
export { datasetFromCsv, formatCsv, parseCsv } from './io/csv.js';
export type { CsvTable, DatasetFromCsvOptions, FormatCsvOptions, ParseCsvOptions } from './io/csv.js';
export { assertColumnMapping, ColumnMappingSchema, headerKey } from './io/mapping.js';
export type { ColumnMapping } from './io/mapping.js';
export { datasetFromTable } from './io/table.js';
export type { DatasetFromTableOptions, DataTable, TableCell, TablePlaces } from './io/table.js';
export { duplicateKeys, inexactNumbers, parseJsonText } from './io/json.js';
export type { DuplicateKey, InexactNumber } from './io/json.js';
export { localeAdvice, NUMBER_LOCALES, readDataValue, readNumber, readsAsThousands } from './io/number.js';
export type { NumberLocale, NumberProblemKind, NumberReading, ReadNumberOptions } from './io/number.js';
export { aggregateMethods } from './methods/aggregate/index.js';
export type { AggregateMethod, UnitInputs } from './methods/aggregate/types.js';
export { normaliseMethods } from './methods/normalise/index.js';
export type { Affine, AffineContext, NamedValue, NormaliseContext, NormaliseMethod } from './methods/normalise/types.js';
export { ValueProblem } from './methods/normalise/types.js';
export { DataUnitSchema, DatasetSchema } from './model/dataset.js';
export type { DataUnit, DataUnitInput, Dataset, DatasetInput, DataValue } from './model/dataset.js';
export {
  AggregateNodeSchema,
  AggregationSchema,
  BandSchema,
  DecimalLikeSchema,
  defaultRange,
  defineFramework,
  DirectionSchema,
  FrameworkNodeSchema,
  FrameworkSchema,
  IndicatorNodeSchema,
  LabelSchema,
  MissingPolicySchema,
  NormalisationSchema,
  RangeSchema,
  RankingSchema,
  RoundingModeSchema,
  RoundingSchema,
  UnitSchema,
  VariableSchema,
} from './model/framework.js';
export type {
  AggregateNode,
  AggregateNodeInput,
  Aggregation,
  AggregationMethod,
  Band,
  CustomExactAggregator,
  CustomFloatAggregator,
  DecimalLike,
  Direction,
  Framework,
  FrameworkInput,
  FrameworkNode,
  FrameworkNodeInput,
  IndicatorIds,
  IndicatorIdsOfNode,
  IndicatorNode,
  Label,
  MeasurementUnit,
  MissingPolicy,
  Normalisation,
  NormalisationInput,
  NormalisationMethod,
  Range,
  Ranking,
  Rounding,
  RoundingMode,
  TieMethod,
  Variable,
} from './model/framework.js';
export { ChisoError, formatIssue, formatPath } from './model/issues.js';
export type { ChisoIssue, ChisoIssueCode } from './model/issues.js';
export { abbreviate, decimalLimitProblem, decimalTextProblem, isSavedDecimal, MAX_DECIMAL_EXPONENT, MAX_NUMBER_TEXT_LENGTH, MAX_SIGNIFICANT_DIGITS, PLAIN_DECIMAL } from './model/limits.js';
export { MAX_NESTING_DEPTH } from './model/nesting.js';
export { validateResult } from './model/saved-result.js';
export { assertDataset, assertFramework, indicatorsOf, validateDataset, validateFramework } from './model/validate.js';
export type { ValidateDatasetOptions, Validation } from './model/validate.js';
export { escapeControlCharacters, escapeJsonText, escapeTerminalText } from './report/escape.js';
export { jsonChunks } from './report/json.js';
export { changeDescription, formatDecimal, groupTitle, isLanguage, LANGUAGES, localiseFigures, nodeTitle, rankChangePhrase, TABLE_WORDS } from './report/language.js';
export { fitTable } from './report/fit-table.js';
export type { FitTableOptions, FittedTable } from './report/fit-table.js';
export { displayWidth, graphemes, truncateToWidth, wrapToWidth } from './report/text-width.js';
export type { Language } from './report/language.js';
export type { JsonChunksOptions } from './report/json.js';
export { formatTable, formatTableLines, groupTable, panelTable, rankingTable } from './report/table.js';
export type { FormatTableOptions, GroupTableOptions, PanelTableOptions, RankingTableOptions, Table } from './report/table.js';
export { formerProvinces, mergeDatasetTo34, mergeResultTo34 } from './vietnam/merger.js';
export type { MergeOptions } from './vietnam/merger.js';
export { closestProvinces, findProvince, markedNew, matchProvinces, provinceKey, resolveProvince, withProvinces } from './vietnam/names.js';
export type { MatchProvincesOptions, ProvinceMatch, WithProvincesOptions } from './vietnam/names.js';
export { PROVINCES_34, PROVINCES_63, REGIONS, stripDiacritics } from './vietnam/provinces.js';
export type { Province, ProvinceEra, RegionKey } from './vietnam/provinces.js';
// Construction steps and COINr interoperability (issue 9 §1, §5)
export { exportCoinr, importCoinr } from './io/coinr.js';
export type { CellTable, CoinrImport, CoinrTables, ImportCoinrOptions } from './io/coinr.js';
export { DenominateStepSchema, IMPUTATION_METHODS, ImputeStepSchema, PipelineStepSchema, ScreenStepSchema, ShareSchema, TRANSFORMS, TREATMENTS, TreatStepSchema } from './model/steps.js';
export type { ImputationMethod, ImputeStep, PipelineStep, PipelineStepInput, ScreenStep, Share, Transform, Treatment, TreatStep } from './model/steps.js';
export { applySteps } from './pipeline/apply-steps.js';
export type { BuiltData, StepOptions } from './pipeline/apply-steps.js';
export type { CellMark, Construction, DenominateRecord, ImputedCell, ImputeRecord, PanelYear, ScreenedUnit, ScreenRecord, StepRecord, TreatedCell, TreatedIndicator, TreatRecord } from './pipeline/construction.js';
export type { Imputer, ImputerUnit } from './pipeline/impute.js';
export { constructionSummary } from './pipeline/summary.js';
