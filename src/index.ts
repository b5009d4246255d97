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
export { explainUnit } from './analysis/explain.js';
export type { Explanation, ExplainOptions, IndicatorExplanation, RankGap } from './analysis/explain.js';
export { rankAmong } from './analysis/rank-among.js';
export type { RankAmongOptions } from './analysis/rank-among.js';
export { ExactDecimal, PRECISION, roundToText, toExact } from './engine/decimal.js';
export type { Exact } from './engine/decimal.js';
export { compilePlan } from './engine/plan.js';
export type { Plan, PlannedAggregate, PlannedIndicator } from './engine/plan.js';
export { compareIds, rankPositions } from './engine/rank.js';
export { compareRational, parseRational, rationalToFixed, rationalToText } from './engine/rational.js';
export type { Rational } from './engine/rational.js';
export type { RankInput } from './engine/rank.js';
export type { MissingDataNote, NodeInfo, NodeScore, ScoreResult, UnitResult } from './engine/result.js';
export { score, scoreValidated } from './engine/score.js';
export type { ScoreOptions } from './engine/score.js';
export { desi2022 } from './frameworks/desi-2022.js';
export { builtinFramework, builtinFrameworks } from './frameworks/index.js';
export { datasetFromCsv, formatCsv, parseCsv } from './io/csv.js';
export type { CsvTable, DatasetFromCsvOptions, ParseCsvOptions } from './io/csv.js';
export { aggregateMethods } from './methods/aggregate/index.js';
export type { AggregateMethod } from './methods/aggregate/types.js';
export { normaliseMethods } from './methods/normalise/index.js';
export type { Affine, AffineContext, NormaliseContext, NormaliseMethod } from './methods/normalise/types.js';
export { ValueProblem } from './methods/normalise/types.js';
export { DataUnitSchema, DatasetSchema } from './model/dataset.js';
export type { DataUnit, DataUnitInput, Dataset, DatasetInput, DataValue } from './model/dataset.js';
export {
  AggregateNodeSchema,
  AggregationSchema,
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
export { assertDataset, assertFramework, indicatorsOf, validateDataset, validateFramework } from './model/validate.js';
export type { Validation } from './model/validate.js';
export { formatTable, rankingTable } from './report/table.js';
export type { RankingTableOptions, Table } from './report/table.js';
