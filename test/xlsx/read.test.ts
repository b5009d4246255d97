/**
 * Reading spreadsheets (src/xlsx/read.ts). Sources of truth: the bundled sample 2023.xlsx, made by
 * scripts/make-sample-xlsx.ts from examples/data/vn-dti-2022/2023.json, must score exactly as the
 * JSON does; the other workbooks are built cell by cell (make-workbook.ts), so each expected value
 * is the cell written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { score } from '../../src/engine/score.js';
import { vnDti2022 } from '../../src/frameworks/vietnam/dti-2022.js';
import { ChisoError } from '../../src/model/issues.js';
import { assertFramework, validateDataset } from '../../src/model/validate.js';
import { datasetFromXlsx, readXlsxTable } from '../../src/xlsx/index.js';
import { makeWorkbook, type TestCell } from './make-workbook.js';

const sample = new URL('../../examples/data/vn-dti-2022/', import.meta.url);
const sampleBytes = readFileSync(new URL('2023.xlsx', sample));
const sampleMapping: unknown = JSON.parse(readFileSync(new URL('mapping.json', sample), 'utf8'));

/** The messages of the ChisoError a promise is rejected with. */
async function problems(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.map((entry) => entry.message);
    throw error;
  }
  throw new Error('expected a ChisoError');
}

/** A ministry-like sheet: a merged title, a blank row, a two-row header with merged pillars. */
function ministrySheet(data: readonly (readonly TestCell[])[], name = 'Số liệu'): Uint8Array {
  return makeWorkbook([
    {
      name,
      rows: [
        ['CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2023'],
        [],
        ['STT', 'Tỉnh/Thành phố', 'Hạ tầng số', null, 'Kinh tế số', null],
        [null, null, 'Cáp quang (%)', 'Điểm', 'Thương mại điện tử (%)', 'Điểm'],
        ...data,
      ],
      merges: ['A1:F1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:F3'],
    },
    { name: 'Ghi chú', rows: [['ghi chú']] },
  ]);
}

describe('datasetFromXlsx: the bundled ministry sheet', () => {
  it('finds the header below the title rows, over two rows, and reads 63 provinces by their usual names', async () => {
    const table = await readXlsxTable(sampleBytes, { mapping: sampleMapping as never });
    expect(table.sheet).toBe('Số liệu');
    expect(table.sheets).toEqual(['Số liệu', 'Ghi chú']);
    expect(table.headerRows).toEqual([4, 5]);
    expect(table.header.slice(0, 5)).toEqual(['STT', 'Tỉnh/Thành phố', 'Vùng', 'Năm', 'Số cuộc họp Ban chỉ đạo chuyển đổi số trong năm']);
    expect(table.headerAbove?.[4]).toEqual(['Nhận thức số']);
    const dataset = await datasetFromXlsx(sampleBytes, { mapping: sampleMapping as never });
    expect(dataset.units).toHaveLength(63);
    // one year in every row: the dataset's year, as in the JSON it was made from
    expect(dataset.year).toBe(2023);
    // "TP. Hồ Chí Minh" and "Thừa Thiên Huế" are matched through the province registry
    expect(dataset.units.find((unit) => unit.id === '79')?.name).toBe('Hồ Chí Minh');
    expect(dataset.units.find((unit) => unit.id === '46')).toBeDefined();
  });

  it('scores exactly as the JSON it was made from (every node, figure and rank of every province)', async () => {
    const fromXlsx = score(vnDti2022, await datasetFromXlsx(sampleBytes, { mapping: sampleMapping as never }));
    const fromJson = score(vnDti2022, JSON.parse(readFileSync(new URL('2023.json', sample), 'utf8')) as never);
    const byId = new Map(fromXlsx.units.map((unit) => [unit.id, unit]));
    expect(fromXlsx.units).toHaveLength(fromJson.units.length);
    for (const unit of fromJson.units) expect(byId.get(unit.id)?.nodes, unit.id).toEqual(unit.nodes);
  });
});

describe('datasetFromXlsx: headers, sheets and mappings', () => {
  const mapping = {
    id: 'Tỉnh/Thành phố',
    ignore: ['STT'],
    columns: { 'Cáp quang (%)': 'fibre_pct', 'Hạ tầng số / Điểm': 'infrastructure_points', 'Thương mại điện tử (%)': 'ecommerce_pct', 'Kinh tế số / Điểm': 'economy_points' },
  };
  const rows: TestCell[][] = [
    [1, 'Hà Nội', 94, 30, '53,2', 40],
    [2, 'Đà Nẵng', 0.1, 28.5, '1.640', 39],
  ];

  it('names a column by its path under a merged pillar, and reads numbers stored as text in the locale', async () => {
    const dataset = await datasetFromXlsx(ministrySheet(rows), { mapping, locale: 'vi-VN' });
    expect(dataset.units).toEqual([
      { id: 'Hà Nội', values: { fibre_pct: 94, infrastructure_points: 30, ecommerce_pct: '53.2', economy_points: 40 } },
      { id: 'Đà Nẵng', values: { fibre_pct: 0.1, infrastructure_points: 28.5, ecommerce_pct: '1640', economy_points: 39 } },
    ]);
    // the locale was applied while reading: the dataset carries none to apply twice
    expect(dataset.locale).toBeUndefined();
  });

  it('reads a numeric cell as the double it holds, by its shortest round-trip decimal (0.1 is 0.1)', async () => {
    const framework = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', children: [{ kind: 'indicator', id: 'x', unit: 'other', normalisation: { method: 'identity' } }] } });
    const bytes = makeWorkbook([{ name: 'S', rows: [['id', 'x'], ['A', 0.1], ['B', 0.30000000000000004], ['C', 1e-7]] }]);
    const dataset = await datasetFromXlsx(bytes);
    const result = score(framework, dataset);
    expect(result.units.map((unit) => unit.nodes.x?.raw)).toEqual(['0.1', '0.30000000000000004', '1e-7']);
  });

  it('refuses a header shared by two columns when the mapping names it alone, and says to use the path', async () => {
    const messages = await problems(datasetFromXlsx(ministrySheet(rows), { mapping: { id: 'Tỉnh/Thành phố', ignore: ['STT'], columns: { 'Cáp quang (%)': 'a', Điểm: 'b', 'Thương mại điện tử (%)': 'c' } }, locale: 'vi-VN' }));
    expect(messages).toEqual(['columns D ("Điểm") and F ("Điểm") both match the mapping\'s "Điểm"; name each by its path, e.g. "Kinh tế số / Điểm"']);
  });

  it('refuses a column the mapping does not name (with the closest key) and a key no column matches', async () => {
    const messages = await problems(
      datasetFromXlsx(ministrySheet(rows), { mapping: { id: 'Tỉnh/Thành phố', ignore: ['STT'], columns: { 'Cáp quang': 'a', 'Hạ tầng số / Điểm': 'b', 'Thương mại điện tử (%)': 'c', 'Kinh tế số / Điểm': 'd', 'Dân số': 'e' } }, locale: 'vi-VN' }),
    );
    expect(messages).toEqual([
      'column C ("Cáp quang (%)") (under "Hạ tầng số") is not in the column mapping: add its header to "columns" with the indicator id, or to "ignore" — did you mean "Cáp quang"?',
      'the mapping\'s "Cáp quang" (indicator "a") is not a column of sheet \'Số liệu\' — did you mean "Cáp quang (%)"?',
      'the mapping\'s "Dân số" (indicator "e") is not a column of sheet \'Số liệu\'',
    ]);
  });

  it('matches headers in NFC, without case and with any run of spaces or line breaks as one space', async () => {
    const bytes = makeWorkbook([{ name: 'S', rows: [['TỈNH', 'Tỷ lệ hộ gia đình\ncó   cáp quang'.normalize('NFD')], ['Hà Nội', 94]] }]);
    const dataset = await datasetFromXlsx(bytes, { mapping: { id: 'tỉnh', columns: { 'Tỷ lệ hộ gia đình có cáp quang': 'fibre_pct' } } });
    expect(dataset.units).toEqual([{ id: 'Hà Nội', values: { fibre_pct: 94 } }]);
  });

  it('accepts several headers for one indicator (a header reworded between years) when one is present', async () => {
    const bytes = makeWorkbook([{ name: 'S', rows: [['Tỉnh', 'Cáp quang 2023'], ['Hà Nội', 94]] }]);
    const dataset = await datasetFromXlsx(bytes, { mapping: { id: 'Tỉnh', columns: { 'Cáp quang 2022': 'fibre_pct', 'Cáp quang 2023': 'fibre_pct' } } });
    expect(dataset.units[0]?.values).toEqual({ fibre_pct: 94 });
  });

  it('reads a sheet by name or position, and refuses a missing one listing the sheets', async () => {
    const bytes = makeWorkbook([
      { name: 'Bìa', rows: [['Báo cáo']] },
      { name: 'Số liệu', rows: [['id', 'x'], ['A', 1]] },
    ]);
    expect((await datasetFromXlsx(bytes, { sheet: 'Số liệu' })).units).toEqual([{ id: 'A', values: { x: 1 } }]);
    expect((await datasetFromXlsx(bytes, { sheet: 2 })).units).toEqual([{ id: 'A', values: { x: 1 } }]);
    expect((await datasetFromXlsx(bytes, { sheet: 'số liệu' })).units).toHaveLength(1);
    expect(await problems(datasetFromXlsx(bytes, { sheet: 'So lieu' }))).toEqual(['there is no sheet "So lieu"; the sheets are "Bìa", "Số liệu" — did you mean "Số liệu"?']);
    expect(await problems(datasetFromXlsx(bytes, { sheet: 3 }))).toEqual(['there is no sheet 3: the workbook has 2 sheets ("Bìa", "Số liệu")']);
  });

  it('finds the header row below title rows without a mapping, or takes the one given', async () => {
    const bytes = makeWorkbook([{ name: 'S', rows: [['Báo cáo năm 2023'], ['Nguồn: Sở TT&TT'], [], ['id', 'x'], ['A', 1]], merges: ['A1:B1'] }]);
    expect((await readXlsxTable(bytes)).headerRows).toEqual([4, 4]);
    expect((await datasetFromXlsx(bytes)).units).toEqual([{ id: 'A', values: { x: 1 } }]);
    expect(await problems(datasetFromXlsx(bytes, { headerRow: 9 }))).toEqual(["Sheet 'S' has 5 rows, so the header cannot start on row 9"]);
  });

  it('fills a merged data cell (a region over its provinces) into every row it spans; empty cells are missing', async () => {
    const bytes = makeWorkbook([{ name: 'S', rows: [['id', 'region', 'x'], ['A', 'Bắc', 1], ['B', null, null]], merges: ['B2:B3'] }]);
    expect((await datasetFromXlsx(bytes, { groupColumns: ['region'] })).units).toEqual([
      { id: 'A', groups: { region: 'Bắc' }, values: { x: 1 } },
      { id: 'B', groups: { region: 'Bắc' }, values: { x: null } },
    ]);
  });
});

describe('datasetFromXlsx: merged value cells (review)', () => {
  it('refuses a value shown by a merged range over two provinces or two indicators, which was counted for each cell', async () => {
    const rows = makeWorkbook([{ name: 'S', rows: [['id', 'x', 'y'], ['A', 5, 1], ['B', null, 2]], merges: ['B2:B3'] }]);
    expect(await problems(datasetFromXlsx(rows))).toEqual([
      `Sheet 'S'!B3 ("x") is part of a merged range showing "5" from B2: one value over several units or indicators is not one value each — unmerge the cells and write each unit's value`,
    ]);
    const columns = makeWorkbook([{ name: 'S', rows: [['id', 'x', 'y'], ['A', 5, null]], merges: ['B2:C2'] }]);
    expect(await problems(datasetFromXlsx(columns))).toHaveLength(1);
    // an empty merged range holds nothing to copy: both cells are missing
    const empty = makeWorkbook([{ name: 'S', rows: [['id', 'x', 'y'], ['A', null, null], ['B', 1, 2]], merges: ['B2:C2'] }]);
    expect((await datasetFromXlsx(empty)).units[0]?.values).toEqual({ x: null, y: null });
  });
});

describe('datasetFromXlsx: cells that are not numbers, named by their address', () => {
  it('refuses error values (#DIV/0!, #N/A) and text that is no number, naming each cell', async () => {
    const bytes = makeWorkbook([{ name: 'Số liệu', rows: [['id', 'x', 'y'], ['A', { error: '#DIV/0!' }, 'n/a'], ['B', { formula: 'NA()' }, 2]] }]);
    expect(await problems(datasetFromXlsx(bytes))).toEqual(["Sheet 'Số liệu'!B3 holds a formula whose value was never calculated and saved: open the file in Excel or LibreOffice and save it, so the value is stored with the formula"]);
    const errors = makeWorkbook([{ name: 'Số liệu', rows: [['id', 'x', 'y'], ['A', { error: '#DIV/0!' }, 'n/a'], ['B', { error: '#N/A' }, 2]] }]);
    expect(await problems(datasetFromXlsx(errors))).toEqual([
      "Sheet 'Số liệu'!B2: #DIV/0! is a spreadsheet error (the formula divides by zero), not a number (leave the cell empty if the value is missing)",
      'Sheet \'Số liệu\'!C2 ("y"): "n/a" is not a number',
      "Sheet 'Số liệu'!B3: #N/A is a spreadsheet error (no value is available), not a number (leave the cell empty if the value is missing)",
    ]);
  });

  it('reads a formula by its saved value', async () => {
    const bytes = makeWorkbook([{ name: 'S', rows: [['id', 'x'], ['A', { formula: '1/3', value: 0.3333333333333333 }]] }]);
    expect((await datasetFromXlsx(bytes)).units[0]?.values).toEqual({ x: 0.3333333333333333 });
  });

  it('refuses "0,8002" and an ambiguous "1,640" without a locale, naming the cell and the locale to declare', async () => {
    const bytes = makeWorkbook([{ name: 'S', rows: [['id', 'x'], ['A', '0,8002'], ['B', '1,640']] }]);
    const messages = await problems(datasetFromXlsx(bytes));
    expect(messages[0]).toMatch(/^Sheet 'S'!B2 \("x"\): "0,8002" is written the Vietnamese way \(0\.8002 with locale vi-VN\); declare how numbers are written: --locale vi-VN/);
    expect(messages[1]).toMatch(/^Sheet 'S'!B3 \("x"\): "1,640" reads as 1640 with locale en but as 1\.640 with locale vi-VN; declare how numbers are written/);
  });

  it('keeps a percent sign for validation, which accepts it only for percent indicators', async () => {
    const framework = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', children: [{ kind: 'indicator', id: 'x', unit: 'percent', normalisation: { method: 'identity' } }] } });
    const bytes = makeWorkbook([{ name: 'S', rows: [['id', 'x'], ['A', '85,5 %']] }]);
    const dataset = await datasetFromXlsx(bytes, { locale: 'vi-VN' });
    expect(dataset.units[0]?.values).toEqual({ x: '85.5%' });
    expect(validateDataset(framework, dataset).success).toBe(true);
  });

  it('names the cell of a province that is not one', async () => {
    const bytes = makeWorkbook([{ name: 'S', rows: [['Tỉnh', 'x'], ['TP. Hồ Chí Minh', 1], ['Da Nag', 2]] }]);
    const messages = await problems(datasetFromXlsx(bytes, { idColumn: 'Tỉnh', provinces: true }));
    expect(messages).toEqual(["Sheet 'S'!A3: \"Da Nag\" is not one of the 63 provinces (until 30 June 2025); closest: Đà Nẵng, Hà Nam, Cà Mau"]);
  });
});

describe('datasetFromXlsx: hostile files', () => {
  it('refuses a text file, a legacy .xls, an OpenDocument file and a damaged or foreign zip for what each is', async () => {
    expect(await problems(datasetFromXlsx(strToU8('id,x\nA,1\n')))).toEqual(['this is a text file, not an .xlsx workbook (a CSV? give it a .csv name)']);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await problems(datasetFromXlsx(xls)))[0]).toMatch(/^this is a legacy Excel 97–2003 workbook \(\.xls\), which chiso does not read: open it in Excel or LibreOffice and save it as \.xlsx/);
    const ods = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') });
    expect((await problems(datasetFromXlsx(ods)))[0]).toMatch(/^this is an OpenDocument spreadsheet \(\.ods\)/);
    expect(await problems(datasetFromXlsx(zipSync({ 'a.txt': strToU8('hello') })))).toEqual(['the zip archive holds no xl/workbook.xml, so it is not an .xlsx workbook']);
    const damaged = makeWorkbook([{ name: 'S', rows: [['id']] }]).slice(0, 100);
    expect((await problems(datasetFromXlsx(damaged)))[0]).toMatch(/^the file is a damaged zip archive/);
    expect(await problems(datasetFromXlsx(new Uint8Array(0)))).toEqual(['the file is empty']);
    await expect(datasetFromXlsx('not bytes' as never)).rejects.toThrow(TypeError);
  });

  it('refuses a workbook that unpacks beyond the limit before inflating it (a zip bomb), and a sheet spanning too many cells', async () => {
    // 20 MB of zeros deflate to about 20 kB
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(20_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect((await problems(datasetFromXlsx(bomb, { maxUncompressedBytes: 1_000_000 })))[0]).toMatch(/^the workbook unpacks to more than 1,000,000 bytes of XML \(at "xl\/workbook\.xml"\): refused as too large/);
    const far = makeWorkbook([{ name: 'S', rows: [['id', 'x'], ['A', 1]], extra: [{ address: 'XFD1048576', cell: 1 }] }]);
    expect((await problems(datasetFromXlsx(far)))[0]).toBe("sheet \"S\" spans 1,048,576 rows × 16,384 columns, more than 5,000,000 cells: refused as too large to read safely (the maxCells option raises the limit)");
  });
});

describe('datasetFromXlsx: sheets named by digits', () => {
  it('takes digits as a sheet name when a sheet has it, else as a position', async () => {
    const bytes = makeWorkbook([
      { name: '2022', rows: [['id', 'x'], ['A', 1]] },
      { name: '2023', rows: [['id', 'x'], ['A', 2]] },
    ]);
    expect((await datasetFromXlsx(bytes, { sheet: '2023' })).units[0]?.values).toEqual({ x: 2 });
    expect((await datasetFromXlsx(bytes, { sheet: '2' })).units[0]?.values).toEqual({ x: 2 });
    expect((await datasetFromXlsx(bytes, { sheet: 1 })).units[0]?.values).toEqual({ x: 1 });
  });
});

/** A workbook whose sheet S holds the header id, x and the given rows of raw cell XML (for cells make-workbook cannot write). */
function rawSheet(rowsXml: string, files: Readonly<Record<string, string>> = {}): Uint8Array {
  const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>${rowsXml}</sheetData></worksheet>`;
  return makeWorkbook([{ name: 'S', rows: [] }], { 'xl/worksheets/sheet1.xml': sheet, ...files });
}

describe('datasetFromXlsx: hostile cells (review)', () => {
  const unitA = '<c r="A2" t="inlineStr"><is><t>A</t></is></c>';

  it('refuses a number cell whose stored text is no finite number (1e999 was read as missing, 0x10 as 16)', async () => {
    expect(await problems(datasetFromXlsx(rawSheet(`<row r="2">${unitA}<c r="B2"><v>1e999</v></c></row>`)))).toEqual([`Sheet 'S'!B2 is a number cell holding "1e999", which is not a finite decimal number`]);
    expect(await problems(datasetFromXlsx(rawSheet(`<row r="2">${unitA}<c r="B2"><v>0x10</v></c></row>`)))).toEqual([`Sheet 'S'!B2 is a number cell holding "0x10", which is not a finite decimal number`]);
  });

  it('reads a percent-formatted cell as the sheet shows it (0.855 shown as 85.5% is "85.5%"), never silently as 0.855', async () => {
    // styles: cellXfs 1 is the built-in 0.00% (numFmtId 10), 2 a custom 0.0%, 3 a custom format with "%" only in quotes
    const styles = '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.0&quot; %&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const rows = ['0.85499999999999998', '1.5E-3', '12.5'].map((stored, index) => `<row r="${index + 2}"><c r="A${index + 2}" t="inlineStr"><is><t>U${index}</t></is></c><c r="B${index + 2}" s="${index + 1}"><v>${stored}</v></c></row>`).join('');
    const dataset = await datasetFromXlsx(rawSheet(rows, { 'xl/styles.xml': styles }));
    expect(dataset.units.map((unit) => unit.values.x)).toEqual(['85.5%', '0.15%', 12.5]);
    const percent = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', children: [{ kind: 'indicator', id: 'x', unit: 'percent', normalisation: { method: 'identity' } }] } });
    expect(validateDataset(percent, dataset).success).toBe(true);
    const ratio = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', children: [{ kind: 'indicator', id: 'x', unit: 'ratio', normalisation: { method: 'identity' } }] } });
    expect(validateDataset(ratio, dataset).success).toBe(false);
  });

  it('refuses cells without an address, which cannot be placed (the message was a TypeError\'s)', async () => {
    expect(await problems(datasetFromXlsx(rawSheet('<row r="2"><c t="inlineStr"><is><t>A</t></is></c><c><v>5</v></c></row>')))).toEqual([
      `Sheet 'S' has 2 cells without an address (the program that wrote it left out r="B7"), so no cell can be placed for certain: open the file in Excel or LibreOffice and save it`,
    ]);
  });

  it('refuses a sheet whose relation points at "__proto__", and a character reference beyond Unicode, as ChisoErrors (were a TypeError and a RangeError)', async () => {
    const proto = makeWorkbook([{ name: 'S', rows: [['id', 'x'], ['A', 1]] }], {
      'xl/_rels/workbook.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="/__proto__"/></Relationships>',
    });
    expect(await problems(datasetFromXlsx(proto))).toEqual(['sheet "S" has no data file ("__proto__") in the workbook']);
    const beyond = makeWorkbook([{ name: 'S', rows: [['id', 'x'], ['A', 1]] }], {
      'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="&#x110000;" sheetId="1" r:id="rId1"/></sheets></workbook>',
    });
    await expect(datasetFromXlsx(beyond)).rejects.toBeInstanceOf(ChisoError);
  });

  it('does not expand entities a sheet declares (no billion laughs): the text stays as written', async () => {
    const sheet = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>&b;</t></is></c><c r="B2"><v>1</v></c></row></sheetData></worksheet>`;
    const dataset = await datasetFromXlsx(makeWorkbook([{ name: 'S', rows: [] }], { 'xl/worksheets/sheet1.xml': sheet }));
    expect(dataset.units[0]?.id.length).toBeLessThan(10);
  });
});

describe('readXlsxTable: merged ranges as a work bomb (review)', () => {
  it('refuses merged ranges whose total area exceeds maxCells, before filling any (one range repeated would fill the grid again and again)', async () => {
    const merges = Array.from({ length: 2000 }, () => 'A1:J1000');
    const bytes = makeWorkbook([{ name: 'S', rows: [['id', 'x'], ['A', 1]], merges }]);
    expect(await problems(readXlsxTable(bytes))).toEqual([`sheet "S" has merged ranges covering 20,000,000 cells, more than 5,000,000: refused as too large to read safely (the maxCells option raises the limit)`]);
  });
});

describe('readXlsxTable: hidden sheets (review)', () => {
  it('reads the first sheet a person sees by default, not a hidden one before it (which was read silently)', async () => {
    const bytes = makeWorkbook([{ name: 'Lookup', rows: [['id', 'x'], ['OLD', 1]] }, { name: 'Data', rows: [['id', 'x'], ['NEW', 2]] }], {
      'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lookup" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Data" sheetId="2" r:id="rId2"/></sheets></workbook>',
    });
    expect((await datasetFromXlsx(bytes)).units.map((unit) => unit.id)).toEqual(['NEW']);
    expect((await datasetFromXlsx(bytes, { sheet: 'Lookup' })).units.map((unit) => unit.id)).toEqual(['OLD']);
  });
});
