/** Edits as data: the schema, parseEdits with paths, and the helpers that write them. */
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../../src/index.js';
import { addNode, dropNode, excludeUnit, parseEdits, safeParseEdits, scaleValues, setAggregation, setMissing, setNormalisation, setUnitValues, setValue, setWeight } from '../../../src/analysis/index.js';

function problems(input: unknown): string[] {
  const checked = safeParseEdits(input);
  return checked.success ? [] : checked.issues.map((entry) => `${entry.path.join('.')}: ${entry.message}`);
}

describe('parseEdits', () => {
  it('every helper writes an edit the schema reads, and JSON round-trips it', () => {
    const edits = [
      setWeight('economy', 300),
      setNormalisation('1a1', { method: 'minmax' }),
      setAggregation('desi', { method: 'geometric' }),
      setMissing('sub1a', { policy: 'reweight', minShare: 0.5 }),
      dropNode('1a1'),
      addNode('sub1a', { kind: 'indicator', id: 'new', unit: 'ratio', normalisation: { method: 'minmax' } }, { FI: { new: 0.5 } }),
      excludeUnit('HU'),
      setValue('FI', '1a1', '0.8'),
      scaleValues('1a1', 1.1),
      setUnitValues('FI', { '1a1': 0.8, '1a2': null }),
    ];
    const parsed = parseEdits(JSON.parse(JSON.stringify(edits)));
    expect(parsed.map((edit) => edit.kind)).toEqual(['set-weight', 'set-normalisation', 'set-aggregation', 'set-missing', 'drop', 'add', 'exclude-unit', 'set-value', 'scale-values', 'set-unit-values']);
    // defaults filled in, as in a validated framework
    expect(parsed[1]).toEqual({ kind: 'set-normalisation', indicator: '1a1', normalisation: { method: 'minmax', clip: false } });
    expect(parsed[3]).toEqual({ kind: 'set-missing', node: 'sub1a', missing: { policy: 'reweight', minShare: 0.5, basis: 'count' } });
    expect(parsed[5]).toMatchObject({ node: { kind: 'indicator', id: 'new', weight: 1, direction: 'higher' }, values: { FI: { new: 0.5 } } });
  });

  it('every problem with its path, and the kind, key or method probably meant', () => {
    expect(problems([{ kind: 'set-wieght', node: 'a', weight: 2 }, { kind: 'drop', nod: 'a' }, { kind: 'set-normalisation', indicator: 'a', normalisation: { method: 'goalposts', min: 0 } }, { kind: 'set-value', unit: 'HN', indicator: 'a', value: Number.NaN }, { kind: 'scale-values', indicator: 'a', factor: 'two' }, { kind: 'drop', node: '' }])).toEqual([
      'edits.0.kind: unknown kind "set-wieght": expected one of "set-weight", "set-normalisation", "set-aggregation", "set-missing", "drop", "add", "exclude-unit", "set-value", "scale-values", "set-unit-values" — did you mean "set-weight"?',
      'edits.1.node: "node" is missing: expected a text',
      'edits.1.nod: unknown key "nod" — did you mean "node"?',
      expect.stringMatching(/^edits\.2\.normalisation\.max: /) as unknown as string,
      'edits.3.value: "value" is NaN: expected a number or a text or null',
      expect.stringMatching(/^edits\.4\.factor: /) as unknown as string,
      'edits.5.node: expected an id, not an empty text',
    ]);
  });

  it('values of a unit profile keep every key (a "__proto__" indicator too) and report a bad one at its key', () => {
    const values = JSON.parse('{ "__proto__": 5, "a": [1] }') as Record<string, unknown>;
    expect(problems([{ kind: 'set-unit-values', unit: 'HN', values }])).toEqual(['edits.0.values.a: expected a finite number, a decimal text or null']);
    const parsed = parseEdits([{ kind: 'set-unit-values', unit: 'HN', values: JSON.parse('{ "__proto__": 5 }') as Record<string, number> }]);
    expect(parsed[0]?.kind === 'set-unit-values' ? Object.keys(parsed[0].values) : []).toEqual(['__proto__']);
  });

  it('not a list, or nested beyond reason, is refused with the path of the edits', () => {
    expect(problems({})).toEqual(['edits: the edits are an object; expected a list of edits such as { "kind": "set-weight", "node": "economy", "weight": 2 }']);
    expect(() => parseEdits('drop a')).toThrow(ChisoError);
    expect(safeParseEdits([], ['scenarios', 0, 'edits'])).toEqual({ success: true, edits: [], issues: [] });
  });
});
