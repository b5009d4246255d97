/**
 * COINr's ASEM example built end to end as COINr's documentation builds it (`build_example_coin`):
 * new_coin → Denominate → Impute (i_mean_grp by EurAsia_group) → Screen (byNA, 0.9) → Treat
 * (defaults) → Normalise (n_minmax 0–100) → Aggregate (a_amean).
 *
 * Source of truth: test/fixtures/asem/coinr_build.json, written by coinr_build.py beside it — an
 * independent numpy reimplementation of that build from COINr 1.1.14's R source (treat.R,
 * screen_units.R, impute.R, examples.R), not from chiso. Scores agree to 1e-9 relative (floats
 * against exact); the treatment decisions (which indicators are winsorised, how many points)
 * agree exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCoinr } from '../../src/io/coinr.js';
import { score, type FrameworkInput } from '../../src/index.js';

const data = new URL('../../examples/data/asem/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('../fixtures/asem/coinr_build.json', import.meta.url), 'utf8')) as {
  full: { kept: string[]; treatment: Record<string, { applied: string; winsorised: number }>; scores: Record<string, Record<string, number | null>> };
};
const { framework, dataset } = importCoinr({ iData: readFileSync(new URL('ASEM_iData.csv', data), 'utf8'), iMeta: readFileSync(new URL('ASEM_iMeta.csv', data), 'utf8') });
const asem: FrameworkInput = {
  ...framework,
  steps: [
    { step: 'denominate' },
    { step: 'impute', method: 'group-mean', group: 'EurAsia_group' },
    { step: 'screen', by: 'missing', minPresentShare: 0.9 },
    { step: 'treat', winsoriseMax: 5 },
  ],
};
const result = score(asem, dataset);

describe('the ASEM index, built as COINr builds it', () => {
  it('keeps the units COINr keeps', () => {
    expect(result.units.map((unit) => unit.id)).toEqual(expected.full.kept);
  });

  it('treats the indicators COINr treats, the same way', () => {
    const treat = result.construction?.steps.find((step) => step.step === 'treat');
    if (treat?.step !== 'treat') throw new Error('no treat step');
    const found = Object.fromEntries(treat.indicators.map((entry) => [entry.indicator, { applied: entry.applied, winsorised: entry.winsorised }]));
    expect(found).toEqual(expected.full.treatment);
  });

  it('scores every unit at every aggregate as COINr does', () => {
    let compared = 0;
    for (const [node, byUnit] of Object.entries(expected.full.scores)) {
      for (const [unit, value] of Object.entries(byUnit)) {
        const figure = result.units.find((entry) => entry.id === unit)?.nodes[node]?.score;
        expect(value).not.toBeNull();
        expect(Math.abs(Number(figure) - (value as number))).toBeLessThan(1e-9 * Math.max(1, Math.abs(value as number)));
        compared += 1;
      }
    }
    expect(compared).toBe(51 * 11);
  });

  it('lists and marks every imputed cell', () => {
    const impute = result.construction?.steps.find((step) => step.step === 'impute');
    if (impute?.step !== 'impute') throw new Error('no impute step');
    expect(impute.cells.length).toBeGreaterThan(0);
    for (const cell of impute.cells) {
      const entry = result.units.find((unit) => unit.id === cell.unit)?.nodes[cell.indicator];
      expect(entry?.marks).toContain('imputed');
      // a later step may treat an imputed value too: then it carries both marks
      if (!(entry?.marks ?? []).includes('treated')) expect(entry?.value).toBe(cell.value);
    }
  });
});
