/**
 * Running a framework's construction steps on a dataset: the dataset the normalisation reads, the
 * framework to score it with, and the record of what each step did.
 *
 * @module
 */
import type { Dataset, DataUnit } from '../model/dataset.js';
import type { Framework, FrameworkNode } from '../model/framework.js';
import { quoteText } from '../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { didYouMean } from '../model/suggest.js';
import type { CellMark, Construction, PanelYear, StepRecord } from './construction.js';
import { denominateValues } from './denominate.js';
import { imputeValues, type Imputer } from './impute.js';
import { screenUnits } from './screen.js';
import { tableOf } from './table.js';
import { treatOutliers } from './treat.js';

/** What the steps may need beyond the framework and the dataset. */
export interface StepOptions {
  /** Imputation functions by the name a `function` impute step gives. */
  readonly imputers?: Readonly<Record<string, Imputer>> | undefined;
  /** Other years' datasets, for `latest` and `linear` imputation (validated as the dataset is). */
  readonly panel?: readonly PanelYear[] | undefined;
}

/** The outcome of {@link applySteps}. */
export interface BuiltData {
  /** The framework to score the built data with: without steps, and without denominators once applied. */
  readonly framework: Framework;
  /** The data after the steps: screened units removed, values imputed and treated (exact texts). */
  readonly dataset: Dataset;
  readonly construction: Construction;
  /** What the steps did to each cell, by unit id and indicator id (only cells they changed). */
  readonly marks: ReadonlyMap<string, ReadonlyMap<string, readonly CellMark[]>>;
}

function withoutDenominators(node: FrameworkNode): FrameworkNode {
  if (node.kind === 'indicator') {
    if (node.denominator === undefined) return node;
    const { denominator: _denominator, ...rest } = node;
    return rest;
  }
  return { ...node, children: node.children.map(withoutDenominators) };
}

/**
 * Applies the framework's `steps` to a validated dataset, in order, and returns the built data,
 * the framework to score it with, and what each step did. A framework without steps returns the
 * dataset as it is. With steps but no `denominate` step, denominators are applied first (COINr's
 * order: Denominate, then Impute, Screen, Treat). The dataset given is never changed.
 *
 * @example
 * const built = applySteps(framework, dataset);
 * built.construction.steps.map((step) => step.step); // e.g. ['denominate', 'impute', 'screen', 'treat']
 */
export function applySteps(framework: Framework, dataset: Dataset, options: StepOptions = {}): BuiltData {
  const steps = framework.steps ?? [];
  if (steps.length === 0) return { framework, dataset, construction: { steps: [] }, marks: new Map() };
  const table = tableOf(framework, dataset);
  const records: StepRecord[] = [];
  const hasDenominators = table.indicators.some((indicator) => indicator.denominator !== undefined);
  let denominated = false;
  if (hasDenominators && !steps.some((step) => step.step === 'denominate')) {
    records.push(denominateValues(table, true));
    denominated = true;
  }
  const marks = new Map<string, Map<string, CellMark[]>>();
  const mark = (unit: string, indicator: string, what: CellMark): void => {
    const byIndicator = marks.get(unit) ?? new Map<string, CellMark[]>();
    const list = byIndicator.get(indicator) ?? [];
    if (!list.includes(what)) list.push(what);
    byIndicator.set(indicator, list);
    marks.set(unit, byIndicator);
  };
  steps.forEach((step, stepIndex) => {
    if (step.step === 'denominate') {
      if (denominated) throw new ChisoError([issue('invalid_method', ['steps', stepIndex], 'the framework declares two denominate steps')], 'The framework is not valid');
      records.push(denominateValues(table, false));
      denominated = true;
    } else if (step.step === 'screen') {
      // a unit forced in or out that is not in the data (a typo, an old code) would force nothing
      const ids = table.units.map((unit) => unit.id);
      const present = new Set(ids);
      const forced: ChisoIssue[] = [];
      for (const list of ['include', 'exclude'] as const) {
        step[list].forEach((id, position) => {
          if (!present.has(id)) forced.push(issue('unknown_reference', ['steps', stepIndex, list, position], `the screening step's ${list} names ${quoteText(id)}, which is no unit of the dataset${didYouMean(id, ids)}`, { received: id }));
          else if (list === 'exclude' && step.include.includes(id)) forced.push(issue('invalid_method', ['steps', stepIndex, list, position], `the screening step both includes and excludes ${quoteText(id)}: keep one`, { received: id }));
        });
      }
      if (forced.length > 0) throw new ChisoError(forced, 'The data cannot be screened');
      const record = screenUnits(table, step);
      // with every unit screened out the next steps would fail on an empty table, naming nothing
      if (record.units.length > 0 && record.removed.length === record.units.length) {
        const reasons = [...new Set(record.units.map((entry) => entry.reason))].join('; ');
        throw new ChisoError([issue('missing_value', ['steps', stepIndex], `the screening step removes every unit (${record.units.length}): ${reasons}. Lower minPresentShare or minNonZeroShare, or force units in with "include"`)], 'The data cannot be screened');
      }
      records.push(record);
    } else if (step.step === 'impute') {
      if ((step.method === 'group-mean' || step.method === 'group-median') && step.group === undefined) {
        throw new ChisoError([issue('invalid_method', ['steps', stepIndex, 'group'], `${step.method} imputation needs a group key (e.g. "region")`)], 'The framework is not valid');
      }
      if (step.method === 'function' && step.function === undefined) {
        throw new ChisoError([issue('invalid_method', ['steps', stepIndex, 'function'], 'function imputation needs the name of the function (given in options.imputers)')], 'The framework is not valid');
      }
      const record = imputeValues(table, step, { imputers: options.imputers, panel: options.panel, year: dataset.year });
      for (const cell of record.cells) mark(cell.unit, cell.indicator, 'imputed');
      records.push(record);
    } else {
      const record = treatOutliers(table, step, stepIndex);
      for (const cell of record.cells) mark(cell.unit, cell.indicator, 'treated');
      records.push(record);
    }
  });
  const units: DataUnit[] = table.units.map((unit, unitIndex) => {
    const values: Record<string, string | number | null | undefined> = Object.assign(Object.create(null) as Record<string, string | number | null | undefined>, unit.values);
    for (const indicator of table.indicators) values[indicator.id] = (table.columns.get(indicator.id) as (string | null)[])[unitIndex] ?? null;
    return { ...unit, values };
  });
  const { steps: _steps, ...rest } = framework;
  const built: Framework = denominated ? { ...rest, root: withoutDenominators(rest.root) as Framework['root'] } : rest;
  return { framework: built, dataset: { ...dataset, units }, construction: { steps: records }, marks };
}
