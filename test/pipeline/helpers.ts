/** Tiny frameworks and datasets for the construction steps' hand calculations. */
import type { DatasetInput, FrameworkInput, NormalisationInput, PipelineStepInput } from '../../src/index.js';

/** A framework of indicators `ids` under one mean (missing children reweighted), with these steps. */
export function tinyFramework(ids: readonly string[], steps: readonly PipelineStepInput[], extra: Partial<FrameworkInput> = {}, normalisation: NormalisationInput = { method: 'minmax' }): FrameworkInput {
  return {
    id: 'tiny',
    name: 'Tiny',
    scale: 100,
    steps: [...steps],
    ...extra,
    root: { kind: 'aggregate', id: 'index', missing: { policy: 'reweight' }, children: ids.map((id) => ({ kind: 'indicator' as const, id, unit: 'other' as const, normalisation })) },
  };
}

/** Units from rows of values (`null` = missing). */
export function tinyDataset(rows: Record<string, Record<string, number | string | null>>, groups: Record<string, Record<string, string>> = {}, year?: number): DatasetInput {
  return { ...(year === undefined ? {} : { year }), units: Object.entries(rows).map(([id, values]) => ({ id, groups: groups[id] ?? {}, values })) };
}
