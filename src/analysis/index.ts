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
// The fast (float64) engine: a model compiled once, run many times with overrides.
export { fastModel, fastModelValidated } from '../engine/fast/model.js';
export { fastPlan } from '../engine/fast/plan.js';
export type { FastMethods, FastPlan } from '../engine/fast/plan.js';
export type { FastModel, FastModelOptions, FastOverrides, FastRun } from '../engine/fast/types.js';
export type { FloatNormaliser, FloatNormaliseContext } from '../methods/normalise/types.js';
export type { AggregateReports, FloatAggregateInput } from '../methods/aggregate/types.js';
export { affineToFloat, floatAffineMap } from '../methods/normalise/affine.js';
export { floatWeightedMean } from '../methods/aggregate/mean.js';
