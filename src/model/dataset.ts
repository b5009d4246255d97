/**
 * Datasets: the units being scored (provinces, ministries, countries) and their values keyed by
 * indicator id.
 *
 * @module
 */
import * as z from 'zod';
import { NUMBER_LOCALES } from '../io/number.js';
import { DECIMAL_STRING, IdSchema, YearSchema } from './framework.js';
import { MAX_NUMBER_TEXT_LENGTH } from './limits.js';
import { nfcKeys, toNfc } from './text.js';
import { isRecord } from './records.js';

/**
 * One value: a number, a decimal string kept exactly (`"0.7908"` stays 0.7908), or missing
 * (`null`, or the key left out). Anything else — `NaN`, `Infinity`, `"n/a"` — is reported by
 * `validateDataset` rather than rejected by the schema, so every problem gets a precise message.
 */
export type DataValue = number | string | null | undefined;


/**
 * A record with its keys in NFC (and, with `texts`, its text values too), so a key typed with
 * decomposed accents names the same indicator or group; two keys that become one are refused.
 */
function inNfc<T>(texts: boolean) {
  return (record: Record<string, T>, context: z.core.$RefinementCtx<Record<string, T>>): Record<string, T> => {
    const { record: normalised, collisions } = nfcKeys(record);
    for (const [, second] of collisions) {
      context.issues.push({ code: 'custom', input: second, path: [second], message: `${JSON.stringify(second)} is given twice, in two Unicode forms (composed and decomposed accents) of the same name: keep one` });
    }
    if (!texts) return normalised;
    const entries = Object.entries(normalised);
    if (entries.every(([, value]) => typeof value !== 'string' || toNfc(value) === value)) return normalised;
    const copy = Object.assign(Object.create(null) as Record<string, T>, normalised);
    for (const [key, value] of entries) if (typeof value === 'string') copy[key] = toNfc(value) as T;
    return copy;
  };
}

/** One unit: a province, a ministry, a country, an aggregate row. */
export const DataUnitSchema = z.strictObject({
  id: IdSchema,
  name: z.string().normalize('NFC').optional(),
  /**
   * Group memberships, e.g. `{ region: 'Red River Delta' }`, for ranks within groups; each value is
   * checked by `validateDataset`. Not a z.record: that copies the keys into a new `{}`, where a
   * group called "__proto__" would vanish.
   */
  groups: z
    .custom<Record<string, string>>(isRecord, { message: 'expected an object of group names by group key' })
    .transform(inNfc<string>(true))
    .default(() => ({})),
  year: YearSchema.optional(),
  /** `false` marks a unit scored but never ranked (an EU or national-average row). */
  ranked: z.boolean().default(true),
  /** Values by indicator or variable id; checked value by value by `validateDataset`. */
  // Not a z.record: zod would visit a million values one by one; validateDataset checks each value
  // anyway, with better messages.
  values: z
    .custom<Record<string, DataValue>>(isRecord, {
      message: 'expected an object of values by indicator id',
    })
    .transform(inNfc<DataValue>(false)),
});
/** One unit of a dataset. */
export type DataUnit = z.infer<typeof DataUnitSchema>;
/** One unit as written. */
export type DataUnitInput = z.input<typeof DataUnitSchema>;

/** A dataset: units with values, plus optional metadata (year, source, "synthetic"). */
export const DatasetSchema = z.strictObject({
  id: z.string().optional(),
  year: YearSchema.optional(),
  /** Free-form notes chiso carries and never reads; kept as given (a z.record would drop a "__proto__" key). */
  metadata: z.custom<Record<string, unknown>>(isRecord, { message: 'expected an object' }).optional(),
  /**
   * How numbers written as text are read: `vi-VN` (`1.640,5`) or `en` (`1,640.5`). Without it only
   * plain decimals (`"0.7908"`) and forms both read alike are accepted (see `readNumber`).
   */
  locale: z.enum(NUMBER_LOCALES).optional(),
  units: z.array(DataUnitSchema),
});
/** A dataset, defaults filled in. */
export type Dataset = z.infer<typeof DatasetSchema>;
/** A dataset as written. */
export type DatasetInput = z.input<typeof DatasetSchema>;

/** True when a value is a decimal string chiso accepts. */
export function isDecimalString(text: string): boolean {
  return text.length <= MAX_NUMBER_TEXT_LENGTH && DECIMAL_STRING.test(text);
}
