/**
 * Properties built on first read: an own, enumerable property whose value is computed the first
 * time anything reads it and then replaces the accessor with a plain data property holding that
 * value. Everything that copies or compares objects by their own enumerable properties —
 * `JSON.stringify`, `structuredClone`, a worker's `postMessage`, object spread, `Object.keys`,
 * `Object.entries`, deep-equality helpers — reads it like any other property, so the object looks
 * and serialises exactly as if the value had been there from the start; only
 * `Object.getOwnPropertyDescriptor` tells the difference before the first read.
 *
 * One getter and one setter per property name, shared by every object carrying it (so the objects
 * keep one shape); what each object builds is held in a weak map and dropped once built.
 *
 * @module
 */

/** What each object that has not been read yet will build, per property name. */
const builders = new Map<string, WeakMap<object, () => unknown>>();
/** The shared accessors, per property name. */
const accessors = new Map<string, { get(this: object): unknown; set(this: object, value: unknown): void }>();

/** Makes `key` an ordinary writable, enumerable, configurable data property of `target` holding `value`. */
function settle(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function accessorsFor(key: string, pending: WeakMap<object, () => unknown>): { get(this: object): unknown; set(this: object, value: unknown): void } {
  let pair = accessors.get(key);
  if (pair === undefined) {
    pair = {
      get(this: object): unknown {
        // read through a prototype chain: the object that holds the property builds it
        let owner: object | null = this;
        while (owner !== null && !pending.has(owner)) owner = Object.getPrototypeOf(owner) as object | null;
        if (owner === null) return (this as Record<string, unknown>)[key];
        const build = pending.get(owner) as () => unknown;
        const value = build();
        pending.delete(owner);
        settle(owner, key, value);
        return value;
      },
      set(this: object, value: unknown): void {
        // as assigning a data property: the object written to holds the new value
        pending.delete(this);
        settle(this, key, value);
      },
    };
    accessors.set(key, pair);
  }
  return pair;
}

/**
 * Adds to `target` an own, enumerable property `key` whose value is `build()`, called once, the
 * first time the property is read (then the property is a plain data property). Assigning the
 * property before it is read replaces it without building. `key` must not be a property of
 * `target` yet, so that it takes its place after the others.
 *
 * @example
 * let built = 0;
 * const unit = { id: 'FI' };
 * defineOnDemand(unit, 'nodes', () => { built += 1; return { desi: 69.6 }; });
 * JSON.stringify(unit); // => '{"id":"FI","nodes":{"desi":69.6}}'
 * built; // => 1
 */
export function defineOnDemand(target: object, key: string, build: () => unknown): void {
  let pending = builders.get(key);
  if (pending === undefined) {
    pending = new WeakMap();
    builders.set(key, pending);
  }
  pending.set(target, build);
  const { get, set } = accessorsFor(key, pending);
  Object.defineProperty(target, key, { get, set, enumerable: true, configurable: true });
}
