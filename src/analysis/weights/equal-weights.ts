/**
 * Equal weights, and the nominal weights a framework's written weights imply.
 *
 * @module
 */
import type { Framework } from '../../model/framework.js';
import { checkArgument, checkOptions, texts } from '../../model/arguments.js';
import { validatedFramework, walkFramework } from '../../model/validate.js';
import { auditNodes } from '../audit/audit-model.js';
import { withWeights } from './reweight.js';

/** Options for {@link equalWeights}. */
export interface EqualWeightsOptions {
  /** The aggregates whose children get equal weights (default: every aggregate). */
  readonly nodes?: readonly string[];
}

/**
 * A new framework in which the children of every aggregate (or of the aggregates named) weigh the
 * same: weight 1 each. The framework given is not changed.
 *
 * @example
 * const equal = equalWeights(desi2022);
 * equal.root.children.map((child) => child.weight); // => [1, 1, 1, 1]
 */
export function equalWeights(frameworkInput: unknown, options: EqualWeightsOptions = {}): Framework {
  checkOptions('equalWeights', options, { nodes: texts });
  const framework = validatedFramework(frameworkInput);
  const aggregates = new Set<string>();
  walkFramework(framework.root, (node) => {
    if (node.kind === 'aggregate') aggregates.add(node.id);
  });
  for (const id of options.nodes ?? []) {
    if (!aggregates.has(id)) throw new RangeError(`equalWeights: "${id}" is not an aggregate of framework "${framework.id}"`);
  }
  const chosen = new Set(options.nodes ?? aggregates);
  const weights = new Map<string, number>();
  walkFramework(framework.root, (node) => {
    if (node.kind === 'aggregate' && chosen.has(node.id)) for (const child of node.children) weights.set(child.id, 1);
  });
  return withWeights(framework, weights);
}

/** A node's nominal weight: as written, within its parent, and in the index. */
export interface NominalWeight {
  readonly id: string;
  readonly kind: 'indicator' | 'aggregate';
  readonly parent: string;
  /** The weight as written. */
  readonly weight: number;
  /** The weight ÷ the sum of its siblings' weights. */
  readonly share: number;
  /** The product of the shares from the top index down (COINr's `get_eff_wts`). */
  readonly indexShare: number;
}

/**
 * The nominal weights a framework's written weights imply: each node's share within its parent
 * and, multiplying the shares down the tree, in the index (COINr's `get_eff_wts`). This is what
 * the builder intended; `statisticalAudit`'s importance says what the data make of it. (For an
 * aggregation other than the weighted arithmetic mean the index share is only nominal.)
 *
 * @example
 * nominalWeights(desi2022).find((row) => row.id === 'dim1')?.share; // => 0.25
 */
export function nominalWeights(frameworkInput: unknown): NominalWeight[] {
  checkArgument('nominalWeights', 'the framework', frameworkInput, (value) => (typeof value === 'object' && value !== null ? null : { kind: 'type', expected: 'a framework' }));
  const { nodes } = auditNodes(validatedFramework(frameworkInput));
  return nodes.filter((node) => node.parent !== null).map((node) => ({ id: node.id, kind: node.kind, parent: node.parent ?? '', weight: node.weight, share: node.nominalShare, indexShare: node.nominalIndexShare }));
}
