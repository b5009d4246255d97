/**
 * Column mappings: a small JSON file that says which column of a ministry's sheet (or CSV) holds
 * which indicator, so that next year's sheet — same headers, new numbers — reads with one command.
 *
 * ```json
 * {
 *   "sheet": "Số liệu",
 *   "headerRow": 4,
 *   "locale": "vi-VN",
 *   "provinces": true,
 *   "id": "Tỉnh/Thành phố",
 *   "groups": { "Vùng": "region" },
 *   "columns": {
 *     "Tỷ lệ dân số trưởng thành có điện thoại thông minh": "adults_smartphone_pct",
 *     "Hạ tầng số / Tỷ lệ hộ gia đình có cáp quang": "households_fibre_pct"
 *   },
 *   "ignore": ["STT", "Ghi chú"]
 * }
 * ```
 *
 * Headers are matched as people see them: Unicode NFC, runs of spaces and line breaks as one space,
 * no case. Under a two-level header (a merged "Hạ tầng số" above its indicators) a column can be
 * named by its own header or by the path "Hạ tầng số / …" — the path is needed when two columns
 * share a header ("Điểm" under each pillar). Every column of the sheet must be mapped, be a special
 * column (id, name, year, a group) or be listed in `ignore`; a column nobody mentions is an error
 * with the closest mapping key, never dropped silently. Several headers may map to one indicator
 * (a header reworded between years); exactly one of them must be in the sheet.
 *
 * @module
 */
import * as z from 'zod';
import { NUMBER_LOCALES } from './number.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { fromZodIssues, parseOptions } from '../model/validate.js';
import { isRecord } from '../model/records.js';

/** Texts by header: a record checked value by value (a z.record would drop a `__proto__` header). */
const HeaderRecord = z.custom<Record<string, string>>((value) => isRecord(value) && Object.values(value).every((entry) => typeof entry === 'string' && entry.trim() !== ''), {
  message: 'expected an object whose keys are sheet headers and whose values are non-empty texts',
});

/**
 * The schema of a column-mapping file (see the module notes); {@link assertColumnMapping} checks a
 * mapping with it and more.
 *
 * @example
 * ColumnMappingSchema.safeParse({ columns: { 'Cáp quang (%)': 'fibre_pct' } }).success; // => true
 */
export const ColumnMappingSchema = z.strictObject({
  /** Free text for people: where the sheet comes from, who maintains the mapping. */
  description: z.string().optional(),
  /** The sheet to read (xlsx): its name, or its position from 1. Default: the first. */
  sheet: z.union([z.string().min(1), z.number().int().min(1)]).optional(),
  /** The first header row (xlsx), from 1. Default: found (see `datasetFromXlsx`). */
  headerRow: z.number().int().min(1).max(100_000).optional(),
  /** How numbers written as text are read: `vi-VN` ("0,8002") or `en` ("0.8002"). */
  locale: z.enum(NUMBER_LOCALES).optional(),
  /** The units are Vietnam's provinces: names in any spelling become official codes and names. */
  provinces: z.boolean().optional(),
  /** The header of the column of unit ids (or of province names, with `provinces`). */
  id: z.string().trim().min(1).optional(),
  /** The header of the column of unit names. */
  name: z.string().trim().min(1).optional(),
  /** The header of the column of years. */
  year: z.string().trim().min(1).optional(),
  /** Group columns: header → group key (`{ "Vùng": "region" }`). */
  groups: HeaderRecord.optional(),
  /** Indicator columns: header → indicator (or variable) id. */
  columns: HeaderRecord,
  /** Headers of columns to leave out (row numbers, published ranks, notes). */
  ignore: z.array(z.string().trim().min(1)).optional(),
});

/** A column mapping, as read from its file. */
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/**
 * A header as it is compared: Unicode NFC, every run of white space (line breaks and no-break
 * spaces too) as one space, trimmed, lower case.
 *
 * @example
 * headerKey('  Tỷ lệ hộ gia đình\ncó cáp quang ') === headerKey('tỷ lệ hộ gia đình có cáp quang'); // => true
 * headerKey('Hạ tầng số  /  Cáp quang'); // => 'hạ tầng số / cáp quang'
 */
export function headerKey(header: string): string {
  if (typeof header !== 'string') throw new TypeError(`headerKey: the header is ${typeof header}; expected a text`);
  return header.normalize('NFC').replace(/[\s\u00a0\u202f]+/gu, ' ').trim().toLowerCase();
}

/**
 * Reads a column mapping (parsed JSON), checking its shape and that no two keys name the same
 * header once compared as {@link headerKey} does; throws a {@link ChisoError} listing every problem
 * with its path.
 *
 * @example
 * assertColumnMapping({ id: 'Tỉnh', columns: { 'Cáp quang (%)': 'fibre_pct' } }).columns; // => { 'Cáp quang (%)': 'fibre_pct' }
 */
export function assertColumnMapping(input: unknown): ColumnMapping {
  const parsed = ColumnMappingSchema.safeParse(input, parseOptions);
  if (!parsed.success) throw new ChisoError(fromZodIssues(parsed.error.issues), 'The column mapping is not valid');
  const mapping = parsed.data;
  const problems: ChisoIssue[] = [];
  const seen = new Map<string, string>();
  const note = (header: string, path: (string | number)[]): void => {
    const key = headerKey(header);
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(issue('duplicate_id', path, `${JSON.stringify(header)} and ${earlier} name the same header (compared without case, extra spaces or accents written two ways): keep one`, { received: header }));
    else seen.set(key, `${JSON.stringify(header)} (${path.join('.')})`);
  };
  for (const field of ['id', 'name', 'year'] as const) {
    const header = mapping[field];
    if (header !== undefined) note(header, [field]);
  }
  for (const header of Object.keys(mapping.groups ?? {})) note(header, ['groups', header]);
  for (const header of Object.keys(mapping.columns)) note(header, ['columns', header]);
  (mapping.ignore ?? []).forEach((header, index) => note(header, ['ignore', index]));
  if (problems.length > 0) throw new ChisoError(problems, 'The column mapping is not valid');
  return mapping;
}
