import { describe, expect, it } from 'vitest';
import { ChisoError, datasetFromCsv, formatCsv, parseCsv } from '../../src/index.js';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks (RFC 4180)', () => {
    const table = parseCsv('id,name,note\nHCM,"TP. Hồ Chí Minh, VN","say ""hi""\nthere"\n');
    expect(table.header).toEqual(['id', 'name', 'note']);
    expect(table.rows[0]?.cells).toEqual(['HCM', 'TP. Hồ Chí Minh, VN', 'say "hi"\nthere']);
  });
  it('skips comment lines, blank lines and a byte-order mark, and keeps line numbers', () => {
    const table = parseCsv('\uFEFF# source: test\nid,x\n\nA,1\r\nB,2');
    expect(table.rows.map((row) => [row.line, ...row.cells])).toEqual([
      [4, 'A', '1'],
      [5, 'B', '2'],
    ]);
  });
  it('detects a semicolon separator, as spreadsheets in comma-decimal locales write', () => {
    expect(parseCsv('id;score\nHN;0,85\n').rows[0]?.cells).toEqual(['HN', '0,85']);
  });
  it('reports rows of the wrong length and unclosed quotes by line', () => {
    expect(() => parseCsv('id,x\nA,1,2\nB\n')).toThrow(/line 2 has 3 fields but the header has 2/);
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
  it('says when there is no id column', () => {
    expect(() => datasetFromCsv('label,x\nA,1\n')).toThrow(/no id column/);
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
