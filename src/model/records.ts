/**
 * Records keyed by names that users choose — node ids, unit ids, CSV columns, group keys. A plain
 * `{}` answers for names it never held (`toString`, `constructor`, `valueOf`) and assigning
 * `__proto__` to it replaces its prototype instead of adding a key, so chiso builds such records
 * without a prototype and reads them with own-property look-ups: every id is an ordinary key.
 *
 * @module
 */

/**
 * True for an object that can hold keyed values: not `null`, not an array.
 *
 * @example
 * isRecord({ fibre: 80 }); // => true
 * isRecord([80]); // => false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A new record without a prototype: `__proto__`, `constructor` or `toString` are ordinary keys in
 * it, and a name it does not hold reads `undefined`. It serialises to JSON like any object.
 *
 * @example
 * const byId = emptyRecord<number>();
 * byId['__proto__'] = 1;
 * Object.keys(byId); // => ['__proto__']
 * byId['toString']; // => undefined
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * The value a record holds under a key as its own property, or `undefined`: never one inherited
 * from `Object.prototype` (`record.toString` on a plain object is a function, not a value).
 *
 * @example
 * ownValue({ fibre: 80 }, 'fibre'); // => 80
 * ownValue({ fibre: 80 }, 'toString'); // => undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * For reading many records by one list of keys quickly: which keys a record with the ordinary
 * prototype would answer for without holding them (`toString`, `constructor`, `__proto__`). Only
 * those need an own-property check on such records ({@link readsDirectly} says which records).
 *
 * @example
 * inheritedKeys(['fibre', 'toString', '__proto__']); // => [false, true, true]
 */
export function inheritedKeys(keys: readonly string[]): boolean[] {
  return keys.map((key) => key in Object.prototype);
}

/**
 * Whether a record's values may be read directly for every key that {@link inheritedKeys} marks
 * false: true for a record with the ordinary prototype or none; false for anything else (a class
 * instance, an object made with another prototype), which must be read with {@link ownValue}.
 *
 * @example
 * readsDirectly({ fibre: 1 }); // => true
 * readsDirectly(Object.create({ fibre: 2 })); // => false
 */
export function readsDirectly(record: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(record);
  return prototype === Object.prototype || prototype === null;
}
