/**
 * Properties built on first read (`defineOnDemand`): built once, and indistinguishable from a data
 * property to everything that copies or compares objects by their own enumerable properties. The
 * source of truth is an object with the same value written as an ordinary property.
 */
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { defineOnDemand } from '../../src/engine/on-demand.js';

/** A unit whose `nodes` is built on first read, with a count of builds. */
function lazyUnit(): { unit: { id: string; ranked: boolean; nodes?: unknown }; builds: () => number } {
  let count = 0;
  const unit: { id: string; ranked: boolean; nodes?: unknown } = { id: 'FI', ranked: true };
  defineOnDemand(unit, 'nodes', () => {
    count += 1;
    return { desi: { score: '69.6', rank: 1 } };
  });
  return { unit, builds: () => count };
}

const plain = { id: 'FI', ranked: true, nodes: { desi: { score: '69.6', rank: 1 } } };

describe('defineOnDemand', () => {
  it('builds nothing until the property is read, then builds once and holds a data property', () => {
    const { unit, builds } = lazyUnit();
    expect(builds()).toBe(0);
    expect(Object.getOwnPropertyDescriptor(unit, 'nodes')?.get).toBeTypeOf('function');
    const first = unit.nodes;
    expect(unit.nodes).toBe(first);
    expect(builds()).toBe(1);
    expect(Object.getOwnPropertyDescriptor(unit, 'nodes')).toEqual({ value: first, writable: true, enumerable: true, configurable: true });
  });

  it('is read, in place, by JSON.stringify, Object.keys, spread, structuredClone, deep equality and postMessage', () => {
    expect(JSON.stringify(lazyUnit().unit)).toBe(JSON.stringify(plain));
    expect(Object.keys(lazyUnit().unit)).toEqual(['id', 'ranked', 'nodes']);
    expect(Object.entries(lazyUnit().unit)).toEqual(Object.entries(plain));
    expect({ ...lazyUnit().unit }).toStrictEqual(plain);
    expect(structuredClone(lazyUnit().unit)).toStrictEqual(plain);
    expect(lazyUnit().unit).toEqual(plain);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(lazyUnit().unit);
    expect(receiveMessageOnPort(port2)?.message).toStrictEqual(plain);
    port1.close();
  });

  it('an assignment before the first read replaces the value without building it, as for a data property', () => {
    const { unit, builds } = lazyUnit();
    unit.nodes = 'replaced';
    expect(unit.nodes).toBe('replaced');
    expect(builds()).toBe(0);
    expect(Object.getOwnPropertyDescriptor(unit, 'nodes')?.writable).toBe(true);
  });

  it('an object inheriting the property reads the value its prototype builds', () => {
    const { unit, builds } = lazyUnit();
    const child = Object.create(unit) as typeof unit;
    expect(child.nodes).toEqual(plain.nodes);
    expect(builds()).toBe(1);
    expect(Object.hasOwn(child, 'nodes')).toBe(false);
    expect(unit.nodes).toBe(child.nodes);
  });

  it('every object builds its own value', () => {
    const units = [lazyUnit(), lazyUnit(), lazyUnit()];
    expect((units[1]?.unit.nodes as { desi: unknown }).desi).toEqual(plain.nodes.desi);
    expect(units.map(({ builds }) => builds())).toEqual([0, 1, 0]);
  });
});
