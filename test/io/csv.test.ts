import { describe, expect, it } from 'vitest';
import { assertFramework, ChisoError, datasetFromCsv, formatCsv, formatIssue, parseCsv, validateDataset } from '../../src/index.js';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks (RFC 4180)', () => {
    const table = parseCsv('id,name,note\nHCM,"TP. Hồ Chí Minh, VN","say ""hi""\nthere"\n');
    expect(table.header).toEqual(['id', 'name', 'note']);
    expect(table.rows[0]?.cells).toEqual(['HCM', 'TP. Hồ Chí Minh, VN', 'say "hi"\nthere']);
  });
  it('skips comment lines when asked, blank lines and a byte-order mark, and keeps line numbers', () => {
    const table = parseCsv('\uFEFF# source: test\nid,x\n\nA,1\r\nB,2', { comment: '#' });
    expect(table.rows.map((row) => [row.line, ...row.cells])).toEqual([
      [4, 'A', '1'],
      [5, 'B', '2'],
    ]);
  });
  it('reads a row whose first cell starts with "#" as data unless comments are asked for', () => {
    const text = 'name,x\n#N/A,1\n#1 Team,2\n';
    expect(parseCsv(text).rows.map((row) => row.cells[0])).toEqual(['#N/A', '#1 Team']);
    expect(parseCsv(text, { comment: '#' }).rows).toEqual([]);
    expect(parseCsv('#,id\n1,A\n').header).toEqual(['#', 'id']);
  });
  it('skips blank rows anywhere, also rows of spaces and separators only (spreadsheet exports)', () => {
    const table = parseCsv('id,x\n\nA,1\n,\n  ,  \nB,2\n,\n');
    expect(table.rows.map((row) => [row.line, ...row.cells])).toEqual([
      [3, 'A', '1'],
      [6, 'B', '2'],
    ]);
  });
  it('detects a semicolon separator, as spreadsheets in comma-decimal locales write', () => {
    expect(parseCsv('id;score\nHN;0,85\n').rows[0]?.cells).toEqual(['HN', '0,85']);
  });
  it('reports rows of the wrong length and unclosed quotes by line', () => {
    expect(() => parseCsv('id,x\nA,1,2\nB\n')).toThrow(/line 2 has 3 fields but the header has 2/);
    // every such row, none padded or cut
    try {
      parseCsv('id,x,y\nA,1\nB,1,2,3\nC,1,2\n');
      expect.unreachable();
    } catch (error) {
      expect((error as ChisoError).issues.map((entry) => entry.message)).toEqual(['line 2 has 2 fields but the header has 3', 'line 3 has 4 fields but the header has 3']);
    }
    try {
      parseCsv('id,x\nA,"1\n');
    } catch (error) {
      expect((error as ChisoError).issues[0]?.message).toBe('a quoted field that starts on line 2 is never closed');
    }
  });
});

describe('datasetFromCsv', () => {
  it('keeps cells as text so decimals stay exact, and empty cells as missing', () => {
    const dataset = datasetFromCsv('id,name,group:region,year,ranked,a,b\nHN,Hà Nội,Red River Delta,2023,yes,0.7908,\nVN,Cả nước,,2023,no,0.5,1\n');
    expect(dataset.units).toEqual([
      { id: 'HN', name: 'Hà Nội', groups: { region: 'Red River Delta' }, year: 2023, ranked: true, values: { a: '0.7908', b: null } },
      { id: 'VN', name: 'Cả nước', year: 2023, ranked: false, values: { a: '0.5', b: '1' } },
    ]);
  });
  it('takes the id column by name or option, group columns and ignored columns', () => {
    const dataset = datasetFromCsv('country,region,x,desi_score\nAT,West,1,54.6\n', { groupColumns: ['region'], ignoreColumns: ['desi_score'] });
    expect(dataset.units[0]).toEqual({ id: 'AT', groups: { region: 'West' }, values: { x: '1' } });
  });
  it('keeps columns and group columns named like Object.prototype members ("__proto__", "constructor")', () => {
    const dataset = datasetFromCsv('id,group:__proto__,region,__proto__,constructor,toString\nA,north,x,1,2,3\n', { groupColumns: ['region'] });
    const unit = dataset.units[0];
    expect(Object.keys(unit?.values ?? {})).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.entries(unit?.values ?? {})).toEqual([['__proto__', '1'], ['constructor', '2'], ['toString', '3']]);
    expect(Object.entries(unit?.groups ?? {})).toEqual([['__proto__', 'north'], ['region', 'x']]);
  });
  it('says when there is no id column, in the words of the caller', () => {
    expect(() => datasetFromCsv('label,x\nA,1\n')).toThrow(/no id column: name one of id, unit, code, country, province, or choose the column with the idColumn option/);
    expect(() => datasetFromCsv('label,x\nA,1\n', { idColumnOption: '--id-column' })).toThrow(/or choose the column with --id-column$/m);
    expect(() => datasetFromCsv('Province code,x\nA,1\n', { idColumn: 'province_code' })).toThrow(/there is no column "province_code" — did you mean "Province code"\?/);
  });
  it('refuses two columns that would fill the same place, instead of letting the last one win', () => {
    try {
      datasetFromCsv('id,x,year,x,group:region,region,Year\nA,1,2023,2,n,s,2024\n', { groupColumns: ['region'] });
      expect.unreachable();
    } catch (error) {
      expect((error as ChisoError).issues.map((entry) => entry.message)).toEqual([
        'columns 2 ("x") and 4 ("x") both give "x": rename or remove one of them',
        'columns 5 ("group:region") and 6 ("region") both give group "region": rename or remove one of them',
        'columns 3 ("year") and 7 ("Year") both give the unit\'s year: rename or remove one of them',
      ]);
    }
  });
  it('keeps spreadsheet errors (#N/A, #REF!) as cells; validation names them with every other problem, row by row', () => {
    const framework = assertFramework({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'top', children: [{ kind: 'indicator', id: 'x', unit: 'percent', normalisation: { method: 'minmax' } }] } });
    const dataset = datasetFromCsv('id,name,group:region,x\n#N/A,A,n,1\nB,#REF!,#VALUE!,#DIV/0!\nC,C,s, #n/a \n');
    expect(dataset.units.map((unit) => unit.id)).toEqual(['#N/A', 'B', 'C']);
    const checked = validateDataset(framework, dataset);
    expect(checked.issues.map(formatIssue)).toEqual([
      'units[0].id: id "#N/A" is refused: ids use letters, digits, "_", "-" and "." only (it has "#", "/") (a spreadsheet error: no value is available; fix it in the spreadsheet, or leave the cell empty if the value is missing)',
      'units[1].groups.region: unit "B": group "region" is "#VALUE!", not a group name (a spreadsheet error: the formula met a value of the wrong type; fix it in the spreadsheet, or leave the cell empty if the value is missing)',
      'units[1].name: unit "B": name "#REF!" is not a name (a spreadsheet error: the formula refers to a cell that no longer exists; fix it in the spreadsheet, or leave the cell empty if the value is missing)',
      'units[1].values.x: unit "B", indicator "x": "#DIV/0!" is not a number (a spreadsheet error: the formula divides by zero; fix it in the spreadsheet, or leave the cell empty if the value is missing)',
      'units[2].values.x: unit "C", indicator "x": "#n/a" is not a number (a spreadsheet error: no value is available; fix it in the spreadsheet, or leave the cell empty if the value is missing)',
    ]);
    expect(() => datasetFromCsv('id,year,ranked\nA,#N/A,#REF!\n')).toThrow(/line 2, column "year": #N\/A is a spreadsheet error \(no value is available\), not a year/);
  });
  it('skips a trailing column without a name or values, and refuses one without a name that has values', () => {
    expect(datasetFromCsv('id,x,\nA,1,\n').units).toEqual([{ id: 'A', values: { x: '1' } }]);
    expect(() => datasetFromCsv('id,x,\nA,1,\nB,2,3\n')).toThrow(/column 3 has no name but holds values \(line 3: "3"\)/);
  });
});

describe('formatCsv', () => {
  it('quotes only what needs quoting', () => {
    expect(formatCsv([['id', 'name'], ['HCM', 'TP. Hồ Chí Minh, Việt Nam'], ['X', null]])).toBe('id,name\nHCM,"TP. Hồ Chí Minh, Việt Nam"\nX,\n');
  });
  it('round-trips through parseCsv', () => {
    const rows = [['a', 'b'], ['1,5', 'he said "no"\n']];
    expect(parseCsv(formatCsv(rows)).rows[0]?.cells).toEqual(rows[1]);
  });
});
