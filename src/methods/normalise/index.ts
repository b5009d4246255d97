/**
 * The registry of normalisation methods: a framework names a method (`"method": "goalposts"`) and
 * the engine finds it here.
 *
 * @module
 */
import type { Normalisation, NormalisationMethod } from '../../model/framework.js';
import { benchmark } from './benchmark.js';
import { best } from './best.js';
import { borda } from './borda.js';
import { categories } from './categories.js';
import { goalposts } from './goalposts.js';
import { identity } from './identity.js';
import { minmax } from './minmax.js';
import { percentile } from './percentile.js';
import { rank } from './rank.js';
import { share } from './share.js';
import { steps } from './steps.js';
import { target } from './target.js';
import type { NormaliseMethod } from './types.js';
import { zscore } from './zscore.js';

/** Every built-in normalisation method by name. */
export const normaliseMethods: { readonly [Name in NormalisationMethod]: NormaliseMethod<Extract<Normalisation, { method: Name }>> } = {
  benchmark,
  best,
  borda,
  categories,
  goalposts,
  identity,
  minmax,
  percentile,
  rank,
  share,
  steps,
  target,
  zscore,
};

/** Finds the method a normalisation spec names. */
export function normaliseMethodFor(spec: Normalisation): NormaliseMethod {
  return normaliseMethods[spec.method] as unknown as NormaliseMethod;
}
