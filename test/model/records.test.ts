/** Records keyed by user-chosen names: inherited property names are ordinary keys. */
import { describe, expect, it } from 'vitest';
import { emptyRecord, inheritedKeys, ownValue, readsDirectly } from '../../src/model/records.js';

describe('records keyed by user names', () => {
  it('emptyRecord holds "__proto__" as a key and reads inherited names as undefined', () => {
    const record = emptyRecord<number>();
    record['__proto__'] = 1;
    expect(Object.keys(record)).toEqual(['__proto__']);
    expect(record['toString']).toBeUndefined();
    expect(JSON.parse(JSON.stringify(record))).toEqual(JSON.parse('{"__proto__":1}'));
  });
  it('ownValue never returns what Object.prototype holds', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']) expect(ownValue({ a: 1 }, name)).toBeUndefined();
    expect(ownValue(JSON.parse('{"__proto__":5}') as Record<string, number>, '__proto__')).toBe(5);
  });
});

describe('fast own reads', () => {
  it('marks the keys a plain object answers for, and the records that can be read directly', () => {
    expect(inheritedKeys(['fibre', 'toString', '__proto__', 'constructor', 'valueOf'])).toEqual([false, true, true, true, true]);
    expect(readsDirectly({})).toBe(true);
    expect(readsDirectly(emptyRecord())).toBe(true);
    expect(readsDirectly(Object.create({ fibre: 1 }) as object)).toBe(false);
  });
});
