/**
 * COINr's iData / iMeta read into chiso and written back.
 *
 * Source of truth: COINr's ASEM example inputs (examples/data/asem, from COINr 1.1.14, MIT; see its
 * README) and test/fixtures/asem/coinr_build.json, written by coinr_build.py — an independent numpy
 * reimplementation of COINr's documented default build (Denominate → n_minmax 0–100 → a_amean),
 * from COINr's R source, not from chiso. Scores agree to 1e-9 relative (floats against exact).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCoinr, importCoinr } from '../../src/io/coinr.js';
import { ChisoError, score } from '../../src/index.js';

const data = new URL('../../examples/data/asem/', import.meta.url);
const shared = new URL('../../../shared/conformance/asem/', import.meta.url);
const iData = readFileSync(new URL('ASEM_iData.csv', data), 'utf8');
const iMeta = readFileSync(new URL('ASEM_iMeta.csv', data), 'utf8');
const expected = JSON.parse(readFileSync(new URL('../fixtures/asem/coinr_build.json', import.meta.url), 'utf8')) as {
  default: Record<string, Record<string, number | null>>;
};

describe('importCoinr', () => {
  const { framework, dataset } = importCoinr({ iData, iMeta });
  const result = score(framework, dataset);

  it('reads the ASEM model: 51 units, 49 indicators, four levels, groups and denominators', () => {
    expect(dataset.units).toHaveLength(51);
    expect(result.nodes.filter((node) => node.kind === 'indicator')).toHaveLength(49);
    expect(Math.max(...result.nodes.map((node) => node.depth))).toBe(3);
    expect(result.root).toBe('Index');
    expect(dataset.units[0]?.groups).toEqual({ GDP_group: 'L', GDPpc_group: 'XL', Pop_group: 'M', EurAsia_group: 'Europe' });
    expect(framework.variables?.map((variable) => variable.id)).toEqual(['Area', 'Energy', 'GDP', 'Population']);
  });

  it("scores as COINr's default build (Denominate, n_minmax 0-100, a_amean) at every aggregate", () => {
    let compared = 0;
    for (const [node, byUnit] of Object.entries(expected.default)) {
      for (const [unit, value] of Object.entries(byUnit)) {
        const figure = result.units.find((entry) => entry.id === unit)?.nodes[node]?.score;
        if (value === null) expect(figure ?? null).toBeNull();
        else expect(Math.abs(Number(figure) - value)).toBeLessThan(1e-9 * Math.max(1, Math.abs(value)));
        compared += 1;
      }
    }
    expect(compared).toBe(51 * 11);
  });

  it('leaves a cell missing where its denominator is missing (LAO has no Energy), as R gives NA', () => {
    const denominate = result.construction?.steps[0];
    expect(denominate?.step === 'denominate' ? denominate.undefinedCells.map((cell) => cell.indicator) : []).toEqual(['Elec', 'Gas']);
    expect(result.units.find((unit) => unit.id === 'LAO')?.nodes.Elec?.normalised).toBeNull();
  });

  it('takes tables of cells as well as CSV text', () => {
    const table = (text: string): string[][] => text.trim().split('\n').map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
    const tiny = importCoinr({
      iMeta: table('iCode,iName,Level,Weight,Direction,Parent,Type\na,A,1,1,1,top,Indicator\nb,B,1,3,-1,top,Indicator\ntop,Top,2,1,1,,Aggregate'),
      iData: [['uCode', 'uName', 'a', 'b'], ['X', 'Ex', 0, 10], ['Y', 'Why', 10, 0], ['Z', 'Zed', 5, 'NA']],
    });
    const scores = score(tiny.framework, tiny.dataset).units.map((unit) => unit.nodes.top?.score);
    // hand: X: a 0, b (lower) 0 → 0; Y: 100, 100 → 100; Z: a 50 only → 50
    expect(scores).toEqual(['0', '100', '50']);
  });

  it('refuses tables it cannot read, naming each problem', () => {
    expect(() => importCoinr({ iMeta: 'iCode,Type\na,Indicator\n', iData: 'uCode,a\nX,1\n' })).toThrow(ChisoError);
    expect(() => importCoinr({ iMeta: 'iCode,Type,Parent\na,Indicator,nowhere\ntop,Aggregate,\n', iData: 'uCode\nX\n' })).toThrow(/no column in iData[\s\S]*parent "nowhere"/);
  });

  /** The messages of the ChisoError importCoinr throws. */
  const problems = (tables: { iMeta: string; iData: string }): string[] => {
    try {
      importCoinr(tables);
    } catch (error) {
      if (error instanceof ChisoError) return error.issues.map((entry) => entry.message);
      throw error;
    }
    throw new Error('expected a ChisoError');
  };
  const tinyData = 'uCode,a,b\nX,1,2\nY,3,4\n';

  it('builds the tree by Parent links, not by Level: a wrong or missing Level no longer leaves a pillar and its indicators out', () => {
    // p2's Level is missing and p1's says 5: sorted by Level, p1 was built after top and silently dropped
    const meta = 'iCode,Level,Direction,Parent,Type\na,1,1,p1,Indicator\nb,1,1,p2,Indicator\np1,5,1,top,Aggregate\np2,,1,top,Aggregate\ntop,3,1,,Aggregate\n';
    const { framework } = importCoinr({ iMeta: meta, iData: tinyData });
    const root = framework.root as { children: { id: string }[] };
    expect(root.children.map((child) => child.id)).toEqual(['p1', 'p2']);
  });

  it('refuses Parent links in a cycle, duplicate iCodes and a Direction other than 1 or -1 (was read as 1)', () => {
    const cycle = 'iCode,Direction,Parent,Type\na,1,p1,Indicator\nb,1,p2,Indicator\np1,1,p2,Aggregate\np2,1,p1,Aggregate\ntop,1,,Aggregate\nc,1,top,Indicator\n';
    expect(problems({ iMeta: cycle, iData: 'uCode,a,b,c\nX,1,2,3\n' }).join('\n')).toMatch(/aggregate "p1" is not under the index "top": its Parent links form a cycle[\s\S]*aggregate "p2" is not under the index/);
    const twice = 'iCode,Direction,Parent,Type\na,1,top,Indicator\na,1,top,Indicator\ntop,1,,Aggregate\n';
    expect(problems({ iMeta: twice, iData: tinyData })).toContain('iMeta rows 2 and 3 both have iCode "a"');
    for (const written of ['0', '2', 'lower', '-1,5']) {
      const meta = `iCode,Direction,Parent,Type\na,${written.includes(',') ? `"${written}"` : written},top,Indicator\ntop,1,,Aggregate\n`;
      expect(problems({ iMeta: meta, iData: tinyData })).toEqual([`iMeta "a": Direction "${written}" is not 1 (higher is better) or -1 (lower is better)`]);
    }
    const minus = importCoinr({ iMeta: 'iCode,Direction,Parent,Type\na,\u22121,top,Indicator\nb,-1.0,top,Indicator\ntop,1,,Aggregate\n', iData: tinyData });
    expect((minus.framework.root as { children: { direction: string }[] }).children.map((child) => child.direction)).toEqual(['lower', 'lower']);
  });

  it('refuses a Weight that is no plain decimal (0x10 was read as 16, "0,5" names the problem), a year that is none, a header given twice and a cell beyond the header', () => {
    expect(problems({ iMeta: 'iCode,Weight,Parent,Type\na,0x10,top,Indicator\nb,"0,5",top,Indicator\ntop,1,,Aggregate\n', iData: tinyData })).toEqual([
      'iMeta "a": Weight "0x10" is not a number (a plain decimal such as 0.5)',
      'iMeta "b": Weight "0,5" is not a number (a plain decimal such as 0.5)',
    ]);
    const meta = 'iCode,Parent,Type\na,top,Indicator\ntop,,Aggregate\n';
    expect(problems({ iMeta: meta, iData: 'uCode,Time,a\nX,2020a,1\n' })).toEqual(['iData row 2 ("X"): Time "2020a" is not a year from 1900 to 2200']);
    expect(problems({ iMeta: meta, iData: [['uCode', 'a', 'a'], ['X', '1', '2']] as never })).toEqual(['iData has two columns "a": the second would overwrite the first; rename or remove one']);
    expect(problems({ iMeta: meta, iData: [['uCode', 'a'], ['X', '1', '2']] as never })).toEqual(['iData row 2 has a value ("2") in column 3, beyond the 2 columns of the header']);
  });

  it('bundles the same files as the shared conformance copy', () => {
    if (!existsSync(shared)) return;
    expect(iData).toBe(readFileSync(new URL('ASEM_iData.csv', shared), 'utf8'));
    expect(iMeta).toBe(readFileSync(new URL('ASEM_iMeta.csv', shared), 'utf8'));
  });
});

describe('exportCoinr', () => {
  it('writes iData and iMeta that read back to the same scores', () => {
    const { framework, dataset } = importCoinr({ iData, iMeta });
    const exported = exportCoinr(framework, dataset);
    expect(exported.iMeta.split('\n')[0]).toBe('iCode,iName,Level,Weight,Direction,Parent,Type,Denominator');
    const again = importCoinr({ iData: exported.iData, iMeta: exported.iMeta });
    const first = score(framework, dataset).units.map((unit) => unit.nodes.Index?.score);
    expect(score(again.framework, again.dataset).units.map((unit) => unit.nodes.Index?.score)).toEqual(first);
  });

  it('writes values as plain decimals read in the dataset\'s locale ("1.640" under vi-VN was written as is, which R reads as 1.64), and refuses one it cannot read', () => {
    const framework = { id: 'f', name: 'F', root: { kind: 'aggregate' as const, id: 'top', children: [{ kind: 'indicator' as const, id: 'x', unit: 'percent' as const, normalisation: { method: 'minmax' as const } }, { kind: 'indicator' as const, id: 'y', unit: 'other' as const, normalisation: { method: 'minmax' as const } }] } };
    const dataset = { locale: 'vi-VN' as const, units: [{ id: 'A', values: { x: '85,5%', y: '1.640' } }, { id: 'B', values: { x: '12,5', y: '2.000,5' } }] };
    const { iData } = exportCoinr(framework, dataset);
    expect(iData.trim().split('\n')).toEqual(['uCode,uName,x,y', 'A,A,85.5,1640', 'B,B,12.5,2000.5']);
    // the same scores from the exported tables as from the dataset
    const back = importCoinr({ iData, iMeta: exportCoinr(framework, dataset).iMeta });
    expect(score(back.framework, back.dataset).units.map((unit) => unit.nodes.top?.score)).toEqual(['50', '50']);
    expect(() => exportCoinr(framework, { units: [{ id: 'A', values: { x: 'abc', y: 1 } }] })).toThrow(/unit "A", "x": "abc"/);
  });

  it('lists what COINr tables cannot say', () => {
    const { framework, dataset } = importCoinr({ iData, iMeta });
    const { notes } = exportCoinr({ ...framework, steps: [{ step: 'treat' }] }, dataset);
    expect(notes.some((note) => note.includes('construction steps'))).toBe(true);
  });
});
