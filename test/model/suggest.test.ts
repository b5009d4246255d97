/** "Did you mean …?" — checked against hand-counted edit distances. */
import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, editDistance } from '../../src/model/suggest.js';

describe('editDistance (optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('weigth', 'weight')).toBe(1); // swap
    expect(editDistance('missng', 'missing')).toBe(1); // insertion
    expect(editDistance('clipp', 'clip')).toBe(1); // deletion
    expect(editDistance('percnt', 'percent')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3); // the textbook example
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closestName', () => {
  const indicatorKeys = ['kind', 'id', 'label', 'unit', 'direction', 'range', 'weight', 'normalisation', 'denominator', 'source', 'description'];
  it('finds the key meant by the typos users make', () => {
    expect(closestName('weigth', indicatorKeys)).toBe('weight');
    expect(closestName('directon', indicatorKeys)).toBe('direction');
    expect(closestName('denomintor', indicatorKeys)).toBe('denominator');
    expect(closestName('normalization', indicatorKeys)).toBe('normalisation');
    expect(closestName('min_share', ['policy', 'minShare', 'basis'])).toBe('minShare');
  });
  it('suggests nothing when nothing is close, rather than a wild guess', () => {
    expect(closestName('colour', indicatorKeys)).toBeUndefined();
    expect(closestName('x', ['id'])).toBeUndefined();
    expect(didYouMean('notes', indicatorKeys)).toBe('');
  });
});
