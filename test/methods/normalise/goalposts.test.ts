import { describe, expect, it } from 'vitest';
import { normaliser } from '../../helpers.js';

describe('goalposts', () => {
  it('scales between fixed goalposts (DESI 2022 indicator 1a2, goalposts 0 and 0.66)', () => {
    // Austria 0.332817 / 0.66 = 0.50426818181818…; the workbook's normalised value agrees to 1e-16.
    expect(normaliser({ method: 'goalposts', min: 0, max: 0.66 })(0.332817)).toBe('0.5042681818181818181818181818181818181818');
  });

  it('is exact when the range has a finite inverse (0.25 to 1: range 0.75 has none; 0 to 0.5 has 2)', () => {
    expect(normaliser({ method: 'goalposts', min: 0, max: 0.5 })('0.19')).toBe('0.38');
    expect(normaliser({ method: 'goalposts', min: 0.25, max: 1 })('0.625')).toBe('0.5');
  });

  it('does not clip unless asked: values beyond the goalposts score outside [0, 1], as DESI intends', () => {
    expect(normaliser({ method: 'goalposts', min: 40, max: 100 })(30)).toBe('-0.1666666666666666666666666666666666666667');
    expect(normaliser({ method: 'goalposts', min: 0, max: 0.1 })(0.12)).toBe('1.2');
    expect(normaliser({ method: 'goalposts', min: 40, max: 100, clip: true })(30)).toBe('0');
    expect(normaliser({ method: 'goalposts', min: 0, max: 0.1, clip: true })(0.12)).toBe('1');
  });

  it('reverses when lower is better: (max − x) / (max − min)', () => {
    expect(normaliser({ method: 'goalposts', min: 0, max: 200 }, 'lower')(50)).toBe('0.75');
  });
});
