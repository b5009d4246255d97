/**
 * Small builders for the Vietnamese frameworks, so each indicator reads as one line.
 *
 * @module
 */
import type { FrameworkNodeInput, Label, NormalisationInput } from '../../model/framework.js';

type IndicatorInput = Extract<FrameworkNodeInput, { kind: 'indicator' }>;

/** A percent indicator (0–100). */
export function percent(id: string, vi: string, en: string, normalisation: NormalisationInput, weight = 1): IndicatorInput {
  return { kind: 'indicator', id, label: { vi, en }, unit: 'percent', weight, normalisation };
}

/** A yes/no indicator (1 = yes). */
export function yesNo(id: string, vi: string, en: string, weight = 1): IndicatorInput {
  return { kind: 'indicator', id, label: { vi, en }, unit: 'yes-no', weight, normalisation: { method: 'identity' } };
}

/** A published index value on 0–1, used as it is. */
export function published(id: string, vi: string, en: string, weight = 1): IndicatorInput {
  return { kind: 'indicator', id, label: { vi, en }, unit: 'index', range: { min: 0, max: 1 }, weight, normalisation: { method: 'identity' } };
}

/**
 * An aggregate that re-weights over the indicators present, as long as at least half are (the
 * missing-data rule of chiso's default Vietnamese models).
 */
export function reweightedMean(id: string, vi: string, en: string, children: FrameworkNodeInput[]): Extract<FrameworkNodeInput, { kind: 'aggregate' }> {
  return { kind: 'aggregate', id, label: { vi, en }, missing: { policy: 'reweight', minShare: 0.5 }, children };
}

/** A label in both languages. */
export function label(vi: string, en: string): Label {
  return { vi, en };
}
