/** Small frameworks and datasets for the uncertainty tests, with rankings known by hand. */
import type { DatasetInput, FrameworkInput } from '../../../src/index.js';
import { exactModel } from './exact-model.js';

/**
 * Two units and two indicators under one mean: A = (1, 0), B = (0, 1) with identity
 * normalisation, so the index is w_x / (w_x + w_y) for A and w_y / (w_x + w_y) for B. With equal
 * nominal weights they tie; under weight noise A ranks first iff its weight draw is the larger.
 */
export const PAIR_FRAMEWORK: FrameworkInput = {
  id: 'pair',
  name: 'Pair',
  root: {
    kind: 'aggregate',
    id: 'index',
    children: [
      { kind: 'indicator', id: 'x', unit: 'ratio', normalisation: { method: 'identity' } },
      { kind: 'indicator', id: 'y', unit: 'ratio', normalisation: { method: 'identity' } },
    ],
  },
};
export const PAIR_DATA: DatasetInput = { units: [{ id: 'A', values: { x: 1, y: 0 } }, { id: 'B', values: { x: 0, y: 1 } }] };
export const pairModel = () => exactModel(PAIR_FRAMEWORK, PAIR_DATA);

/**
 * Four units, two pillars. In pillar `same` both indicators have equal values for every unit, so
 * its weights cannot change any score; in pillar `split` the indicators disagree, so its weights
 * reorder units. The top index weighs the two pillars equally.
 */
export const PILLARS_FRAMEWORK: FrameworkInput = {
  id: 'pillars',
  name: 'Pillars',
  root: {
    kind: 'aggregate',
    id: 'index',
    children: [
      {
        kind: 'aggregate',
        id: 'same',
        children: [
          { kind: 'indicator', id: 's1', unit: 'ratio', normalisation: { method: 'identity' } },
          { kind: 'indicator', id: 's2', unit: 'ratio', normalisation: { method: 'identity' } },
        ],
      },
      {
        kind: 'aggregate',
        id: 'split',
        children: [
          { kind: 'indicator', id: 'p1', unit: 'ratio', normalisation: { method: 'identity' } },
          { kind: 'indicator', id: 'p2', unit: 'ratio', normalisation: { method: 'identity' } },
        ],
      },
    ],
  },
};
export const PILLARS_DATA: DatasetInput = {
  units: [
    { id: 'u1', values: { s1: 0.5, s2: 0.5, p1: 0.9, p2: 0.1 } },
    { id: 'u2', values: { s1: 0.52, s2: 0.52, p1: 0.2, p2: 0.8 } },
    { id: 'u3', values: { s1: 0.48, s2: 0.48, p1: 0.6, p2: 0.45 } },
    { id: 'u4', values: { s1: 0.3, s2: 0.3, p1: 0.35, p2: 0.7 } },
  ],
};
export const pillarsModel = () => exactModel(PILLARS_FRAMEWORK, PILLARS_DATA);
