/**
 * chiso/xlsx — spreadsheets in and out: read a ministry's `.xlsx` sheet (title rows, merged
 * headers, numbers stored as text in Vietnamese form, a column mapping from its headers to
 * indicator ids) as a dataset, and write a result as a workbook to publish (ranking, one sheet per
 * level, method and metadata).
 *
 * Browser-safe like the core (it imports nothing from `node:*`), and a separate entry point so
 * that an application that does not touch spreadsheets does not carry `read-excel-file` and
 * `write-excel-file`. See docs/spreadsheets.md.
 *
 * @example
 * import { datasetFromXlsx, resultWorkbook } from 'chiso/xlsx';
 * const dataset = await datasetFromXlsx(bytes, { mapping });
 * const workbook = await resultWorkbook(score(framework, dataset), { language: 'vi' });
 *
 * @module chiso/xlsx
 */
export { datasetFromXlsx, readXlsxTable } from './read.js';
export type { DatasetFromXlsxOptions, ReadXlsxTableOptions, XlsxTable } from './read.js';
export { suggestColumnMapping } from './suggest-mapping.js';
export type { MappingGuess, SuggestedMapping } from './suggest-mapping.js';
export { resultWorkbook } from './write.js';
export type { ResultWorkbookOptions } from './write.js';
export { columnLetters, DEFAULT_MAX_CELLS, DEFAULT_MAX_UNCOMPRESSED_BYTES } from './workbook.js';
