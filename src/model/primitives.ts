/**
 * The two schemas every other schema builds on — exact decimals and ids — in a module of their own,
 * so the framework and its construction steps can both use them without importing each other.
 *
 * @module
 */
import * as z from 'zod';
import { decimalTextProblem, PLAIN_DECIMAL } from './limits.js';

/** A decimal written as text: `"0.7908"`, `"-12.5"`, `"1e-3"`. Kept exact, never parsed as a float. */
export const DECIMAL_STRING = PLAIN_DECIMAL;

/**
 * A number, or a decimal string kept exactly ("0.66" stays 0.66, not 0.66000000000000003). Every
 * numeric parameter of a framework is one, so all of them are held to the limits of exact
 * arithmetic (`MAX_SIGNIFICANT_DIGITS`, `MAX_DECIMAL_EXPONENT`, `MAX_NUMBER_TEXT_LENGTH`).
 */
export const DecimalLikeSchema = z.union([
  z.number().refine(Number.isFinite, { message: 'expected a finite number' }),
  z.string().superRefine((text, context) => {
    const problem = decimalTextProblem(text);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem, input: text });
  }),
]);
/** A number or a decimal string. */
export type DecimalLike = z.infer<typeof DecimalLikeSchema>;

/** What an id may hold; the message zod gives for any other id (see {@link idProblem}). */
export const ID_RULE = 'ids use letters, digits, "_", "-" and "." only';

/**
 * Identifiers: letters, digits, `_`, `-`, `.`; they appear in paths, CSV headers and JSON keys.
 * Read in Unicode NFC, so "điểm" with decomposed accents (as macOS writes it) is the same id.
 */
export const IdSchema = z.string().normalize('NFC').regex(/^[\p{L}\p{N}_.-]+$/u, { message: ID_RULE });

