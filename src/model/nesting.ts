/**
 * A check of an input's shape that runs before any recursive code sees it: zod, and every walk
 * over a framework tree, recurse once per level, so a tree 10,000 levels deep or an object that
 * contains itself would overflow the stack. This check walks with its own stack instead.
 *
 * @module
 */
import { issue, type ChisoIssue } from './issues.js';

/**
 * The deepest nesting of objects and arrays chiso reads in a framework or a dataset: the
 * outermost object is level 1. A framework tree spends two levels per generation (a node, then its
 * `children` array) and an indicator's step list three more, so a framework may have 47 levels of
 * nodes below its top index — real ones have at most five.
 *
 * @example
 * MAX_NESTING_DEPTH; // => 100
 */
export const MAX_NESTING_DEPTH = 100;

/** Options for {@link checkNesting}. */
export interface NestingOptions {
  /** The deepest level allowed (default {@link MAX_NESTING_DEPTH}). */
  readonly maxDepth?: number;
  /** What the input is, for messages ("the framework", "the dataset"). */
  readonly what?: string;
  /**
   * Objects not to look inside, by their key, their level (the outermost object is 1) and, when
   * that is not enough, their path: a dataset's `values` hold one number or text each and are
   * checked value by value, so a million of them need not be walked twice.
   */
  readonly opaque?: (key: string | number, depth: number, path: () => readonly (string | number)[]) => boolean;
}

interface Frame {
  readonly value: object;
  readonly parent: Frame | null;
  readonly key: string | number;
  readonly keys: readonly string[] | null;
  index: number;
  /** Levels from this object down to its deepest descendant, itself included. */
  height: number;
}

function pathOf(frame: Frame | null, last?: string | number): (string | number)[] {
  const path: (string | number)[] = last === undefined ? [] : [last];
  for (let current = frame; current !== null && current.parent !== null; current = current.parent) path.push(current.key);
  return path.reverse();
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/**
 * Checks, without recursion, that no object or array is nested deeper than the limit and that no
 * object contains itself. Returns one issue (`too_deep` or `cyclic_input`) naming the place, or
 * none. An object shared by two places (not a cycle) is walked once.
 *
 * @example
 * const node: { children: unknown[] } = { children: [] };
 * node.children.push(node);
 * checkNesting({ root: node })[0]?.code; // => 'cyclic_input'
 */
export function checkNesting(input: unknown, options: NestingOptions = {}): ChisoIssue[] {
  const maxDepth = options.maxDepth ?? MAX_NESTING_DEPTH;
  const what = options.what ?? 'the input';
  if (!isContainer(input)) return [];
  const onStack = new Set<object>();
  const heights = new WeakMap<object, number>();
  const frameFor = (value: object, parent: Frame | null, key: string | number): Frame => ({
    value,
    parent,
    key,
    keys: Array.isArray(value) ? null : Object.keys(value),
    index: 0,
    height: 1,
  });
  const tooDeep = (path: (string | number)[]): ChisoIssue[] => [
    issue('too_deep', path, `${what} is nested more than ${maxDepth} levels deep here (objects and arrays); chiso reads at most ${maxDepth} levels — a framework tree of at most ${Math.floor((maxDepth - 5) / 2)} levels below its top index`, { expected: `at most ${maxDepth} levels` }),
  ];
  const stack: Frame[] = [frameFor(input, null, '')];
  onStack.add(input);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    const size = top.keys === null ? (top.value as unknown[]).length : top.keys.length;
    if (top.index < size) {
      const key: string | number = top.keys === null ? top.index : (top.keys[top.index] as string);
      top.index += 1;
      const child: unknown = (top.value as Record<string | number, unknown>)[key];
      if (!isContainer(child)) continue;
      if (onStack.has(child)) {
        const path = pathOf(top, key);
        return [issue('cyclic_input', path, `${what} contains itself: this object is also one of its own ancestors, so it has no end (a framework tree or a dataset must be a tree)`)];
      }
      const known = heights.get(child);
      if (known !== undefined) {
        if (stack.length + known > maxDepth) return tooDeep(pathOf(top, key));
        top.height = Math.max(top.height, known + 1);
        continue;
      }
      if (stack.length + 1 > maxDepth) return tooDeep(pathOf(top, key));
      if (options.opaque?.(key, stack.length + 1, () => pathOf(top, key))) {
        heights.set(child, 1);
        continue;
      }
      onStack.add(child);
      stack.push(frameFor(child, top, key));
      continue;
    }
    stack.pop();
    onStack.delete(top.value);
    heights.set(top.value, top.height);
    if (top.parent !== null) top.parent.height = Math.max(top.parent.height, top.height + 1);
  }
  return [];
}
