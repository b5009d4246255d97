/**
 * chiso/analysis — what researchers run many times over a model: the fast (float64) engine,
 * scenarios, Monte Carlo uncertainty, Sobol' sensitivity, one-at-a-time analyses and targets.
 *
 * Browser-safe like the core (it imports nothing from `node:*`), but a separate entry point so
 * that an application that only scores does not carry the analysis code. Worker threads for long
 * runs are in `chiso/node`.
 *
 * @example
 * import { sobolIndices } from 'chiso/analysis';
 *
 * @module chiso/analysis
 */
export { createRandom, randomFromState } from './random.js';
export type { Random } from './random.js';
export { normalQuantile } from './sensitivity/normal-quantile.js';
export { checkSampleSize, factorsOf, inputValue, saltelliSample, validateInputs } from './sensitivity/saltelli.js';
export type { DiscreteInput, NormalInput, SaltelliOptions, SaltelliSample, SampleSequence, SensitivityInput, UniformInput } from './sensitivity/saltelli.js';
export { outputsFromSalib, sobolEstimates, sobolIndices, sobolIndicesBatched } from './sensitivity/sobol-indices.js';
export type {
  AbortSignalLike,
  BootstrapOptions,
  Interval,
  SaltelliOutputs,
  SecondOrderIndex,
  SensitivityBatch,
  SensitivityModel,
  SensitivityProgress,
  SobolEstimateOptions,
  SobolEstimates,
  SobolIndex,
  SobolIndicesOptions,
  SobolIndicesResult,
} from './sensitivity/sobol-indices.js';
export { SOBOL_MAX_DIMENSIONS, sobolSequence } from './sensitivity/sobol-sequence.js';
export type { SobolSequence, SobolSequenceOptions } from './sensitivity/sobol-sequence.js';
// Scenarios and one-at-a-time removal (src/analysis/scenario/)
export { applyEdits } from './scenario/apply-edits.js';
export type { ApplyEditsOptions, EditedModel } from './scenario/apply-edits.js';
export { addNode, dropNode, EditSchema, excludeUnit, parseEdits, safeParseEdits, scaleValues, setAggregation, setMissing, setNormalisation, setUnitValues, setValue, setWeight } from './scenario/edits.js';
export type { Edit, EditInput, EditKind } from './scenario/edits.js';
export { parseScenarios, ScenarioListSchema, scoreScenarios } from './scenario/score-scenarios.js';
export type { Scenario, ScenarioInput, ScenarioRun, ScenarioRuns, ScoreScenariosOptions } from './scenario/score-scenarios.js';
export { compareScenarios } from './scenario/compare-scenarios.js';
export type { CompareScenariosOptions, MovedMost, ScenarioComparison, ScenarioFigures, ScenarioSummary, ScenarioUnitRow } from './scenario/compare-scenarios.js';
export { scenarioSummaryTable, scenarioTable, shiftText } from './scenario/scenario-table.js';
export { previewScenarios } from './scenario/preview-scenarios.js';
export type { PreviewScenariosOptions } from './scenario/preview-scenarios.js';
export type { ScenarioColumn, ScenarioTableOptions } from './scenario/scenario-table.js';
export { removalAnalysis, removalTable } from './scenario/removal.js';
export type { Removal, RemovalAnalysis, RemovalOptions } from './scenario/removal.js';
// Monte Carlo uncertainty of a model's ranking, and Sobol' sensitivity to its sources (issue 7 §3–4).
export { DEFAULT_UNCERTAINTY_SOURCES } from './uncertainty/sources.js';
export type {
  AggregationSource,
  ChoiceScope,
  DataNoiseSource,
  DirichletWeightSource,
  ExclusionSource,
  MissingPolicySource,
  NormalisationSource,
  SourceFactors,
  UncertaintySource,
  UniformWeightSource,
} from './uncertainty/sources.js';
export type { ModelStructure, UncertainModel, UncertainRun } from './uncertainty/model-structure.js';
export { emptyDraft, prepareSources } from './uncertainty/prepare-sources.js';
export type { OverrideDraft, PreparedSources, SourceSampler, WeightPositions } from './uncertainty/prepare-sources.js';
export { drawOverrides, finishOverrides, overrideDrawer } from './uncertainty/draw-overrides.js';
export { sourceInputs } from './uncertainty/source-inputs.js';
export type { SourceInputs } from './uncertainty/source-inputs.js';
export { rankQuantile } from './uncertainty/rank-quantile.js';
export type { RankDistribution } from './uncertainty/rank-quantile.js';
export { rankProbability, summariseRanks } from './uncertainty/rank-summary.js';
export type { FailureReason, RankRecord, RunFailure, RunRange, RunStatus, UncertaintyResult, UnitUncertainty } from './uncertainty/rank-summary.js';
export { uncertainty } from './uncertainty/uncertainty.js';
export type { UncertaintyOptions } from './uncertainty/uncertainty.js';
export { mergeUncertainty } from './uncertainty/merge-uncertainty.js';
export { modelSensitivity, sensitivityMeasure } from './uncertainty/model-sensitivity.js';
export type { ModelSensitivityOptions, ModelSensitivityResult, SensitivityOutput } from './uncertainty/model-sensitivity.js';
// targets (issue 7 §5): what it takes to reach a rank or a score
export { cheapestPath } from './targets/cheapest-path.js';
export type { CheapestPath, CheapestPathOptions, PathChange } from './targets/cheapest-path.js';
export type { TargetGoal, ValueBounds } from './targets/goal.js';
export { planAchievement, planAchievementTable } from './targets/plan-achievement.js';
export type { PlanAchievementOptions, PlanAchievementRow } from './targets/plan-achievement.js';
export type { ProbeFigures, UnitProbe } from './targets/probe.js';
export { cheapestPathTable, whatItTakesTable } from './targets/tables.js';
export { whatItTakes } from './targets/what-it-takes.js';
export type { CannotReason, IndicatorTarget, WhatItTakes, WhatItTakesOptions } from './targets/what-it-takes.js';
// The fast (float64) engine: a model compiled once, run many times with overrides.
export { fastModel, fastModelValidated } from '../engine/fast/model.js';
export { fastPlan } from '../engine/fast/plan.js';
export type { FastMethods, FastPlan } from '../engine/fast/plan.js';
export type { FastModel, FastModelOptions, FastOverrides, FastRun } from '../engine/fast/types.js';
export type { FloatNormaliser, FloatNormaliseContext } from '../methods/normalise/types.js';
export type { AggregateReports, FloatAggregateInput } from '../methods/aggregate/types.js';
export { affineToFloat, floatAffineMap } from '../methods/normalise/affine.js';
export { floatWeightedMean } from '../methods/aggregate/mean.js';
// Statistical audit (issue 9 §3, src/analysis/audit/): indicator statistics, correlations, alpha, PCA, importance.
export { describeValues } from './audit/describe-values.js';
export type { ValueSummary } from './audit/describe-values.js';
export { averageRanks, completeCount, correlation, kendallCorrelation, pearsonCorrelation, spearmanCorrelation } from './audit/correlation.js';
export type { CorrelationMethod } from './audit/correlation.js';
export { completeRows } from './audit/complete-rows.js';
export { cronbachAlpha } from './audit/cronbach-alpha.js';
export type { CronbachAlpha } from './audit/cronbach-alpha.js';
export { correlationMatrix, principalComponents } from './audit/principal-components.js';
export type { PrincipalComponents, PrincipalComponentsProblem } from './audit/principal-components.js';
export type { AuditValues } from './audit/audit-model.js';
export { auditIndicators } from './audit/audit-indicators.js';
export type { AuditIndicatorsOptions, IndicatorAudit, IndicatorFlag, IndicatorFlagThresholds } from './audit/audit-indicators.js';
export { statisticalAudit } from './audit/statistical-audit.js';
export type { AggregateAudit, CorrelationRelation, CorrelationRow, ImportanceRow, StatisticalAudit, StatisticalAuditOptions, StructureFlag } from './audit/statistical-audit.js';
export { auditTables, indicatorAuditTable, statisticText } from './audit/audit-tables.js';
export type { AuditTableOptions } from './audit/audit-tables.js';
// Weights (issue 9 §4, src/analysis/weights/): each returns a new framework; weightEdits gives the change as scenario edits.
export { weightEdits, withWeights } from './weights/reweight.js';
export { equalWeights, nominalWeights } from './weights/equal-weights.js';
export type { EqualWeightsOptions, NominalWeight } from './weights/equal-weights.js';
export { pcaChildWeights, pcaWeights } from './weights/pca-weights.js';
export type { PcaAggregateWeights, PcaWeights, PcaWeightsOptions } from './weights/pca-weights.js';
export { nelderMead } from './weights/nelder-mead.js';
export type { NelderMeadOptions, NelderMeadResult } from './weights/nelder-mead.js';
export { optimiseWeights } from './weights/optimise-weights.js';
export type { OptimisedWeights, OptimiseWeightsOptions } from './weights/optimise-weights.js';
export { varimax, varimaxCriterion } from './audit/varimax.js';
export type { VarimaxOptions, VarimaxRotation } from './audit/varimax.js';
