/**
 * Builds small `.xlsx` files cell by cell for the tests — what `write-excel-file` cannot write:
 * error cells (#DIV/0!), formulas with and without a saved value, cells far out in the sheet —
 * as the minimal parts a workbook needs (workbook, its relations, one XML file per sheet).
 */
import { strToU8, zipSync } from 'fflate';

/** A cell: a number, a text, an error value, a boolean, or a formula (with its saved value or none). */
export type TestCell = null | number | string | { error: string } | { boolean: boolean } | { formula: string; value?: number | string };

/** A sheet: rows of cells from A1, merged ranges ("A1:C1"), and cells placed at an address. */
export interface TestSheet {
  readonly name: string;
  readonly rows: readonly (readonly TestCell[])[];
  readonly merges?: readonly string[];
  readonly extra?: readonly { readonly address: string; readonly cell: TestCell }[];
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function letters(column: number): string {
  let result = '';
  let rest = column;
  while (rest > 0) {
    result = String.fromCharCode(65 + ((rest - 1) % 26)) + result;
    rest = Math.floor((rest - 1) / 26);
  }
  return result;
}

function cellXml(address: string, cell: TestCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return `<c r="${address}"><v>${cell}</v></c>`;
  if (typeof cell === 'string') return `<c r="${address}" t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`;
  if ('error' in cell) return `<c r="${address}" t="e"><v>${escape(cell.error)}</v></c>`;
  if ('boolean' in cell) return `<c r="${address}" t="b"><v>${cell.boolean ? 1 : 0}</v></c>`;
  const type = typeof cell.value === 'string' ? ' t="str"' : '';
  return `<c r="${address}"${type}><f>${escape(cell.formula)}</f>${cell.value === undefined ? '' : `<v>${escape(String(cell.value))}</v>`}</c>`;
}

/** The sheet's XML. */
export function sheetXml(sheet: TestSheet): string {
  const rows = new Map<number, string[]>();
  sheet.rows.forEach((row, rowIndex) => {
    rows.set(rowIndex + 1, row.map((cell, column) => cellXml(`${letters(column + 1)}${rowIndex + 1}`, cell)));
  });
  for (const { address, cell } of sheet.extra ?? []) {
    const row = Number(/\d+/.exec(address)?.[0]);
    rows.set(row, [...(rows.get(row) ?? []), cellXml(address, cell)]);
  }
  const data = [...rows.entries()].sort(([left], [right]) => left - right).map(([row, cells]) => `<row r="${row}">${cells.join('')}</row>`).join('');
  const merges = sheet.merges === undefined || sheet.merges.length === 0 ? '' : `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${merges}</worksheet>`;
}

/** A workbook of the given sheets, as the bytes of an `.xlsx` file. */
export function makeWorkbook(sheets: readonly TestSheet[], files: Readonly<Record<string, string>> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_sheet, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, index) => `<sheet name="${escape(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_sheet, index) => `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  sheets.forEach((sheet, index) => {
    entries[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(sheetXml(sheet));
  });
  for (const [path, content] of Object.entries(files)) entries[path] = strToU8(content);
  return zipSync(entries);
}
