/** Small helpers shared by the tests. */
import type { Exact } from '../src/index.js';
import { ExactDecimal } from '../src/engine/decimal.js';
import { normaliseMethods } from '../src/index.js';
import type { Direction, Normalisation, NormalisationInput } from '../src/index.js';
import { NormalisationSchema } from '../src/index.js';

/** Prepares a normalisation method from a spec as a framework would write it. */
export function normaliser(spec: NormalisationInput, direction: Direction = 'higher', reference: readonly (number | string)[] = []): (value: number | string) => string {
  const parsed: Normalisation = NormalisationSchema.parse(spec);
  const method = normaliseMethods[parsed.method] as unknown as {
    prepare(params: Normalisation, context: { direction: Direction; reference: readonly Exact[] }): (value: Exact) => Exact;
  };
  const prepared = method.prepare(parsed, { direction, reference: reference.map((value) => new ExactDecimal(value)) });
  return (value) => prepared(new ExactDecimal(value)).toString();
}

/** Decimal strings from numbers or strings, for exact comparisons. */
export const exact = (value: number | string): Exact => new ExactDecimal(value);
