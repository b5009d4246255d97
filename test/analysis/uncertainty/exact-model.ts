/**
 * A slow but correct {@link FastModel}: every run edits a copy of the framework and dataset as the
 * overrides say and scores it with the exact engine, `score()`. It is the reference the float
 * engine is checked against, and the model the uncertainty tests run on until that engine lands.
 *
 * How each override is applied (the meaning the float engine must match):
 * - `weights`, `normalisations`, `aggregations`, `missing`: the node's field replaced;
 * - `drop`: the node removed from its parent (and the values of every indicator below it from the
 *   dataset); an aggregate left with no children makes the run fail (the framework is invalid);
 * - `exclude`: appended to `ranking.exclude`;
 * - `values`: the indicator's raw values replaced (`NaN` → missing); such an indicator's valid
 *   range is not checked (noise may push a percentage past 100), so its unit becomes `other` with
 *   no range.
 * A run that `score()` refuses (a `ChisoError`) is `ok: false` with the error's issues.
 */
import { score } from '../../../src/engine/score.js';
import type { FastOverrides } from '../../../src/engine/fast/types.js';
import type { Dataset } from '../../../src/model/dataset.js';
import { AggregationSchema, MissingPolicySchema, NormalisationSchema, type Framework, type FrameworkNode } from '../../../src/model/framework.js';
import { ChisoError, type ChisoIssue } from '../../../src/model/issues.js';
import { assertDataset, assertFramework } from '../../../src/model/validate.js';
import type { UncertainModel, UncertainRun } from '../../../src/analysis/uncertainty/model-structure.js';

function nodeIdsOf(node: FrameworkNode): string[] {
  return node.kind === 'indicator' ? [node.id] : [node.id, ...node.children.flatMap(nodeIdsOf)];
}

function indicatorIdsOf(node: FrameworkNode): string[] {
  return node.kind === 'indicator' ? [node.id] : node.children.flatMap(indicatorIdsOf);
}

/** The exact engine as a FastModel (plus the structure the uncertainty sources read). */
export function exactModel(frameworkInput: unknown, datasetInput: unknown): UncertainModel {
  const framework = assertFramework(frameworkInput);
  const dataset = assertDataset(framework, datasetInput);
  const all = new Set(nodeIdsOf(framework.root));
  const unitIds = dataset.units.map((unit) => unit.id);
  const unitPosition = new Map(unitIds.map((id, index) => [id, index]));
  const base = structuredClone(framework);
  const indicatorIds = new Set(indicatorIdsOf(framework.root));

  function rawValues(indicatorId: string): Float64Array {
    if (!indicatorIds.has(indicatorId)) throw new RangeError(`no indicator "${indicatorId}"`);
    return Float64Array.from(dataset.units, (unit) => {
      const value = unit.values[indicatorId];
      return value === null || value === undefined ? Number.NaN : Number(value);
    });
  }

  function run(overrides: FastOverrides = {}): UncertainRun {
    for (const key of [
      ...Object.keys(overrides.weights ?? {}),
      ...Object.keys(overrides.normalisations ?? {}),
      ...Object.keys(overrides.aggregations ?? {}),
      ...Object.keys(overrides.missing ?? {}),
      ...(overrides.drop ?? []),
      ...Object.keys(overrides.values ?? {}),
    ]) {
      if (!all.has(key)) throw new RangeError(`the model has no node "${key}"`);
    }
    for (const unit of overrides.exclude ?? []) if (!unitPosition.has(unit)) throw new RangeError(`the model has no unit "${unit}"`);
    const edited: Framework = structuredClone(base);
    const dropped = new Set(overrides.drop ?? []);
    const droppedIndicators = new Set<string>();
    const edit = (node: FrameworkNode): void => {
      const weight = overrides.weights?.[node.id];
      if (weight !== undefined) node.weight = weight;
      if (node.kind === 'indicator') {
        const normalisation = overrides.normalisations?.[node.id];
        if (normalisation !== undefined) node.normalisation = NormalisationSchema.parse(normalisation);
        if (overrides.values?.[node.id] !== undefined) {
          node.unit = 'other';
          node.range = {};
        }
        return;
      }
      const aggregation = overrides.aggregations?.[node.id];
      if (aggregation !== undefined) node.aggregation = AggregationSchema.parse(aggregation);
      const missing = overrides.missing?.[node.id];
      if (missing !== undefined) node.missing = MissingPolicySchema.parse(missing);
      node.children = node.children.filter((child) => {
        if (!dropped.has(child.id)) return true;
        for (const id of indicatorIdsOf(child)) droppedIndicators.add(id);
        return false;
      });
      node.children.forEach(edit);
    };
    edit(edited.root);
    edited.ranking = { ...edited.ranking, exclude: [...edited.ranking.exclude, ...(overrides.exclude ?? [])] };
    const values = overrides.values ?? {};
    const editedDataset: Dataset = {
      ...dataset,
      units: dataset.units.map((unit, unitIndex) => {
        const copy: Record<string, number | string | null | undefined> = Object.assign(Object.create(null) as Record<string, number | string | null | undefined>, unit.values);
        for (const id of droppedIndicators) delete copy[id];
        for (const [id, column] of Object.entries(values)) {
          if (droppedIndicators.has(id)) continue;
          const value = column[unitIndex];
          copy[id] = value === undefined || Number.isNaN(value) ? null : value;
        }
        return { ...unit, values: copy };
      }),
    };
    let result: ReturnType<typeof score>;
    try {
      result = score(edited, editedDataset);
    } catch (error) {
      if (!(error instanceof ChisoError)) throw error;
      return failedRun(error.issues);
    }
    const present = new Set(nodeIdsOf(edited.root));
    const column = <T>(nodeId: string, make: (length: number) => T, fill: (target: T, index: number, figure: { score?: string | null | undefined; rank: number | null }) => void): T => {
      if (!all.has(nodeId)) throw new RangeError(`the model has no node "${nodeId}"`);
      const target = make(unitIds.length);
      if (!present.has(nodeId)) return target;
      result.units.forEach((unit, index) => {
        const figure = unit.nodes[nodeId];
        if (figure !== undefined) fill(target, index, figure);
      });
      return target;
    };
    return {
      ok: true,
      problems: [],
      scores: (nodeId) => column(nodeId, (length) => new Float64Array(length), (target, index, figure) => { target[index] = figure.score === null || figure.score === undefined ? 0 : Number(figure.score); }),
      present: (nodeId) => column(nodeId, (length) => new Uint8Array(length), (target, index, figure) => { target[index] = figure.score === null || figure.score === undefined ? 0 : 1; }),
      ranks: (nodeId) => column(nodeId, (length) => new Int32Array(length), (target, index, figure) => { target[index] = figure.rank ?? 0; }),
    };
  }

  return { unitIds, nodeIds: nodeIdsOf(framework.root), root: framework.root.id, framework, rawValues, run };
}

function failedRun(problems: readonly ChisoIssue[]): UncertainRun {
  const none = (): never => {
    throw new Error('this run failed; read its problems');
  };
  return { ok: false, problems, scores: none, present: none, ranks: none };
}
