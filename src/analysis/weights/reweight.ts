/**
 * Writing new weights into a framework — a new framework, never the one given — and the same
 * change as scenario edits (`set-weight`), so `scoreScenarios` and `compareScenarios` can set the
 * model as written beside its re-weighted versions.
 *
 * @module
 */
import type { AggregateNode, Framework, FrameworkNode } from '../../model/framework.js';
import { assertFramework, validatedFramework, walkFramework } from '../../model/validate.js';
import { setWeight } from '../scenario/edits.js';
import type { EditInput } from '../scenario/edits.js';

function copyWith(node: FrameworkNode, weights: ReadonlyMap<string, number>): FrameworkNode {
  const weight = weights.get(node.id) ?? node.weight;
  if (node.kind === 'indicator') return { ...node, weight };
  const aggregate: AggregateNode = { ...node, weight, children: node.children.map((child) => copyWith(child, weights)) };
  return aggregate;
}

/**
 * A copy of the framework with some nodes' weights replaced (by node id), validated again.
 *
 * @example
 * const heavier = withWeights(desi2022, new Map([['dim1', 2]]));
 * heavier.root.children[0]?.weight; // => 2
 */
export function withWeights(frameworkInput: unknown, weights: ReadonlyMap<string, number>): Framework {
  const framework = validatedFramework(frameworkInput);
  return assertFramework({ ...framework, root: copyWith(framework.root, weights) });
}

/**
 * The `set-weight` edits that turn one framework's weights into another's (same tree): one per
 * node whose weight differs, in the framework's order.
 *
 * @example
 * weightEdits(desi2022, withWeights(desi2022, new Map([['dim1', 2]]))); // => [{ kind: 'set-weight', node: 'dim1', weight: 2 }]
 */
export function weightEdits(baseInput: unknown, reweightedInput: unknown): EditInput[] {
  const base = validatedFramework(baseInput);
  const changed = validatedFramework(reweightedInput);
  const weights = new Map<string, number>();
  walkFramework(changed.root, (node) => weights.set(node.id, node.weight));
  const edits: EditInput[] = [];
  let baseCount = 0;
  walkFramework(base.root, (node) => {
    baseCount += 1;
    const weight = weights.get(node.id);
    if (weight === undefined) throw new RangeError(`weightEdits: node "${node.id}" of the base framework is not in the re-weighted one; expected the same tree`);
    if (weight !== node.weight) edits.push(setWeight(node.id, weight));
  });
  if (weights.size !== baseCount) {
    throw new RangeError('weightEdits: the re-weighted framework has nodes the base framework does not; expected the same tree');
  }
  return edits;
}
