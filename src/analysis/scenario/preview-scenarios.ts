/**
 * Scenarios screened on the fast (float64) engine: each scenario's edits become one
 * `FastModel.run`'s overrides, so a scenario recomputes only what its edits reach, and the
 * comparison has the shape `compareScenarios` gives — for looking through many scenarios quickly
 * before scoring the chosen ones exactly.
 *
 * @module
 */
import { NUMBER_LOCALES, type NumberLocale } from '../../io/number.js';
import { readFloatColumns } from '../../engine/fast/columns.js';
import { fastModelValidated } from '../../engine/fast/model.js';
import type { FastMethods } from '../../engine/fast/plan.js';
import { roundFloat } from '../../engine/fast/rank.js';
import type { FastModel, FastOverrides, FastRun } from '../../engine/fast/types.js';
import { checkOptions, oneOf, record, text } from '../../model/arguments.js';
import { quoteText } from '../../model/describe.js';
import type { Dataset } from '../../model/dataset.js';
import type { Framework, FrameworkNode, MissingPolicyInput, Rounding } from '../../model/framework.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';
import { didYouMean } from '../../model/suggest.js';
import { describeRankChange } from '../compare.js';
import { editModel, prepareBase, validateOutcome, type EditOutcome } from './apply-edits.js';
import type { Edit } from './edits.js';
import type { MovedMost, ScenarioComparison, ScenarioFigures, ScenarioSummary, ScenarioUnitRow } from './compare-scenarios.js';
import { parseScenarios, type ScenarioInput } from './score-scenarios.js';

/** Options for {@link previewScenarios}. */
export interface PreviewScenariosOptions {
  /** The aggregate to compare (default: the top index). */
  readonly node?: string;
  /** How numbers written as text in the dataset are read (`vi-VN` or `en`), as for `score`. */
  readonly locale?: NumberLocale | undefined;
  /** Normalisation and aggregation methods of your own, as for `fastModel` (each needs a `prepareFloat`). */
  readonly methods?: FastMethods | undefined;
}

/** Edits a model run takes as overrides without the edited model being validated again. */
const UNCHECKED_KINDS: ReadonlySet<Edit['kind']> = new Set(['set-weight', 'drop', 'exclude-unit']);

/** An aggregate whose children all weigh 0 (validation names it at the edit that made it so). */
function hasWeightlessAggregate(node: FrameworkNode): boolean {
  if (node.kind === 'indicator') return false;
  return node.children.every((child) => child.weight === 0) || node.children.some(hasWeightlessAggregate);
}

/** The indicator (or variable) columns value edits touch, in the order met. */
function touchedColumns(edits: readonly Edit[]): string[] {
  const columns = new Set<string>();
  for (const edit of edits) {
    if (edit.kind === 'set-value' || edit.kind === 'scale-values') columns.add(edit.indicator);
    if (edit.kind === 'set-unit-values') for (const key of Object.keys(edit.values)) columns.add(key);
  }
  return [...columns];
}

/** A column of the edited dataset as doubles in unit order, NaN where missing. */
function columnOf(dataset: Dataset, id: string): Float64Array {
  const [column] = readFloatColumns(dataset, [id]);
  if (column === undefined) throw new Error('chiso: previewScenarios read no column; please report this');
  return Float64Array.from(column.values, (value, unit) => (column.present[unit] === 1 ? value : Number.NaN));
}

/** The overrides that make a scenario's model from the base one (the edits in order: the last of a kind wins). */
function overridesOf(edits: readonly Edit[], checked: Dataset | null): FastOverrides {
  const weights: Record<string, number> = {};
  const normalisations: Record<string, Extract<Edit, { kind: 'set-normalisation' }>['normalisation']> = {};
  const aggregations: Record<string, Extract<Edit, { kind: 'set-aggregation' }>['aggregation']> = {};
  const missing: Record<string, MissingPolicyInput> = {};
  const drop: string[] = [];
  const exclude: string[] = [];
  for (const edit of edits) {
    if (edit.kind === 'set-weight') weights[edit.node] = edit.weight;
    else if (edit.kind === 'set-normalisation') normalisations[edit.indicator] = edit.normalisation;
    else if (edit.kind === 'set-aggregation') aggregations[edit.node] = edit.aggregation;
    else if (edit.kind === 'set-missing') missing[edit.node] = edit.missing;
    else if (edit.kind === 'drop') drop.push(edit.node);
    else if (edit.kind === 'exclude-unit') exclude.push(edit.unit);
  }
  const values: Record<string, Float64Array> = {};
  if (checked !== null) for (const id of touchedColumns(edits)) values[id] = columnOf(checked, id);
  return { weights, normalisations, aggregations, missing, drop, exclude, values };
}

/** One scenario's run: the fast run at the node, or why there is none. */
type ScenarioOutcome = { readonly kind: 'run'; readonly run: FastRun; readonly model: FastModel; readonly excluded: ReadonlySet<string> } | { readonly kind: 'failed'; readonly problems: readonly ChisoIssue[] } | { readonly kind: 'not-compared'; readonly run: FastRun; readonly model: FastModel; readonly excluded: ReadonlySet<string> };

/** A unit's figures at the node in a run (score on the framework's scale, published in float64, rank). */
interface FloatFigures {
  readonly score: number | null;
  readonly published: string | null;
  readonly rank: number | null;
}

function figuresOf(run: FastRun, node: string, rounding: Rounding): FloatFigures[] {
  const present = run.present(node);
  const scores = run.scores(node);
  const ranks = run.ranks(node);
  return Array.from(present, (flag, unit) => {
    if (flag !== 1) return { score: null, published: null, rank: null };
    const score = scores[unit] as number;
    const rank = ranks[unit] as number;
    return { score, published: roundFloat(score, rounding).toFixed(rounding.decimals), rank: rank === 0 ? null : rank };
  });
}

function movedMost(shifts: readonly (number | null)[], unitIds: readonly string[], direction: 1 | -1): MovedMost | null {
  let places = 0;
  let units: string[] = [];
  shifts.forEach((shift, index) => {
    if (shift === null) return;
    const moved = shift * direction;
    if (moved <= 0 || moved < places) return;
    if (moved > places) {
      places = moved;
      units = [];
    }
    units.push(unitIds[index] as string);
  });
  return places === 0 ? null : { places, units };
}

/**
 * Compares scenarios with the base model at one aggregate, as {@link compareScenarios} does, but on
 * the fast (float64) engine: for screening many scenarios quickly, then scoring the few that matter
 * with `scoreScenarios` — the path for figures to publish.
 *
 * The base model is validated and compiled once (`fastModel`). Each scenario's edits become one
 * run's overrides — `set-weight` → `weights`, `set-normalisation` → `normalisations`,
 * `set-aggregation` → `aggregations`, `set-missing` → `missing`, `drop` → `drop`, `exclude-unit` →
 * `exclude`, `set-value` / `scale-values` / `set-unit-values` → `values` — so the run recomputes only
 * what they reach: a weight edit its parent and the parent's ancestors, never a normalisation. A
 * scenario that only sets weights, drops nodes or excludes units is not validated again (its
 * mistakes — unknown ids, the top index dropped — are found as `scoreScenarios` finds them); the
 * others are (a value out of range, a gap under a new `fail` policy: a failed scenario, with the
 * problem at its edit's path). A scenario with an `add` edit, or one that changes a denominator
 * variable's values, cannot be an override: its edited model is compiled for the fast engine.
 *
 * The comparison has `compareScenarios`' shape, with `engine: 'fast'`: scores are doubles written
 * in shortest form (within about 1e-12 relative of `score()`'s), published values are rounded in
 * float64, and ranks on published values (DTI's) are approximate where a score lies within about
 * 1e-9 of a rounding boundary; a scenario the engine cannot compute is `failed` with the engine's
 * problems (their paths name the unit and node, not the edit).
 *
 * @example
 * const preview = previewScenarios(vnDti2022, data2023, [{ name: 'economy x2', edits: [setWeight('economy', 300)] }]);
 * preview.scenarios[0]?.status; // => 'ok'
 * preview.engine; // => 'fast'
 */
export function previewScenarios(frameworkInput: unknown, datasetInput: unknown, scenariosInput: readonly ScenarioInput[], options: PreviewScenariosOptions = {}): ScenarioComparison {
  checkOptions('previewScenarios', options, { node: text, locale: oneOf(NUMBER_LOCALES), methods: record });
  const scenarios = parseScenarios(scenariosInput);
  const base = prepareBase(frameworkInput, datasetInput, scenarios.flatMap((scenario) => scenario.edits), options.locale);
  const methods = options.methods ?? {};
  const model = fastModelValidated(base.framework, base.baseDataset, methods);
  const node = options.node ?? model.root;
  const position = model.plan.positionOf.get(node);
  if (position === undefined || model.plan.isAggregate[position] !== 1) {
    const aggregates = model.nodeIds.filter((_id, index) => model.plan.isAggregate[index] === 1);
    throw new ChisoError([issue('unknown_reference', ['node'], position === undefined ? `node ${quoteText(node)} is not in the framework${didYouMean(node, aggregates)}` : `${quoteText(node)} is an indicator; previewScenarios compares an aggregate (an index, sub-index or pillar)`, { received: node })]);
  }
  const outcomes = scenarios.map((scenario, index) => editModel(base.framework, base.dataset, scenario.edits, ['scenarios', index, 'edits']));
  const mistakes = outcomes.flatMap((outcome) => outcome.mistakes);
  if (mistakes.length > 0) throw new ChisoError(mistakes, 'The scenarios cannot be applied');
  const baseExcluded = new Set(base.framework.ranking.exclude);

  const runScenario = (edits: readonly Edit[], outcome: EditOutcome): ScenarioOutcome => {
    // paths relative to the scenario: edits[0].node
    const local = (problems: readonly ChisoIssue[]): ChisoIssue[] => problems.map((entry) => (entry.path[0] === 'scenarios' ? { ...entry, path: entry.path.slice(2) } : entry));
    if (outcome.impossible.length > 0) return { kind: 'failed', problems: local(outcome.impossible) };
    const unchecked = edits.every((edit) => UNCHECKED_KINDS.has(edit.kind)) && !hasWeightlessAggregate(outcome.framework.root);
    let dataset: Dataset | null = null;
    let framework: Framework | null = null;
    if (!unchecked) {
      const checked = validateOutcome(outcome);
      if (checked.model === undefined) return { kind: 'failed', problems: local(checked.issues) };
      dataset = checked.model.dataset;
      framework = checked.model.framework;
    }
    const excluded = new Set(outcome.framework.ranking.exclude);
    const compiled = edits.some((edit) => edit.kind === 'add') || touchedColumns(edits).some((id) => model.plan.positionOf.get(id) === undefined);
    if (compiled && framework !== null && dataset !== null) {
      const edited = fastModelValidated(framework, dataset, methods);
      const run = edited.base;
      if (!edited.nodeIds.includes(node)) return { kind: 'not-compared', run, model: edited, excluded };
      return run.ok ? { kind: 'run', run, model: edited, excluded } : { kind: 'failed', problems: run.problems };
    }
    const run = model.run(overridesOf(edits, dataset));
    if (!run.ok) return { kind: 'failed', problems: run.problems };
    // the node compared, or an ancestor of it, dropped
    const dropped = new Set(edits.flatMap((edit) => (edit.kind === 'drop' ? [edit.node] : [])));
    for (let at = position; at > 0; at = model.plan.parent[at] as number) if (dropped.has(model.nodeIds[at] as string)) return { kind: 'not-compared', run, model, excluded };
    return { kind: 'run', run, model, excluded };
  };

  const rounding = base.framework.rounding;
  const baseFigures = figuresOf(model.base, node, rounding);
  const unitIds = model.unitIds;
  const datasetUnits = base.baseDataset.units;
  const columns: (readonly (ScenarioFigures | null)[] | null)[] = [];
  const summaries = scenarios.map((scenario, index): ScenarioSummary => {
    const empty = { comparedUnits: 0, meanAbsoluteRankShift: null, maxAbsoluteRankShift: null, changedUnits: 0, movedUpMost: null, movedDownMost: null };
    const outcome = runScenario(scenario.edits, outcomes[index] as EditOutcome);
    if (outcome.kind === 'failed') {
      columns.push(null);
      return { name: scenario.name, status: 'failed', problems: outcome.problems, ...empty, unranked: [] };
    }
    const rootPresent = outcome.run.present(outcome.model.root);
    const unranked = datasetUnits.flatMap((unit, unitIndex) => {
      if (!unit.ranked) return [{ unit: unit.id, reason: 'marked "ranked": false in the dataset' }];
      if (outcome.excluded.has(unit.id) || baseExcluded.has(unit.id)) return [{ unit: unit.id, reason: 'listed in the framework\'s ranking.exclude' }];
      if (rootPresent[unitIndex] !== 1) return [{ unit: unit.id, reason: `too little data to score ${quoteText(outcome.model.root)} (see missing)` }];
      return [];
    });
    if (outcome.kind === 'not-compared') {
      columns.push(null);
      const problem = issue('unknown_reference', ['node'], `node ${quoteText(node)} is not in scenario ${quoteText(scenario.name)}: an edit dropped it`, { received: node });
      return { name: scenario.name, status: 'not-compared', problems: [problem], ...empty, unranked };
    }
    const figures = figuresOf(outcome.run, node, rounding);
    const shifts = figures.map((now, unit) => {
      const then = baseFigures[unit] as FloatFigures;
      return then.rank === null || now.rank === null ? null : then.rank - now.rank;
    });
    columns.push(
      figures.map((now, unit): ScenarioFigures => {
        const then = baseFigures[unit] as FloatFigures;
        return {
          score: now.score === null ? null : String(now.score),
          published: now.published,
          rank: now.rank,
          rankShift: shifts[unit] ?? null,
          scoreChange: now.score === null || then.score === null ? null : String(now.score - then.score),
          description: describeRankChange(then.rank, now.rank),
        };
      }),
    );
    const absolute = shifts.flatMap((shift) => (shift === null ? [] : [Math.abs(shift)]));
    const total = absolute.reduce((sum, shift) => sum + shift, 0);
    return {
      name: scenario.name,
      status: 'ok',
      problems: [],
      comparedUnits: absolute.length,
      meanAbsoluteRankShift: absolute.length === 0 ? null : total / absolute.length,
      maxAbsoluteRankShift: absolute.length === 0 ? null : Math.max(...absolute),
      changedUnits: absolute.filter((shift) => shift !== 0).length,
      movedUpMost: movedMost(shifts, unitIds, 1),
      movedDownMost: movedMost(shifts, unitIds, -1),
      unranked,
    };
  });
  const units = datasetUnits.map((unit, unitIndex): ScenarioUnitRow => {
    const figures = baseFigures[unitIndex] as FloatFigures;
    return {
      unit: unit.id,
      ...(unit.name === undefined ? {} : { name: unit.name }),
      baseScore: figures.score === null ? null : String(figures.score),
      basePublished: figures.published,
      baseRank: figures.rank,
      scenarios: columns.map((column) => (column === null ? null : (column[unitIndex] ?? null))),
    };
  });
  return { node, names: scenarios.map((scenario) => scenario.name), units, scenarios: summaries, engine: 'fast' };
}
