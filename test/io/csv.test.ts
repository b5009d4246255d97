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
  it('keeps a row of empty cells as a row (formatCsv writes them); skips only empty lines, lines of spaces and blank lines above the header', () => {
    const table = parseCsv(',,\n\nid,x\n\nA,1\n,\n  ,  \n   \nB,2\n,\n');
    expect(table.header).toEqual(['id', 'x']);
    expect(table.rows.map((row) => [row.line, ...row.cells])).toEqual([
      [5, 'A', '1'],
      [6, '', ''],
      [7, '  ', '  '],
      [9, 'B', '2'],
      [10, '', ''],
    ]);
    // in a one-column table a line of spaces is a cell, and an empty cell is written "" so it comes back
    expect(formatCsv([['a'], [''], [null], [' ']])).toBe('a\n""\n""\n \n');
    expect(parseCsv(formatCsv([['a'], [''], [' ']])).rows.map((row) => row.cells)).toEqual([[''], [' ']]);
  });
  it('refuses text after a closing quote, naming its line and column, instead of gluing it to the cell', () => {
    expect(() => parseCsv('id,s\nA,"1"5')).toThrow(/line 2, column 6: "5" follows the closing quote of a quoted cell; only "," or a line end may follow it/);
    // a quoted cell spanning lines: the place is where the stray character is
    expect(() => parseCsv('id,s\nA,"x\ny" \n', { delimiter: ',' })).toThrow(/line 3, column 3: " " follows the closing quote/);
    expect(() => parseCsv('id;s\nA;"1",5\n', { delimiter: ';' })).toThrow(/line 2, column 6: "," follows the closing quote of a quoted cell; only ";" or a line end/);
    // line numbers count line breaks inside quoted cells, whichever the line end ("\n", "\r\n", a lone "\r")
    for (const end of ['\n', '\r\n', '\r']) {
      expect(() => parseCsv(['id,s', 'A,"x', 'y"', 'B,1,2', ''].join(end))).toThrow(/line 4 has 3 fields but the header has 2/);
      expect(() => parseCsv(['id,s', 'A,"x', 'y"z', ''].join(end), { delimiter: ',' })).toThrow(/line 3, column 3: "z" follows/);
    }
    // what RFC 4180 allows is read as before
    expect(parseCsv('id,s\r\nA,"1"\r\nB,"say ""hi"""').rows.map((row) => row.cells)).toEqual([['A', '1'], ['B', 'say "hi"']]);
  });
  it('guesses the separator from separators outside quotes, and reads the rows to decide', () => {
    expect(parseCsv('"h;;",hb\n1,2').header).toEqual(['h;;', 'hb']);
    expect(parseCsv('id\t"score; 2023"\nA\t1\n').rows[0]?.cells).toEqual(['A', '1']);
    // the header splits on both tab and ";", the data row only on tab
    expect(parseCsv('a;b\tc\n1\t2\n').header).toEqual(['a;b', 'c']);
    // no separator in the header: one column
    expect(parseCsv('name\n"Hà Nội, Việt Nam"\n').rows[0]?.cells).toEqual(['Hà Nội, Việt Nam']);
  });
  it('takes the separator an Excel "sep=" first line declares, and leaves that line out', () => {
    const table = parseCsv('\uFEFFsep=;\r\na,b;c\r\n1,2;3\r\n');
    expect(table.header).toEqual(['a,b', 'c']);
    expect(table.rows).toEqual([{ line: 3, cells: ['1,2', '3'] }]);
    expect(parseCsv('sep=\t\nid\tx;y\nA\t1\n').header).toEqual(['id', 'x;y']);
  });
  it('refuses a text that reads as a table with two separators, asking to name the separator', () => {
    expect(() => parseCsv('ha\th;a')).toThrow(/cannot tell which separator the CSV uses: its first lines read as 2 columns separated by ";", or 2 columns separated by tab \(the text reads both ways\); name the separator with the delimiter option/);
    expect(() => parseCsv('a,b;c\n1,2;3\n', { delimiterOption: '--separator' })).toThrow(/name the separator with --separator$/m);
    // rows ragged whichever separator is taken
    expect(() => parseCsv('a,b;c\n1,2\n1;2;3;4\n')).toThrow(/has rows of different lengths either way/);
    // named, it is read
    expect(parseCsv('ha\th;a', { delimiter: '\t' }).header).toEqual(['ha', 'h;a']);
    expect(() => parseCsv('a,b', { delimiter: '"' })).toThrow(RangeError);
    expect(() => parseCsv('a,b', { delimiter: ',,' })).toThrow(RangeError);
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
  it('skips rows whose cells are all empty, and refuses a row with values but no id, naming its line', () => {
    expect(datasetFromCsv('id,x\nA,1\n,\n , \nB,2\n,\n').units.map((unit) => unit.id)).toEqual(['A', 'B']);
    expect(() => datasetFromCsv('id,name,x\nA,a,1\n,,2\n')).toThrow(/line 3 has no unit id \(column "id" is empty\) but holds values \(column "x": "2"\): give it an id, or empty the row/);
  });
  it('refuses two columns that read as the same name: trimmed, in NFC, or the id or name column in another case', () => {
    const refused = (header: string): string[] => {
      try {
        datasetFromCsv(`${header}\n${header.split(',').map((_, index) => (index === 0 ? 'A' : String(index))).join(',')}\n`);
        return [];
      } catch (error) {
        return (error as ChisoError).issues.map((entry) => entry.message);
      }
    };
    expect(refused('id,score,ID')).toEqual([`columns 1 ("id") and 3 ("ID") have the same name (the first is the unit's id): rename or remove one of them`]);
    expect(refused('id,name,x,NAME')).toEqual([`columns 2 ("name") and 4 ("NAME") have the same name (the first is the unit's name): rename or remove one of them`]);
    expect(refused('id, score ,score')).toHaveLength(1);
    expect(refused(`id,điểm,${'điểm'.normalize('NFD')}`)).toEqual(['columns 2 ("điểm") and 3 ("điểm") both give "điểm": rename or remove one of them']);
    // distinct names are distinct columns (indicator ids are case-sensitive)
    expect(refused('id,score,Score')).toEqual([]);
  });
  it('reads headers, ids, names and groups in NFC, so decomposed accents (macOS) name the same indicator and unit', () => {
    const text = 'id,name,group:vùng,điểm\nHà_Nội,Hà Nội,Đồng bằng,1\n';
    const composed = datasetFromCsv(text);
    const decomposed = datasetFromCsv(text.normalize('NFD'));
    expect(decomposed).toEqual(composed);
    expect(Object.keys(decomposed.units[0]?.values ?? {})).toEqual(['điểm']);
    expect(decomposed.units[0]?.id).toBe('Hà_Nội');
    // options naming columns in NFD find the NFC columns too
    expect(datasetFromCsv('mã,vùng,x\nA,b,1\n', { idColumn: 'mã'.normalize('NFD'), groupColumns: ['vùng'.normalize('NFD')] }).units[0]).toEqual({ id: 'A', groups: { vùng: 'b' }, values: { x: '1' } });
  });
  it('accepts years from 1900 to 2200 written with four digits, and refuses "0000" and other nonsense years by line', () => {
    expect(datasetFromCsv('id,year\nA,1900\nB,2200\nC,2023\n').units.map((unit) => unit.year)).toEqual([1900, 2200, 2023]);
    for (const year of ['0000', '1899', '2201', '9999', '23', '2023.0', '２０２３']) {
      expect(() => datasetFromCsv(`id,year\nA,${year}\n`)).toThrow(new RegExp(`line 2, column "year": "${year.replace('.', '\\.')}" is not a year from 1900 to 2200`));
    }
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
    const rows = [['a', 'b'], ['1,5', 'he said "no"\n'], ['', '']];
    expect(parseCsv(formatCsv(rows)).rows.map((row) => row.cells)).toEqual(rows.slice(1));
    const formulas = [['a', 'b'], ['=1+1', '@x']];
    expect(parseCsv(formatCsv(formulas, { formulas: 'keep' })).rows[0]?.cells).toEqual(formulas[1]);
  });
  it('neutralises text a spreadsheet would run as a formula (OWASP CSV injection), never numbers', () => {
    const rows = [
      ['name', 'change', 'note'],
      ['=HYPERLINK("http://evil","x")', '-0.5', '@SUM(A1)'],
      ["+cmd|' /C calc'!A0", '+1.2345', '-'],
      ['\tx', '-1.640,5', 'a,=1+1'],
      ['\rx', '-12%', 'Hà Nội - Huế'],
      ["'=x", "''-", "a;''@b"],
    ];
    const written = formatCsv(rows);
    // as a spreadsheet sees the cells
    expect(parseCsv(written, { formulas: 'keep' }).rows.map((row) => row.cells)).toEqual([
      [`'=HYPERLINK("http://evil","x")`, '-0.5', `'@SUM(A1)`],
      ["'+cmd|' /C calc'!A0", '+1.2345', "'-"],
      ["'\tx", '-1.640,5', "a,'=1+1"],
      ["'\rx", '-12%', 'Hà Nội - Huế'],
      ["''=x", "'''-", "a;'''@b"],
    ]);
    // as chiso reads them back: exactly what was written, apostrophes of the text included
    expect(parseCsv(written).rows.map((row) => row.cells)).toEqual(rows.slice(1));
    // numbers given as numbers are never touched, nor is anything with formulas: 'keep'
    expect(formatCsv([[-0.5, '=1']], { formulas: 'keep' })).toBe('-0.5,=1\n');
    expect(formatCsv([[-0.5, '=1']])).toBe("-0.5,'=1\n");
    expect(() => formatCsv([['a']], '\n')).toThrow(RangeError);
  });
});

describe('datasetFromCsv: the year column', () => {
  it('dates the dataset when every row gives the same year, and only then', () => {
    const same = datasetFromCsv('id,year,x\nA,2023,1\nB,2023,2\n');
    expect(same.year).toBe(2023);
    expect(same.units.map((unit) => unit.year)).toEqual([2023, 2023]);
    expect(datasetFromCsv('id,year,x\nA,2023,1\nB,2022,2\n').year).toBeUndefined();
    expect(datasetFromCsv('id,year,x\nA,2023,1\nB,,2\n').year).toBeUndefined();
    expect(datasetFromCsv('id,year,x\nA,2023,1\n', { dataset: { year: 2024 } }).year).toBe(2024);
  });
});

describe('datasetFromCsv: total and average rows (review)', () => {
  /** The messages of the ChisoError datasetFromCsv throws. */
  const problems = (csv: string): string[] => {
    try {
      datasetFromCsv(csv);
    } catch (error) {
      if (error instanceof ChisoError) return error.issues.map((entry) => entry.message);
      throw error;
    }
    throw new Error('expected a ChisoError');
  };

  it('refuses a "Cả nước" or "Total" row, which was scored and ranked as a unit, naming its cell', () => {
    expect(problems('id,x\nHN,1\nHP,2\nCả nước,1.5\n')).toEqual(['line 4, column "id": "Cả nước" reads as a total or average row, not a unit: remove the row, or keep it as a reference that is not ranked (a "ranked" column set to no)']);
    expect(problems('id,name,x\n1,Hà Nội,1\n99,  TỔNG CỘNG: ,3\n')).toHaveLength(1);
  });

  it('keeps such a row when the table says it is not ranked, and names that merely contain the words', () => {
    expect(datasetFromCsv('id,ranked,x\nHN,yes,1\nCả nước,no,1.5\n').units.map((unit) => [unit.id, unit.ranked])).toEqual([['HN', true], ['Cả nước', false]]);
    expect(datasetFromCsv('id,x\nTotal Energies,1\nMean Valley,2\n').units).toHaveLength(2);
  });
});
