/**
 * Applying edits to a base model: new framework and dataset objects, validated; the inputs are
 * never changed.
 *
 * Problems fall in two kinds. A *mistake* is an edit that does not fit the model as written — an
 * unknown node or unit, an indicator where an aggregate is needed, the top index dropped: the edit
 * cannot mean anything. An *impossible model* is one the edits do describe but that cannot be
 * scored — the last child of an aggregate dropped, a value out of range, a gap under a `fail`
 * policy. {@link applyEdits} throws both; `scoreScenarios` throws mistakes before anything is
 * scored and reports an impossible model as a failed run, as `removalAnalysis` needs.
 *
 * @module
 */
import type { NumberLocale } from '../../io/number.js';
import { NUMBER_LOCALES } from '../../io/number.js';
import type { Dataset, DataValue } from '../../model/dataset.js';
import type { AggregateNode, Framework, FrameworkNode, IndicatorNode } from '../../model/framework.js';
import { ChisoError, issue, type ChisoIssue } from '../../model/issues.js';
import { checkOptions, oneOf } from '../../model/arguments.js';
import { quoteText } from '../../model/describe.js';
import { emptyRecord } from '../../model/records.js';
import { didYouMean } from '../../model/suggest.js';
import { assertDataset, assertFramework, validateDataset, validateFramework } from '../../model/validate.js';
import { safeParseEdits, type Edit, type EditInput } from './edits.js';

/** A framework and a dataset that edits made, both validated. */
export interface EditedModel {
  /** The edited framework, validated (defaults filled in). */
  readonly framework: Framework;
  /** The edited dataset, validated against the edited framework. */
  readonly dataset: Dataset;
}

/** Options for {@link applyEdits}. */
export interface ApplyEditsOptions {
  /** How numbers written as text in the dataset are read (`vi-VN` or `en`), as for `score`. */
  readonly locale?: NumberLocale | undefined;
}

type Path = readonly (string | number)[];

/** Where an edit touched a node: which edit, the field it set, and the path of that field in the edit. */
interface Touch {
  readonly edit: number;
  /** The node's field this edit set (`weight`, `normalisation`, …); `null`: anything below (an added node). */
  readonly field: string | null;
  readonly path: Path;
}

/** What applying edits gave before the result is validated. @internal */
export interface EditOutcome {
  readonly framework: Framework;
  readonly dataset: Dataset;
  /** Edits that do not fit the model (unknown ids, wrong kinds of node, the top index dropped). */
  readonly mistakes: readonly ChisoIssue[];
  /** Edits that make a model that cannot be scored (the last child dropped). */
  readonly impossible: readonly ChisoIssue[];
  /** Maps a path in the edited framework or dataset to the edit that made it, for validation issues. */
  readonly attribute: (issue: ChisoIssue, scope: 'framework' | 'dataset') => ChisoIssue;
}

/**
 * A deep copy of plain data (a validated framework, a method spec): arrays and objects copied, every
 * own key kept as a key (a "__proto__" key too). The core has no `structuredClone` in every runtime
 * it supports; frameworks are at most `MAX_NESTING_DEPTH` levels deep, so the recursion is bounded.
 */
function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((entry: unknown) => copyData(entry)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, { value: copyData((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return copy as T;
}

function copyFramework(framework: Framework): Framework {
  return copyData(framework);
}

/** A copy of a dataset whose units and value records may be changed (keys such as "__proto__" kept). */
function copyDataset(dataset: Dataset): Dataset {
  return {
    ...dataset,
    units: dataset.units.map((unit) => ({ ...unit, groups: Object.assign(emptyRecord<string>(), unit.groups), values: Object.assign(emptyRecord<DataValue>(), unit.values) })),
  };
}

interface Located {
  readonly node: FrameworkNode;
  readonly parent: AggregateNode | null;
  /** The path of the node in the framework: ['root', 'children', 2, …]. */
  readonly path: Path;
}

function locateAll(framework: Framework): Map<string, Located> {
  const found = new Map<string, Located>();
  const pending: Located[] = [{ node: framework.root, parent: null, path: ['root'] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    found.set(next.node.id, next);
    const { node, path } = next;
    if (node.kind === 'aggregate') node.children.forEach((child, index) => pending.push({ node: child, parent: node, path: [...path, 'children', index] }));
  }
  return found;
}

function indicatorsBelow(node: FrameworkNode): IndicatorNode[] {
  if (node.kind === 'indicator') return [node];
  return node.children.flatMap(indicatorsBelow);
}

function nodesBelow(node: FrameworkNode, path: Path = []): { node: FrameworkNode; path: Path }[] {
  const here = [{ node, path }];
  if (node.kind === 'indicator') return here;
  return [...here, ...node.children.flatMap((child, index) => nodesBelow(child, [...path, 'children', index]))];
}

/** The parts of a decimal text: mantissa × 10^exponent. The text passed the schema's decimal check. */
function decimalParts(text: string): { mantissa: bigint; exponent: number } {
  const [body = '', power = '0'] = text.toLowerCase().split('e');
  const negative = body.startsWith('-');
  const unsigned = body.replace(/^[+-]/, '');
  const [whole = '', fraction = ''] = unsigned.split('.');
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '') || '0';
  const mantissa = BigInt(digits) * (negative ? -1n : 1n);
  return { mantissa, exponent: Number(power) - fraction.length };
}

/**
 * The exact product of two decimals as plain decimal text (or with an exponent when it is very large
 * or small): no digit is lost, so a product with more digits than chiso computes with is refused by
 * validation, never rounded without a word.
 */
export function multiplyDecimalTexts(left: string, right: string): string {
  const a = decimalParts(left);
  const b = decimalParts(right);
  let mantissa = a.mantissa * b.mantissa;
  let exponent = a.exponent + b.exponent;
  if (mantissa === 0n) return '0';
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent += 1;
  }
  const negative = mantissa < 0n;
  const digits = (negative ? -mantissa : mantissa).toString();
  const sign = negative ? '-' : '';
  if (exponent >= 0) return exponent <= 40 ? `${sign}${digits}${'0'.repeat(exponent)}` : `${sign}${digits}e${exponent}`;
  if (-exponent > digits.length + 40) return `${sign}${digits}e${exponent}`;
  const padded = digits.padStart(-exponent + 1, '0');
  return `${sign}${padded.slice(0, padded.length + exponent)}.${padded.slice(padded.length + exponent)}`;
}

function numberText(value: number | string): string {
  return typeof value === 'number' ? String(value) : value;
}

/**
 * Applies parsed edits one after another to copies of a validated framework and dataset. Does not
 * validate the result (see {@link validateOutcome}). @internal
 */
export function editModel(baseFramework: Framework, baseDataset: Dataset, edits: readonly Edit[], prefix: Path = ['edits']): EditOutcome {
  const framework = copyFramework(baseFramework);
  const dataset = copyDataset(baseDataset);
  const mistakes: ChisoIssue[] = [];
  const impossible: ChisoIssue[] = [];
  const nodeTouches = new Map<string, Touch[]>();
  const cellTouches = new Map<string, Path>();
  const columnTouches = new Map<string, Path>();
  const touch = (id: string, entry: Touch): void => {
    const list = nodeTouches.get(id) ?? [];
    list.push(entry);
    nodeTouches.set(id, list);
  };
  const unitIndex = new Map(dataset.units.map((unit, index) => [unit.id, index]));
  const cellKey = (unit: string, key: string): string => `${unit}\u0000${key}`;

  edits.forEach((edit, index) => {
    const at = (...path: (string | number)[]): (string | number)[] => [...prefix, index, ...path];
    const located = locateAll(framework);
    const variableIds = framework.variables.map((variable) => variable.id);
    const findNode = (id: string, field: string, want?: 'indicator' | 'aggregate', allowVariable = false): Located | 'variable' | null => {
      const found = located.get(id);
      if (found === undefined) {
        if (allowVariable && variableIds.includes(id)) return 'variable';
        const known = want === 'indicator' ? [...located.values()].filter((entry) => entry.node.kind === 'indicator').map((entry) => entry.node.id) : want === 'aggregate' ? [...located.values()].filter((entry) => entry.node.kind === 'aggregate').map((entry) => entry.node.id) : [...located.keys()];
        const what = want ?? 'node';
        mistakes.push(issue('unknown_reference', at(field), `there is no ${what} ${quoteText(id)} in framework ${quoteText(framework.id)}${didYouMean(id, allowVariable ? [...known, ...variableIds] : known)}`, { expected: `the id of ${want === 'aggregate' ? 'an aggregate' : `an ${what}`}${allowVariable ? ' or a variable' : ''}`, received: id }));
        return null;
      }
      if (want !== undefined && found.node.kind !== want) {
        mistakes.push(issue('unknown_reference', at(field), `${quoteText(id)} is ${found.node.kind === 'aggregate' ? 'an aggregate' : 'an indicator'}; a ${edit.kind} edit needs ${want === 'aggregate' ? 'an aggregate' : 'an indicator'}`, { expected: want === 'aggregate' ? 'an aggregate' : 'an indicator', received: id }));
        return null;
      }
      return found;
    };
    const findUnit = (id: string, path: (string | number)[]): number | null => {
      const position = unitIndex.get(id);
      if (position !== undefined) return position;
      mistakes.push(issue('unknown_unit', path, `there is no unit ${quoteText(id)} in the dataset${didYouMean(id, unitIndex.keys())}`, { expected: 'the id of a unit of the dataset', received: id }));
      return null;
    };
    const columnKnown = (id: string, path: (string | number)[]): boolean => {
      const found = located.get(id);
      if ((found !== undefined && found.node.kind === 'indicator') || variableIds.includes(id)) return true;
      const indicators = [...located.values()].filter((entry) => entry.node.kind === 'indicator').map((entry) => entry.node.id);
      const message = found !== undefined ? `${quoteText(id)} is an aggregate: its score comes from its children, it has no values of its own` : `there is no indicator or variable ${quoteText(id)} in framework ${quoteText(framework.id)}${didYouMean(id, [...indicators, ...variableIds])}`;
      mistakes.push(issue('unknown_reference', path, message, { expected: 'the id of an indicator or a variable', received: id }));
      return false;
    };
    const setCell = (position: number, key: string, value: DataValue, path: Path): void => {
      const unit = dataset.units[position];
      if (unit === undefined) return;
      if (value === null || value === undefined) delete unit.values[key];
      else unit.values[key] = value;
      cellTouches.set(cellKey(unit.id, key), path);
    };

    switch (edit.kind) {
      case 'set-weight': {
        const found = findNode(edit.node, 'node');
        if (found === null || found === 'variable') return;
        if (found.parent === null) {
          mistakes.push(issue('invalid_weight', at('node'), `${quoteText(edit.node)} is the top index: it has no parent to be weighed in`, { expected: 'a node below the top index', received: edit.node }));
          return;
        }
        found.node.weight = edit.weight;
        touch(edit.node, { edit: index, field: 'weight', path: at('weight') });
        touch(found.parent.id, { edit: index, field: 'children', path: at('weight') });
        return;
      }
      case 'set-normalisation': {
        const found = findNode(edit.indicator, 'indicator', 'indicator');
        if (found === null || found === 'variable' || found.node.kind !== 'indicator') return;
        found.node.normalisation = copyData(edit.normalisation);
        touch(edit.indicator, { edit: index, field: 'normalisation', path: at('normalisation') });
        return;
      }
      case 'set-aggregation': {
        const found = findNode(edit.node, 'node', 'aggregate');
        if (found === null || found === 'variable' || found.node.kind !== 'aggregate') return;
        found.node.aggregation = copyData(edit.aggregation);
        touch(edit.node, { edit: index, field: 'aggregation', path: at('aggregation') });
        return;
      }
      case 'set-missing': {
        const found = findNode(edit.node, 'node', 'aggregate');
        if (found === null || found === 'variable' || found.node.kind !== 'aggregate') return;
        found.node.missing = { ...edit.missing };
        touch(edit.node, { edit: index, field: 'missing', path: at('missing') });
        return;
      }
      case 'drop': {
        const found = findNode(edit.node, 'node');
        if (found === null || found === 'variable') return;
        const parent = found.parent;
        if (parent === null) {
          mistakes.push(issue('invalid_shape', at('node'), `${quoteText(edit.node)} is the top index and cannot be dropped`, { expected: 'a node below the top index', received: edit.node }));
          return;
        }
        if (parent.children.length === 1) {
          impossible.push(issue('invalid_shape', at('node'), `${quoteText(edit.node)} is the only child of ${quoteText(parent.id)}: dropping it would leave ${quoteText(parent.id)} empty${parent === framework.root ? '' : ` (drop ${quoteText(parent.id)} instead)`}`, { expected: 'a node with siblings', received: edit.node }));
          return;
        }
        parent.children = parent.children.filter((child) => child !== found.node);
        touch(parent.id, { edit: index, field: 'children', path: at('node') });
        // The dropped indicators' columns leave the dataset, except a value a remaining indicator
        // divides by: it stays, as a variable (values used but not scored).
        const dropped = indicatorsBelow(found.node);
        const remaining = indicatorsBelow(framework.root);
        const divisors = new Set(remaining.flatMap((indicator) => (indicator.denominator === undefined ? [] : [indicator.denominator.variable])));
        for (const indicator of dropped) {
          if (divisors.has(indicator.id)) {
            framework.variables = [...framework.variables, { id: indicator.id, ...(indicator.label === undefined ? {} : { label: indicator.label }), unit: indicator.unit, ...(indicator.range === undefined ? {} : { range: indicator.range }) }];
            continue;
          }
          for (const unit of dataset.units) delete unit.values[indicator.id];
        }
        // Construction steps stop naming the dropped indicators (an override of a dropped indicator
        // is moot); a step limited to dropped indicators only is kept, limited to none.
        if (framework.steps !== undefined) {
          const gone = new Set(dropped.map((indicator) => indicator.id));
          framework.steps = framework.steps.map((step) => {
            if (step.step !== 'impute' && step.step !== 'treat') return step;
            const indicators = step.indicators?.filter((id) => !gone.has(id));
            const limited = indicators === undefined ? {} : { indicators };
            return step.step === 'treat' ? { ...step, ...limited, overrides: step.overrides.filter((entry) => !gone.has(entry.indicator)) } : { ...step, ...limited };
          });
        }
        return;
      }
      case 'add': {
        const found = findNode(edit.parent, 'parent', 'aggregate');
        if (found === null || found === 'variable' || found.node.kind !== 'aggregate') return;
        const added = copyData(edit.node);
        let clash = false;
        for (const entry of nodesBelow(added)) {
          if (located.has(entry.node.id) || variableIds.includes(entry.node.id)) {
            clash = true;
            mistakes.push(issue('duplicate_id', at('node', ...entry.path, 'id'), `framework ${quoteText(framework.id)} already has ${variableIds.includes(entry.node.id) ? 'a variable' : 'a node'} ${quoteText(entry.node.id)}: an added node needs an id of its own`, { received: entry.node.id }));
          }
        }
        const addedIndicators = new Set(indicatorsBelow(added).map((indicator) => indicator.id));
        const values = edit.values ?? {};
        for (const unitId of Object.keys(values)) {
          const position = findUnit(unitId, at('values', unitId));
          const row = values[unitId] ?? {};
          for (const key of Object.keys(row)) {
            if (!addedIndicators.has(key)) {
              mistakes.push(issue('unknown_reference', at('values', unitId, key), `${quoteText(key)} is not an indicator of the added node ${quoteText(added.id)}${didYouMean(key, addedIndicators)}`, { expected: `one of ${[...addedIndicators].map(quoteText).join(', ')}`, received: key }));
            } else if (position !== null && !clash) setCell(position, key, row[key], at('values', unitId, key));
          }
        }
        if (clash) return;
        found.node.children = [...found.node.children, added];
        touch(found.node.id, { edit: index, field: 'children', path: at('node') });
        for (const entry of nodesBelow(added)) touch(entry.node.id, { edit: index, field: null, path: at('node', ...entry.path) });
        for (const id of addedIndicators) columnTouches.set(id, at('node'));
        return;
      }
      case 'exclude-unit': {
        if (findUnit(edit.unit, at('unit')) === null) return;
        if (!framework.ranking.exclude.includes(edit.unit)) framework.ranking = { ...framework.ranking, exclude: [...framework.ranking.exclude, edit.unit] };
        return;
      }
      case 'set-value': {
        const position = findUnit(edit.unit, at('unit'));
        if (!columnKnown(edit.indicator, at('indicator')) || position === null) return;
        setCell(position, edit.indicator, edit.value, at('value'));
        return;
      }
      case 'scale-values': {
        if (!columnKnown(edit.indicator, at('indicator'))) return;
        const factor = numberText(edit.factor);
        for (const unit of dataset.units) {
          const value = Object.hasOwn(unit.values, edit.indicator) ? unit.values[edit.indicator] : undefined;
          if (value === null || value === undefined) continue;
          unit.values[edit.indicator] = multiplyDecimalTexts(numberText(value), factor);
        }
        columnTouches.set(edit.indicator, at('factor'));
        return;
      }
      case 'set-unit-values': {
        const position = findUnit(edit.unit, at('unit'));
        for (const key of Object.keys(edit.values)) {
          if (columnKnown(key, at('values', key)) && position !== null) setCell(position, key, edit.values[key], at('values', key));
        }
        return;
      }
    }
  });

  const attribute = (problem: ChisoIssue, scope: 'framework' | 'dataset'): ChisoIssue => {
    const path = problem.path;
    if (scope === 'framework' && path[0] === 'root') {
      // the deepest node on the path, and what follows it
      let node: FrameworkNode = framework.root;
      let rest = path.slice(1);
      while (rest[0] === 'children' && typeof rest[1] === 'number' && node.kind === 'aggregate' && node.children[rest[1]] !== undefined) {
        node = node.children[rest[1]] as FrameworkNode;
        rest = rest.slice(2);
      }
      const touches = nodeTouches.get(node.id) ?? [];
      const matching = [...touches].reverse().find((entry) => entry.field === null || entry.field === rest[0]);
      if (matching !== undefined) return { ...problem, path: matching.field === null ? [...matching.path, ...rest] : [...matching.path, ...rest.slice(1)] };
      const last = touches.at(-1);
      if (last !== undefined) return { ...problem, path: last.path };
    }
    if (scope === 'dataset' && path[0] === 'units' && typeof path[1] === 'number' && path[2] === 'values' && typeof path[3] === 'string') {
      const unit = dataset.units[path[1]];
      const key = path[3];
      const cell = unit === undefined ? undefined : cellTouches.get(cellKey(unit.id, key));
      if (cell !== undefined) return { ...problem, path: cell };
      const column = columnTouches.get(key);
      if (column !== undefined) return { ...problem, path: column };
      // a gap a new `fail` policy refuses: the edit that set the policy
      const parent = locateAll(framework).get(key)?.parent;
      const policy = parent === null || parent === undefined ? undefined : [...(nodeTouches.get(parent.id) ?? [])].reverse().find((entry) => entry.field === 'missing');
      if (policy !== undefined) return { ...problem, path: policy.path };
    }
    return { ...problem, path: [scope, ...path] };
  };

  return { framework, dataset, mistakes, impossible, attribute };
}

/**
 * Validates what {@link editModel} made: the model, or every problem with the path of the edit that
 * caused it (a path under `framework` or `dataset` when no edit did). @internal
 */
export function validateOutcome(outcome: EditOutcome): { model: EditedModel; issues: readonly [] } | { model?: undefined; issues: ChisoIssue[] } {
  const framework = validateFramework(outcome.framework);
  if (!framework.success) return { issues: framework.issues.map((entry) => outcome.attribute(entry, 'framework')) };
  const dataset = validateDataset(framework.value, outcome.dataset);
  if (!dataset.success) return { issues: dataset.issues.map((entry) => outcome.attribute(entry, 'dataset')) };
  return { model: { framework: framework.value, dataset: dataset.value }, issues: [] };
}

/** Indicator ids the edits add that the framework does not have: columns the base dataset may hold for them. */
function addedColumns(framework: Framework, edits: readonly Edit[]): IndicatorNode[] {
  const known = new Set([...locateAll(framework).keys(), ...framework.variables.map((variable) => variable.id)]);
  const found = new Map<string, IndicatorNode>();
  for (const edit of edits) {
    if (edit.kind !== 'add') continue;
    for (const indicator of indicatorsBelow(edit.node)) if (!known.has(indicator.id) && !found.has(indicator.id)) found.set(indicator.id, indicator);
  }
  return [...found.values()];
}

/**
 * The base model, validated: the framework, the dataset validated against it — with the columns
 * that only edits' added indicators use read as variables (`dataset`) and without them
 * (`baseDataset`, what the base framework scores). @internal
 */
export function prepareBase(frameworkInput: unknown, datasetInput: unknown, edits: readonly Edit[], locale: NumberLocale | undefined): { framework: Framework; dataset: Dataset; baseDataset: Dataset } {
  const framework = assertFramework(frameworkInput);
  const extra = addedColumns(framework, edits);
  if (extra.length === 0) {
    const dataset = assertDataset(framework, datasetInput, { locale });
    return { framework, dataset, baseDataset: dataset };
  }
  const reading = assertFramework({
    ...framework,
    variables: [...framework.variables, ...extra.map((indicator) => ({ id: indicator.id, unit: indicator.unit, ...(indicator.range === undefined ? {} : { range: indicator.range }) }))],
  });
  const dataset = assertDataset(reading, datasetInput, { locale });
  const extraIds = extra.map((indicator) => indicator.id);
  const stripped = copyDataset(dataset);
  for (const unit of stripped.units) for (const id of extraIds) delete unit.values[id];
  return { framework, dataset, baseDataset: assertDataset(framework, stripped) };
}

/**
 * Applies edits to a framework and a dataset and returns a NEW framework and dataset, both
 * validated; the inputs are never changed. The edits are applied in order (an edit may name a node
 * an earlier one added). Throws one {@link ChisoError} listing every problem, each with the path of
 * the edit (`edits[2].node`) and what was expected: an unknown node or unit (with the id probably
 * meant), a node of the wrong kind, a negative, NaN or infinite weight, the top index or the last
 * child of an aggregate dropped, and anything the edited model breaks — a value out of range, a gap
 * under a `fail` policy — found by validating it.
 *
 * @example
 * const { framework } = applyEdits(vnDti2022Main, data2022, [setWeight('economy', 300)]);
 * framework.root.children.find((node) => node.id === 'economy')?.weight; // => 300
 */
export function applyEdits(frameworkInput: unknown, datasetInput: unknown, editsInput: readonly EditInput[], options: ApplyEditsOptions = {}): EditedModel {
  checkOptions('applyEdits', options, { locale: oneOf(NUMBER_LOCALES) });
  const parsed = safeParseEdits(editsInput);
  if (!parsed.success) throw new ChisoError(parsed.issues, 'The edits are not valid');
  const base = prepareBase(frameworkInput, datasetInput, parsed.edits, options.locale);
  const outcome = editModel(base.framework, base.dataset, parsed.edits);
  if (outcome.mistakes.length > 0 || outcome.impossible.length > 0) throw new ChisoError([...outcome.mistakes, ...outcome.impossible], 'The edits cannot be applied');
  const checked = validateOutcome(outcome);
  if (checked.model === undefined) throw new ChisoError(checked.issues, 'The edited model is not valid');
  return checked.model;
}
