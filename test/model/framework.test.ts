/** Ids: what they may hold, and how a refused one is named. */
import { describe, expect, it } from 'vitest';
import { assertFramework, validateDataset, validateFramework } from '../../src/index.js';
import { idProblem } from '../../src/model/framework.js';

const framework = (childId: string) => ({ id: 'f', name: 'F', root: { kind: 'aggregate', id: 'index', children: [{ kind: 'indicator', id: childId, unit: 'score', normalisation: { method: 'identity' } }] } });

describe('idProblem', () => {
  it('names the id and the first characters an id cannot hold', () => {
    expect(idProblem('Hà Nội')).toBe('id "Hà Nội" is refused: ids use letters, digits, "_", "-" and "." only (it has " ")');
    expect(idProblem('a/b c/d,e;f')).toContain('(it has "/", " ", ",")');
  });

  it('escapes control and bidirectional characters, and abbreviates a long id', () => {
    const message = idProblem(`HN\u001b]0;pwned\u0007\u202e${'x'.repeat(500)}`);
    expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(message).toContain('HN\\u001b]0;pwned\\u0007\\u202e');
    expect(message.length).toBeLessThan(200);
  });

  it('says an empty id is empty', () => {
    expect(idProblem('')).toBe('an id cannot be empty');
  });
});

describe('a refused id is named', () => {
  it('for a unit of a dataset, once', () => {
    const checked = validateDataset(assertFramework(framework('x')), { units: [{ id: 'a b', values: { x: 1 } }, { id: '', values: { x: 1 } }] });
    expect(checked.issues.filter((entry) => entry.path.at(-1) === 'id')).toEqual([
      { code: 'invalid_shape', path: ['units', 0, 'id'], message: 'id "a b" is refused: ids use letters, digits, "_", "-" and "." only (it has " ")', expected: 'an id of letters, digits, "_", "-" and "."', received: 'a b' },
      { code: 'invalid_shape', path: ['units', 1, 'id'], message: 'an id cannot be empty', expected: 'an id of letters, digits, "_", "-" and "."', received: '' },
    ]);
  });

  it('for a node of a framework', () => {
    expect(validateFramework(framework('x/y')).issues).toMatchObject([{ path: ['root', 'children', 0, 'id'], message: 'id "x/y" is refused: ids use letters, digits, "_", "-" and "." only (it has "/")' }]);
  });
});

describe('a wrong value in a field of an aggregate node is reported at that field', () => {
  const withField = (field: string, value: unknown) => ({
    id: 'f',
    name: 'F',
    root: { kind: 'aggregate', id: 'index', children: [{ kind: 'aggregate', id: 'sub', [field]: value, children: [{ kind: 'indicator', id: 'x', unit: 'score', normalisation: { method: 'identity' } }] }] },
  });
  it.each<[string, unknown, string]>([
    ['weight', '2', 'expected number'],
    ['missing', 'skip', 'expected object'],
    ['direction', 'up', '"up" is not an option: expected one of "higher", "lower"'],
    ['aggregation', { method: 'average' }, 'unknown method "average"'],
    ['bands', 3, 'expected array'],
  ])('%s: %j', (field, value, message) => {
    const issues = validateFramework(withField(field, value)).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path.slice(0, 4)).toEqual(['root', 'children', 0, field]);
    expect(issues[0]?.message).toContain(message);
    expect(issues[0]?.message).not.toContain('kind');
  });
});
