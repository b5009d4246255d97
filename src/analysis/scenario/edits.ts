/**
 * Edits of a base model (a framework and a dataset): plain, typed, JSON-serialisable data, so a
 * scenario written in TypeScript and one read from a file are the same thing. An edit names what
 * it changes by id; {@link applyEdits} applies a list of them to copies of the model.
 *
 * @module
 */
import * as z from 'zod';
import type { DataValue } from '../../model/dataset.js';
import {
  AggregationSchema,
  DecimalLikeSchema,
  FrameworkNodeSchema,
  MissingPolicySchema,
  NormalisationSchema,
  type Aggregation,
  type FrameworkNode,
  type FrameworkNodeInput,
  type MissingPolicy,
  type Normalisation,
} from '../../model/framework.js';
import { ChisoError, type ChisoIssue } from '../../model/issues.js';
import { checkNesting } from '../../model/nesting.js';
import { isRecord } from '../../model/records.js';
import { fromZodIssues, parseOptions } from '../../model/validate.js';
import { describeValue } from '../../model/describe.js';

/** A node, indicator or unit id named by an edit (read in Unicode NFC, like the ids themselves). */
const Reference = z.string().normalize('NFC').min(1, { message: 'expected an id, not an empty text' });

/** A weight: a finite number of 0 or more (a negative, NaN or infinite weight has no meaning). */
const Weight = z
  .number({ error: (problem) => `${describeValue(problem.input)} is not a weight: expected a finite number of 0 or more` })
  .superRefine((weight, context) => {
    if (weight < 0) context.addIssue({ code: 'custom', input: weight, message: `weight ${weight} is negative: expected a weight of 0 or more` });
  });

/** One value of a dataset cell: a number, a plain decimal text, or `null` (missing). Checked by `validateDataset` when applied. */
const CellValue = z.union([z.number(), z.string(), z.null()], { message: 'expected a finite number, a decimal text or null' });

/** A record by key, not a z.record: that would lose a key called "__proto__". */
function recordOf<T extends z.ZodType>(what: string, value: T) {
  return z.custom<Record<string, z.output<T>>>(isRecord, { message: `expected an object of ${what}` }).superRefine((record, context) => {
    for (const key of Object.keys(record)) {
      const parsed = value.safeParse(record[key], parseOptions);
      if (!parsed.success) for (const entry of parsed.error.issues) context.addIssue({ code: 'custom', message: entry.message, input: record[key], path: [key, ...entry.path] });
    }
  });
}

/** The edits a scenario is made of, told apart by `kind`. */
export const EditSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('set-weight'), node: Reference, weight: Weight }),
  z.strictObject({ kind: z.literal('set-normalisation'), indicator: Reference, normalisation: NormalisationSchema }),
  z.strictObject({ kind: z.literal('set-aggregation'), node: Reference, aggregation: AggregationSchema }),
  z.strictObject({ kind: z.literal('set-missing'), node: Reference, missing: MissingPolicySchema }),
  z.strictObject({ kind: z.literal('drop'), node: Reference }),
  z.strictObject({
    kind: z.literal('add'),
    parent: Reference,
    node: FrameworkNodeSchema,
    values: recordOf('values by indicator id, by unit id', recordOf('values by indicator id', CellValue)).optional(),
  }),
  z.strictObject({ kind: z.literal('exclude-unit'), unit: Reference }),
  z.strictObject({ kind: z.literal('set-value'), unit: Reference, indicator: Reference, value: CellValue }),
  z.strictObject({ kind: z.literal('scale-values'), indicator: Reference, factor: DecimalLikeSchema }),
  z.strictObject({ kind: z.literal('set-unit-values'), unit: Reference, values: recordOf('values by indicator id', CellValue) }),
]);

/**
 * One edit of a base model, defaults filled in:
 * - `set-weight`: a node's weight within its parent (an indicator or an aggregate);
 * - `set-normalisation`: an indicator's normalisation, replaced whole (method and parameters);
 * - `set-aggregation`: an aggregate's aggregation, replaced whole;
 * - `set-missing`: an aggregate's missing-data policy, replaced whole;
 * - `drop`: removes an indicator or an aggregate with everything below it (never the top index,
 *   never the last child of an aggregate); its columns leave the dataset, except a value another
 *   indicator divides by, which stays as a variable;
 * - `add`: adds a node (an indicator or a whole subtree) as the last child of `parent`; the values
 *   of its indicators come from the dataset (columns the base framework does not use) or from
 *   `values` (by unit id, then indicator id), which win;
 * - `exclude-unit`: the unit is scored but not ranked (added to the framework's `ranking.exclude`),
 *   so it also leaves the reference units of data-driven normalisations (min–max, z-scores);
 * - `set-value`: one cell (`null` makes it missing); the id may also be a variable's;
 * - `scale-values`: every value of a column multiplied by `factor`, exactly;
 * - `set-unit-values`: several cells of one unit's profile at once (keys not given are kept).
 */
export type Edit = z.output<typeof EditSchema>;
/** One edit as written (defaults of methods and policies not yet filled in). */
export type EditInput = z.input<typeof EditSchema>;
/** The kinds of edit. */
export type EditKind = Edit['kind'];

/**
 * Reads a list of edits — from a scenario file, say — and returns them with defaults filled in, or
 * throws one {@link ChisoError} listing every problem, each with its path (`edits[2].weight`) and,
 * for a misspelt kind, method or key, the one probably meant.
 *
 * @example
 * parseEdits([{ kind: 'set-weight', node: 'economy', weight: 300 }])[0]?.kind; // => 'set-weight'
 * parseEdits([{ kind: 'drop', node: 'economy' }]).length; // => 1
 */
export function parseEdits(input: unknown, path: readonly (string | number)[] = ['edits']): Edit[] {
  const parsed = safeParseEdits(input, path);
  if (!parsed.success) throw new ChisoError(parsed.issues, 'The edits are not valid');
  return parsed.edits;
}

/**
 * {@link parseEdits} without throwing: the edits, or every problem with its path.
 *
 * @example
 * const checked = safeParseEdits([{ kind: 'set-weigth', node: 'a', weight: 1 }]);
 * checked.success; // => false
 */
export function safeParseEdits(input: unknown, path: readonly (string | number)[] = ['edits']): { success: true; edits: Edit[]; issues: readonly [] } | { success: false; issues: ChisoIssue[] } {
  const nesting = checkNesting(input, { what: 'the edits' });
  if (nesting.length > 0) return { success: false, issues: nesting.map((entry) => ({ ...entry, path: [...path, ...entry.path] })) };
  if (!Array.isArray(input)) {
    return { success: false, issues: [{ code: 'invalid_shape', path: [...path], message: `the edits are ${describeValue(input)}; expected a list of edits such as { "kind": "set-weight", "node": "economy", "weight": 2 }`, received: describeValue(input) }] };
  }
  const parsed = z.array(EditSchema).safeParse(input, parseOptions);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues, path, input) };
  return { success: true, edits: parsed.data, issues: [] };
}

/**
 * An edit that sets a node's weight within its parent.
 *
 * @example
 * setWeight('economy', 300); // => { kind: 'set-weight', node: 'economy', weight: 300 }
 */
export function setWeight(node: string, weight: number): EditInput {
  return { kind: 'set-weight', node, weight };
}

/**
 * An edit that replaces an indicator's normalisation.
 *
 * @example
 * setNormalisation('1a1', { method: 'minmax' }); // => { kind: 'set-normalisation', indicator: '1a1', normalisation: { method: 'minmax' } }
 */
export function setNormalisation(indicator: string, normalisation: z.input<typeof NormalisationSchema> | Normalisation): EditInput {
  return { kind: 'set-normalisation', indicator, normalisation };
}

/**
 * An edit that replaces an aggregate's aggregation.
 *
 * @example
 * setAggregation('desi', { method: 'geometric' }); // => { kind: 'set-aggregation', node: 'desi', aggregation: { method: 'geometric' } }
 */
export function setAggregation(node: string, aggregation: z.input<typeof AggregationSchema> | Aggregation): EditInput {
  return { kind: 'set-aggregation', node, aggregation };
}

/**
 * An edit that replaces an aggregate's missing-data policy.
 *
 * @example
 * setMissing('sub1a', { policy: 'reweight' }); // => { kind: 'set-missing', node: 'sub1a', missing: { policy: 'reweight' } }
 */
export function setMissing(node: string, missing: z.input<typeof MissingPolicySchema> | MissingPolicy): EditInput {
  return { kind: 'set-missing', node, missing };
}

/**
 * An edit that removes an indicator or an aggregate (with everything below it).
 *
 * @example
 * dropNode('1a1'); // => { kind: 'drop', node: '1a1' }
 */
export function dropNode(node: string): EditInput {
  return { kind: 'drop', node };
}

/**
 * An edit that adds a node (an indicator or a subtree) as the last child of `parent`, with the
 * values of its indicators by unit id and indicator id when the dataset does not have them.
 *
 * @example
 * addNode('sub1a', { kind: 'indicator', id: 'new', unit: 'ratio', normalisation: { method: 'minmax' } }).kind; // => 'add'
 */
export function addNode(parent: string, node: FrameworkNodeInput | FrameworkNode, values?: Readonly<Record<string, Readonly<Record<string, DataValue>>>>): EditInput {
  return values === undefined ? { kind: 'add', parent, node } : { kind: 'add', parent, node, values: values as Record<string, Record<string, string | number | null>> };
}

/**
 * An edit that keeps a unit out of the ranking (it is still scored).
 *
 * @example
 * excludeUnit('HU'); // => { kind: 'exclude-unit', unit: 'HU' }
 */
export function excludeUnit(unit: string): EditInput {
  return { kind: 'exclude-unit', unit };
}

/**
 * An edit that sets one cell (`null`: missing).
 *
 * @example
 * setValue('FI', '1a1', 0.8); // => { kind: 'set-value', unit: 'FI', indicator: '1a1', value: 0.8 }
 */
export function setValue(unit: string, indicator: string, value: number | string | null): EditInput {
  return { kind: 'set-value', unit, indicator, value };
}

/**
 * An edit that multiplies every value of a column by a factor (exactly).
 *
 * @example
 * scaleValues('1a1', 1.1); // => { kind: 'scale-values', indicator: '1a1', factor: 1.1 }
 */
export function scaleValues(indicator: string, factor: number | string): EditInput {
  return { kind: 'scale-values', indicator, factor };
}

/**
 * An edit that sets several cells of one unit (keys not given are kept; `null`: missing).
 *
 * @example
 * setUnitValues('FI', { '1a1': 0.8, '1a2': null }).kind; // => 'set-unit-values'
 */
export function setUnitValues(unit: string, values: Readonly<Record<string, number | string | null>>): EditInput {
  return { kind: 'set-unit-values', unit, values: { ...values } };
}
