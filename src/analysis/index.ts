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
export { outputsFromSalib, sobolEstimates, sobolIndices } from './sensitivity/sobol-indices.js';
export type {
  AbortSignalLike,
  BootstrapOptions,
  Interval,
  SaltelliOutputs,
  SecondOrderIndex,
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
