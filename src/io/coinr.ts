/**
 * COINr's input layout (`iData` and `iMeta`, the two tables R's `new_coin` takes) read into a chiso
 * framework and dataset, and written back, so a COINr model moves over with one call. Where iMeta is
 * silent, the framework takes COINr's default build: denominate as iMeta's `Denominator` column
 * says, min–max to [0, 100] (`n_minmax`, chiso's `minmax` on a framework of scale 100), weighted
 * arithmetic means (`a_amean`), missing children skipped and their weight shared (COINr removes
 * `NA`s in `a_amean`). Scoring the imported model then gives what COINr's `new_coin` → `Denominate`
 * → `Normalise` → `Aggregate` give with default arguments.
 *
 * The input tables are CSV texts or tables of cells (first row the header), so a spreadsheet
 * reader can hand its cells over directly.
 *
 * Reference: COINr's "Building coins" vignette (iData, iMeta), https://bluefoxr.github.io/COINr/.
 *
 * @module
 */
import type { DatasetInput } from '../model/dataset.js';
import type { AggregateNodeInput, FrameworkInput, FrameworkNodeInput } from '../model/framework.js';
import { quoteText } from '../model/describe.js';
import { ChisoError, issue, type ChisoIssue } from '../model/issues.js';
import { emptyRecord } from '../model/records.js';
import { checkOptions, text } from '../model/arguments.js';
import { yearProblem } from '../model/limits.js';
import { formatCsv, parseCsv } from './csv.js';
import { readDataValue } from './number.js';

/** A table of cells: the first row is the header. */
export type CellTable = readonly (readonly (string | number | boolean | null | undefined)[])[];

/** COINr's two input tables, as CSV texts or tables of cells. */
export interface CoinrTables {
  /** Units × columns: `uCode`, `uName`, `Time`/`Year`, groups, denominators, indicators. */
  readonly iData: string | CellTable;
  /** One row per indicator, aggregate, group and denominator: `iCode`, `iName`, `Level`, `Weight`, `Direction`, `Parent`, `Type`, `Denominator`. */
  readonly iMeta: string | CellTable;
}

/** Options for {@link importCoinr}. */
export interface ImportCoinrOptions {
  /** The framework's id (default `coinr`). */
  readonly id?: string;
  /** The framework's name (default: the top aggregate's iName). */
  readonly name?: string;
}

/** What {@link importCoinr} returns. */
export interface CoinrImport {
  readonly framework: FrameworkInput;
  readonly dataset: DatasetInput;
  /** What the import left out or decided (columns not used, iMeta columns chiso does not read). */
  readonly notes: readonly string[];
}

/**
 * Cells as texts, one record per row, keyed by header. A header given twice (the second column would
 * overwrite the first) and a filled cell beyond the header (it would be dropped) are problems.
 */
function rowsOf(input: string | CellTable, what: 'iData' | 'iMeta', problems: ChisoIssue[]): { header: string[]; rows: Record<string, string>[] } {
  let header: string[];
  let cells: string[][];
  if (typeof input === 'string') {
    const table = parseCsv(input);
    header = [...table.header];
    cells = table.rows.map((row) => [...row.cells]);
  } else if (Array.isArray(input) && input.length > 0 && Array.isArray(input[0])) {
    const asText = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell).trim());
    header = (input[0] as readonly unknown[]).map(asText);
    cells = input.slice(1).map((row) => (row as readonly unknown[]).map(asText));
  } else {
    throw new TypeError(`importCoinr: ${what} must be CSV text or a table of cells (rows, the first the header)`);
  }
  const seen = new Set<string>();
  header.forEach((name, column) => {
    if (name !== '' && seen.has(name)) problems.push(issue('duplicate_id', [what, 'header', column], `${what} has two columns ${quoteText(name)}: the second would overwrite the first; rename or remove one`, { received: name }));
    seen.add(name);
  });
  cells.forEach((row, index) => {
    const beyond = row.findIndex((cell, column) => column >= header.length && cell.trim() !== '');
    if (beyond !== -1) problems.push(issue('unreadable_input', [what, index + 1], `${what} row ${index + 2} has a value (${quoteText(row[beyond] ?? '')}) in column ${beyond + 1}, beyond the ${header.length} columns of the header`));
  });
  return {
    header,
    rows: cells.map((row) => {
      const record = emptyRecord<string>();
      header.forEach((name, index) => {
        record[name] = (row[index] ?? '').trim();
      });
      return record;
    }),
  };
}

/** R's missing values as written by `write.csv` and spreadsheets. */
function isMissing(cell: string | undefined): boolean {
  return cell === undefined || cell === '' || cell === 'NA' || cell === 'NaN' || cell === '#N/A';
}

/**
 * Reads COINr's `iData` and `iMeta` into a chiso framework and dataset (COINr's default build where
 * iMeta is silent; see the module notes). Indicators (`Type` `Indicator`, `Level` 1) become
 * indicators with min–max normalisation, their `Direction` (1 / −1) higher / lower is better, their
 * `Weight`, and their `Denominator` (a `Denominator` row of iMeta, read from iData); aggregates
 * (`Aggregate`) become aggregates under their `Parent`; `Group` columns become unit groups;
 * `uCode`, `uName` and `Time` (or `Year`) the unit's id, name and year. Refuses, with a
 * {@link ChisoError} naming each problem, a table without `iCode`/`Type`/`uCode`, a parent or
 * denominator that is not there, several top aggregates, an indicator with no column, an iCode
 * given twice, Parent links in a cycle, a Direction other than 1 or −1, a Weight that is no plain
 * decimal, a Time that is no year, a header given twice or a cell beyond the header. The tree is
 * built by the Parent links from the index down; `Level` is not needed.
 *
 * @example
 * const { framework, dataset } = importCoinr({ iData: iDataCsv, iMeta: iMetaCsv });
 * score(framework, dataset).root; // => 'Index'
 */
export function importCoinr(tables: CoinrTables, options: ImportCoinrOptions = {}): CoinrImport {
  checkOptions('importCoinr', options, { id: text, name: text });
  if (typeof tables !== 'object' || tables === null) throw new TypeError('importCoinr: expected { iData, iMeta }');
  const problems: ChisoIssue[] = [];
  const meta = rowsOf(tables.iMeta, 'iMeta', problems);
  const data = rowsOf(tables.iData, 'iData', problems);
  const notes: string[] = [];
  for (const column of ['iCode', 'Type']) if (!meta.header.includes(column)) problems.push(issue('unreadable_input', ['iMeta', column], `iMeta has no ${quoteText(column)} column`));
  if (!data.header.includes('uCode')) problems.push(issue('unreadable_input', ['iData', 'uCode'], 'iData has no "uCode" column'));
  if (problems.length > 0) throw new ChisoError(problems, 'The COINr tables cannot be read');
  const unread = meta.header.filter((column) => !['iCode', 'iName', 'Level', 'Weight', 'Direction', 'Parent', 'Type', 'Denominator', 'Unit', 'Target'].includes(column));
  if (unread.length > 0) notes.push(`iMeta columns not read: ${unread.join(', ')}`);
  if (meta.header.includes('Target')) notes.push('iMeta "Target" is not used by the default build (distance-to-target normalisation would read it)');

  const byType = (type: string): Record<string, string>[] => meta.rows.filter((row) => (row.Type ?? '') === type);
  const indicators = byType('Indicator');
  const aggregates = byType('Aggregate');
  const groups = new Set(byType('Group').map((row) => row.iCode ?? ''));
  const denominators = new Set(byType('Denominator').map((row) => row.iCode ?? ''));
  meta.rows.forEach((row, index) => {
    if (!['Indicator', 'Aggregate', 'Group', 'Denominator', 'Other'].includes(row.Type ?? '')) {
      problems.push(issue('unreadable_input', ['iMeta', index, 'Type'], `iMeta row ${index + 1} (${quoteText(row.iCode ?? '')}): Type ${quoteText(row.Type ?? '')} is not Indicator, Aggregate, Group, Denominator or Other`));
    }
  });
  const label = (row: Record<string, string>): { label?: { en: string } } => (isMissing(row.iName) ? {} : { label: { en: row.iName as string } });
  const weight = (row: Record<string, string>, index: number): number => {
    if (isMissing(row.Weight)) return 1;
    // a plain decimal only: Number() would read "0x10" as 16 and "1_000"… as NaN without saying why
    const value = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(row.Weight ?? '') ? Number(row.Weight) : Number.NaN;
    if (!Number.isFinite(value)) problems.push(issue('not_a_number', ['iMeta', index, 'Weight'], `iMeta ${quoteText(row.iCode ?? '')}: Weight ${quoteText(row.Weight ?? '')} is not a number (a plain decimal such as 0.5)`, { received: row.Weight ?? '' }));
    return value;
  };

  /** COINr's Direction: 1 (higher is better) or −1; missing is 1; anything else is refused, never read as 1. */
  const direction = (row: Record<string, string>, index: number): 'higher' | 'lower' => {
    const written = (row.Direction ?? '').replace('\u2212', '-');
    if (isMissing(written)) return 'higher';
    const value = /^[+-]?\d+(?:\.0*)?$/.test(written) ? Number(written) : Number.NaN;
    if (value === 1) return 'higher';
    if (value === -1) return 'lower';
    problems.push(issue('unreadable_input', ['iMeta', index, 'Direction'], `iMeta ${quoteText(row.iCode ?? '')}: Direction ${quoteText(row.Direction ?? '')} is not 1 (higher is better) or -1 (lower is better)`, { expected: '1 or -1', received: row.Direction ?? '' }));
    return 'higher';
  };
  // every iCode once: a second row would shadow the first (one node, or two nodes of one id)
  const firstRow = new Map<string, number>();
  meta.rows.forEach((row, index) => {
    const code = row.iCode ?? '';
    if (code === '') {
      problems.push(issue('missing_value', ['iMeta', index, 'iCode'], `iMeta row ${index + 2} has no iCode`));
      return;
    }
    const earlier = firstRow.get(code);
    if (earlier !== undefined) problems.push(issue('duplicate_id', ['iMeta', index, 'iCode'], `iMeta rows ${earlier + 2} and ${index + 2} both have iCode ${quoteText(code)}`, { received: code }));
    else firstRow.set(code, index);
  });
  const children = new Map<string, FrameworkNodeInput[]>();
  const addChild = (parent: string, node: FrameworkNodeInput): void => {
    const list = children.get(parent) ?? [];
    list.push(node);
    children.set(parent, list);
  };
  const aggregateIds = new Set(aggregates.map((row) => row.iCode ?? ''));
  indicators.forEach((row) => {
    const index = meta.rows.indexOf(row);
    const id = row.iCode ?? '';
    const denominator = isMissing(row.Denominator) ? undefined : (row.Denominator as string);
    if (denominator !== undefined && !denominators.has(denominator) && !data.header.includes(denominator)) {
      problems.push(issue('unknown_reference', ['iMeta', index, 'Denominator'], `indicator ${quoteText(id)}: denominator ${quoteText(denominator)} is neither a Denominator row of iMeta nor a column of iData`));
    }
    if (!data.header.includes(id)) problems.push(issue('unknown_indicator', ['iData', id], `indicator ${quoteText(id)} of iMeta has no column in iData`));
    if (isMissing(row.Parent) || !aggregateIds.has(row.Parent as string)) {
      problems.push(issue('unknown_reference', ['iMeta', index, 'Parent'], `indicator ${quoteText(id)}: parent ${quoteText(row.Parent ?? '')} is not an Aggregate row of iMeta`));
    }
    addChild(row.Parent ?? '', {
      kind: 'indicator',
      id,
      ...label(row),
      unit: 'other',
      direction: direction(row, index),
      weight: weight(row, index),
      normalisation: { method: 'minmax' },
      ...(denominator === undefined ? {} : { denominator: { variable: denominator } }),
      ...(isMissing(row.Unit) ? {} : { description: `Unit: ${row.Unit as string}` }),
    });
  });
  const roots = aggregates.filter((row) => isMissing(row.Parent));
  if (roots.length !== 1) problems.push(issue('unreadable_input', ['iMeta', 'Parent'], `iMeta must have exactly one aggregate without a Parent (the index); it has ${roots.length}${roots.length > 0 ? ` (${roots.map((row) => row.iCode).join(', ')})` : ''}`));
  // The tree is built from the index down by the Parent links (iMeta's Level is not trusted for
  // structure: a missing or wrong Level once left an aggregate unattached, its indicators dropped).
  const built = new Map<string, AggregateNodeInput>();
  const build = (row: Record<string, string>, path: readonly string[]): AggregateNodeInput => {
    const index = meta.rows.indexOf(row);
    const id = row.iCode ?? '';
    const below = aggregates.filter((candidate) => candidate.Parent === id && candidate !== row);
    const node: AggregateNodeInput = {
      kind: 'aggregate',
      id,
      ...label(row),
      weight: weight(row, index),
      aggregation: { method: 'mean' },
      missing: { policy: 'reweight' },
      children: [...(children.get(id) ?? []), ...below.filter((child) => !path.includes(child.iCode ?? '')).map((child) => build(child, [...path, id]))],
    };
    if (node.children.length === 0) problems.push(issue('unreadable_input', ['iMeta', index], `aggregate ${quoteText(id)} has no children`));
    built.set(id, node);
    return node;
  };
  const top = roots.length === 1 ? roots[0] : undefined;
  if (top !== undefined) build(top, []);
  aggregates.forEach((row) => {
    const index = meta.rows.indexOf(row);
    const id = row.iCode ?? '';
    if (!isMissing(row.Parent) && !aggregateIds.has(row.Parent as string)) problems.push(issue('unknown_reference', ['iMeta', index, 'Parent'], `aggregate ${quoteText(id)}: parent ${quoteText(row.Parent ?? '')} is not an Aggregate row of iMeta`));
    else if (top !== undefined && !built.has(id)) problems.push(issue('unreadable_input', ['iMeta', index, 'Parent'], `aggregate ${quoteText(id)} is not under the index ${quoteText(top.iCode ?? '')}: its Parent links form a cycle (${quoteText(id)} → ${quoteText(row.Parent ?? '')} → …)`));
    if (row.Parent === id) problems.push(issue('unreadable_input', ['iMeta', index, 'Parent'], `aggregate ${quoteText(id)} is its own parent`));
  });
  if (problems.length > 0) throw new ChisoError(problems, 'The COINr tables cannot be read');
  const root = built.get(roots[0]?.iCode ?? '') as AggregateNodeInput;

  // Groups: iMeta's Group rows, and (older COINr) columns named Group_*.
  for (const column of data.header) if (column.startsWith('Group_')) groups.add(column);
  const indicatorIds = new Set(indicators.map((row) => row.iCode ?? ''));
  const yearColumn = data.header.includes('Time') ? 'Time' : data.header.includes('Year') ? 'Year' : undefined;
  const known = new Set(['uCode', 'uName', ...(yearColumn === undefined ? [] : [yearColumn])]);
  const unused = data.header.filter((column) => !known.has(column) && !groups.has(column) && !denominators.has(column) && !indicatorIds.has(column));
  if (unused.length > 0) notes.push(`iData columns not used: ${unused.join(', ')}`);
  const valueColumns = [...denominators].filter((column) => data.header.includes(column)).concat([...indicatorIds]);
  const years = new Set<string>();
  const units = data.rows.map((row, unitIndex) => {
    const values = emptyRecord<string | null>();
    for (const column of valueColumns) values[column] = isMissing(row[column]) ? null : (row[column] as string);
    const unitGroups = emptyRecord<string>();
    for (const key of groups) if (!isMissing(row[key])) unitGroups[key] = row[key] as string;
    const written = yearColumn === undefined || isMissing(row[yearColumn]) ? undefined : (row[yearColumn] as string);
    const problem = written === undefined ? null : yearProblem(written);
    if (problem !== null) problems.push(issue('unreadable_input', ['iData', unitIndex + 1, yearColumn ?? 'Time'], `iData row ${unitIndex + 2} (${quoteText(row.uCode ?? '')}): ${yearColumn ?? 'Time'} ${problem}`, { received: written ?? '' }));
    const year = written === undefined || problem !== null ? undefined : Number(written);
    if (year !== undefined) years.add(String(year));
    return { id: row.uCode ?? '', ...(isMissing(row.uName) ? {} : { name: row.uName as string }), groups: unitGroups, ...(year === undefined ? {} : { year }), values };
  });
  if (problems.length > 0) throw new ChisoError(problems, 'The COINr tables cannot be read');
  const variables = [...denominators].map((id) => {
    const row = meta.rows.find((candidate) => candidate.iCode === id);
    return { id, ...(row === undefined ? {} : label(row)), unit: 'other' as const };
  });
  const framework: FrameworkInput = {
    id: options.id ?? 'coinr',
    name: options.name ?? (root.label?.en ?? root.id),
    description: 'Imported from COINr iData/iMeta with COINr\'s default build: Denominate as iMeta says, n_minmax to [0, 100], a_amean.',
    scale: 100,
    variables,
    // COINr's Denominate as a step: a missing or zero denominator leaves the cell missing (R's NA),
    // and the aggregates share its weight among the others, as COINr's a_amean does.
    ...(indicators.some((row) => !isMissing(row.Denominator)) ? { steps: [{ step: 'denominate' as const }] } : {}),
    root,
  };
  const dataset: DatasetInput = { ...(years.size === 1 ? { year: Number([...years][0]) } : {}), units };
  return { framework, dataset, notes };
}

/** Nodes in order with their depth. */
function walk(node: FrameworkNodeInput, depth: number, parent: string | null, visit: (node: FrameworkNodeInput, depth: number, parent: string | null) => void): void {
  visit(node, depth, parent);
  if (node.kind === 'aggregate') for (const child of node.children) walk(child, depth + 1, node.id, visit);
}

/** A decimal or number as a CSV cell. */
function cell(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Writes a framework and dataset as COINr's `iData` and `iMeta` (CSV texts): levels counted from the
 * indicators (1) up to the index, `Direction` 1 / −1, weights, parents, denominators; units'
 * groups and the framework's variables as Group and Denominator columns. What COINr's tables
 * cannot say — normalisation and aggregation methods, construction steps, missing-data policies —
 * is listed in `notes`. Values are written as plain decimals, read in the dataset's locale (`"1.640"`
 * under vi-VN is written 1640, `"85,5%"` of a percent indicator 85.5); one that cannot be read is
 * refused with a {@link ChisoError} naming it. Trees with indicators at different depths have no
 * COINr levels and are refused (a RangeError).
 *
 * @example
 * const { iData, iMeta } = exportCoinr(framework, dataset);
 * iMeta.split('\n')[0]; // => 'iCode,iName,Level,Weight,Direction,Parent,Type,Denominator'
 */
export function exportCoinr(framework: FrameworkInput, dataset: DatasetInput): { iData: string; iMeta: string; notes: string[] } {
  const notes: string[] = [];
  const entries: { node: FrameworkNodeInput; depth: number; parent: string | null }[] = [];
  walk(framework.root as FrameworkNodeInput, 0, null, (node, depth, parent) => entries.push({ node, depth, parent }));
  const indicatorDepths = new Set(entries.filter((entry) => entry.node.kind === 'indicator').map((entry) => entry.depth));
  if (indicatorDepths.size !== 1) throw new RangeError('exportCoinr: COINr levels need every indicator at the same depth of the tree');
  const leafDepth = [...indicatorDepths][0] as number;
  const metaRows: (string | number)[][] = [['iCode', 'iName', 'Level', 'Weight', 'Direction', 'Parent', 'Type', 'Denominator']];
  for (const { node, depth, parent } of entries) {
    const name = node.label?.en ?? node.label?.vi ?? node.id;
    const direction = node.direction === 'lower' ? -1 : 1;
    if (node.kind === 'indicator') {
      if (node.normalisation.method !== 'minmax') notes.push(`${node.id}: normalisation ${node.normalisation.method} (COINr's default n_minmax is assumed by iMeta)`);
      metaRows.push([node.id, name, leafDepth - depth + 1, cell(node.weight ?? 1), direction, parent ?? '', 'Indicator', node.denominator?.variable ?? '']);
      if (node.denominator?.per !== undefined && String(node.denominator.per) !== '1') notes.push(`${node.id}: denominator "per ${String(node.denominator.per)}" has no iMeta column`);
    } else {
      const method = node.aggregation?.method ?? 'mean';
      if (method !== 'mean') notes.push(`${node.id}: aggregation ${method} (COINr's default a_amean is assumed by iMeta)`);
      metaRows.push([node.id, name, leafDepth - depth + 1, cell(node.weight ?? 1), direction, parent ?? '', 'Aggregate', '']);
    }
  }
  if ((framework.steps ?? []).length > 0) notes.push('construction steps (screen, impute, treat) are not part of iData/iMeta: run them in COINr (Screen, Impute, Treat)');
  const groupKeys = [...new Set(dataset.units.flatMap((unit) => Object.keys(unit.groups ?? {})))];
  const variableIds = (framework.variables ?? []).map((variable) => variable.id);
  for (const key of groupKeys) metaRows.push([key, key, '', '', '', '', 'Group', '']);
  for (const variable of framework.variables ?? []) metaRows.push([variable.id, variable.label?.en ?? variable.id, '', '', '', '', 'Denominator', '']);
  const indicatorIds = entries.filter((entry) => entry.node.kind === 'indicator').map((entry) => entry.node.id);
  const hasYear = dataset.units.some((unit) => unit.year !== undefined) || dataset.year !== undefined;
  const dataRows: (string | number)[][] = [['uCode', 'uName', ...(hasYear ? ['Time'] : []), ...groupKeys, ...variableIds, ...indicatorIds]];
  // Values as plain decimals R reads (a dataset's "1.640" under vi-VN is 1640, and R would read 1.64;
  // "85,5%" would be text): each read in the dataset's locale, an unreadable one refused naming it.
  const percentIds = new Set(entries.filter((entry) => entry.node.kind === 'indicator' && entry.node.unit === 'percent').map((entry) => entry.node.id));
  const problems: ChisoIssue[] = [];
  dataset.units.forEach((unit, unitIndex) => {
    const values = unit.values as Record<string, unknown>;
    const read = (key: string): string => {
      const value = Object.hasOwn(values, key) ? values[key] : undefined;
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return '';
      const reading = readDataValue(value, { locale: dataset.locale, percent: percentIds.has(key) });
      if (reading.ok) return reading.text;
      problems.push(issue('not_a_number', ['units', unitIndex, 'values', key], `unit ${quoteText(unit.id)}, ${quoteText(key)}: ${reading.reason}`));
      return '';
    };
    dataRows.push([unit.id, unit.name ?? unit.id, ...(hasYear ? [cell(unit.year ?? dataset.year)] : []), ...groupKeys.map((key) => cell(unit.groups?.[key])), ...variableIds.map(read), ...indicatorIds.map(read)]);
  });
  if (problems.length > 0) throw new ChisoError(problems, 'The dataset cannot be written as COINr iData');
  return { iData: formatCsv(dataRows, { formulas: 'keep' }), iMeta: formatCsv(metaRows, { formulas: 'keep' }), notes: [...new Set(notes)] };
}
