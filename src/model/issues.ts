/**
 * Problems found in a framework, a dataset or a run, as plain data.
 *
 * Validation never throws: it returns {@link ChisoIssue} objects, each naming the place
 * (`path`), what was expected and what was received. Only the throwing API (`score`,
 * `assertFramework`, …) wraps them in one {@link ChisoError}.
 *
 * @module
 */
import { describeValue, quoteText } from './describe.js';

/** The kinds of problem chiso reports. Each issue carries exactly one code. */
export type ChisoIssueCode =
  /** The input does not have the shape of a framework or dataset (a zod schema issue). */
  | 'invalid_shape'
  /** Two nodes, or two units, share an id. */
  | 'duplicate_id'
  /** A weight is negative, or every sibling weight is zero. */
  | 'invalid_weight'
  /** A method is unknown, or its parameters are missing or inconsistent. */
  | 'invalid_method'
  /** A denominator names no indicator or auxiliary variable. */
  | 'unknown_reference'
  /** The dataset names an indicator the framework does not have. */
  | 'unknown_indicator'
  /** A value is not a finite number or a decimal string. */
  | 'not_a_number'
  /** A number written as text reads differently under the two number formats, and none was declared. */
  | 'ambiguous_number'
  /** A value lies outside the indicator's valid range. */
  | 'out_of_range'
  /** A value is missing and the framework's missing-data policy does not allow it. */
  | 'missing_value'
  /** A geometric or harmonic mean met a zero or negative input. */
  | 'non_positive_input'
  /** A computation is undefined for this data (a zero range, a zero denominator, too few units). */
  | 'undefined_computation'
  /** A file or table could not be read (CSV, JSON). */
  | 'unreadable_input'
  /** A unit named in options or in a comparison does not exist. */
  | 'unknown_unit'
  /** A framework or dataset has a key that its schema does not know (a typo such as `weigth`). */
  | 'unknown_key'
  /** Objects and arrays are nested deeper than chiso reads (see `MAX_NESTING_DEPTH`). */
  | 'too_deep'
  /** An object contains itself, so it cannot be a framework or dataset (nor be written as JSON). */
  | 'cyclic_input';

/** One problem, with the place it was found. */
export interface ChisoIssue {
  /** What kind of problem this is. */
  readonly code: ChisoIssueCode;
  /** Where: property names and array indices from the root of the input. */
  readonly path: readonly (string | number)[];
  /** A sentence that names the place, the value and what was expected. */
  readonly message: string;
  /** What was expected, when that is a short phrase ("at most 100"). */
  readonly expected?: string;
  /** The offending value as text, when there is one. */
  readonly received?: string;
}

/**
 * Formats an issue path the way people read it: `units[12].values.smartphone_adults_pct`.
 *
 * @example
 * formatPath(['units', 12, 'values', 'smartphone_adults_pct']);
 * // => 'units[12].values.smartphone_adults_pct'
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path)) throw new TypeError(`formatPath: the path is ${describeValue(path)}; expected a list of keys and indices`);
  let text = '';
  for (const segment of path as readonly unknown[]) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment !== 'string') text += `[${describeValue(segment)}]`;
    else if (segment.length <= 64 && /^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    // quoted, abbreviated when long, control characters escaped: a key may be a megabyte or hold ESC
    else text += `[${quoteText(segment)}]`;
  }
  return text === '' ? '(root)' : text;
}

/**
 * One readable line for an issue: `path: message`.
 *
 * @example
 * formatIssue({ code: 'out_of_range', path: ['units', 0, 'values', 'pct'], message: '112 is above the maximum 100' });
 * // => 'units[0].values.pct: 112 is above the maximum 100'
 */
export function formatIssue(issue: ChisoIssue): string {
  if (typeof issue !== 'object' || issue === null) throw new TypeError(`formatIssue: the issue is ${describeValue(issue)}; expected { code, path, message }`);
  return `${formatPath(issue.path)}: ${issue.message}`;
}

/**
 * The one error class chiso throws for bad input. It carries every problem found, not only the
 * first, so a user can fix them all in one pass.
 *
 * @example
 * try {
 *   assertFramework({ id: 'x' });
 * } catch (error) {
 *   if (error instanceof ChisoError) console.log(error.issues.length); // => 2 or more
 * }
 */
export class ChisoError extends Error {
  /** Every problem found, each with its code and path. */
  readonly issues: readonly ChisoIssue[];

  constructor(issues: readonly ChisoIssue[], summary?: string) {
    if (!Array.isArray(issues)) throw new TypeError(`ChisoError: the issues are ${describeValue(issues)}; expected a list of { code, path, message }`);
    const count = issues.length;
    const head = summary ?? `${count} problem${count === 1 ? '' : 's'} found`;
    const shown = issues.slice(0, 20).map((issue) => `  - ${formatIssue(issue)}`);
    if (count > 20) shown.push(`  … and ${count - 20} more`);
    super(`${head}:\n${shown.join('\n')}`);
    this.name = 'ChisoError';
    this.issues = issues;
  }
}

/** Builds an issue object; a small helper that keeps call sites short. */
export function issue(
  code: ChisoIssueCode,
  path: readonly (string | number)[],
  message: string,
  extra: { expected?: string; received?: string } = {},
): ChisoIssue {
  return { code, path, message, ...extra };
}
