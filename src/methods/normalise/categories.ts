import { ExactDecimal, type Exact } from '../../engine/decimal.js';
import type { Normalisation } from '../../model/framework.js';
import { ValueProblem, type NormaliseMethod } from './types.js';

type Params = Extract<Normalisation, { method: 'categories' }>;

/** The largest points of any category, as text: the default maximum. */
function largestPoints(params: Params): string {
  let largest = new ExactDecimal(params.categories[0]?.points ?? 0);
  for (const category of params.categories) {
    const points = new ExactDecimal(category.points);
    if (points.gt(largest)) largest = points;
  }
  return largest.toString();
}

/** The message for a value that is no category, naming the first few categories. */
function notACategory(value: string, params: Params): ValueProblem {
  const shown = params.categories.slice(0, 8).map((category) => new ExactDecimal(category.value).toString());
  const more = params.categories.length > shown.length ? `, … (${params.categories.length} in all)` : '';
  return new ValueProblem('out_of_range', `${value} is not one of the categories ${shown.join(', ')}${more}`);
}

/**
 * A categorical scale: each category (a code written as a number — a level 1 to 5, a yes/no 0/1, a
 * legal status 0, 1, 2) earns the points its row of the table gives, and the score is points ÷
 * `maximum` (the largest points by default), so the best category scores 1. The table itself says
 * which category is better, so the indicator's direction must be `higher` (a `lower` direction is
 * refused rather than silently ignored or reversing the table).
 *
 * Why: survey answers and legal or policy levels ("no strategy / draft / adopted / implemented")
 * are not quantities — the distance between levels is a judgement, written once in the table — the
 * OECD/JRC Handbook's "categorical scales" (2008, section 5). A value that is not a category is an
 * error naming the value and the categories, never a silent 0. Exact: points ÷ maximum (the decimal
 * executor); a value matches a category when they are equal as decimals (`"1.0"` is `1`).
 *
 * Cost: a map lookup per distinct value. Reference: OECD/JRC Handbook (2008), section 5.
 *
 * @example
 * // categories 0 → 0, 1 → 50, 2 → 100: 1 → 0.5; 3 → error "3 is not one of the categories 0, 1, 2"
 */
export const categories: NormaliseMethod<Params> = {
  name: 'categories',
  dataDriven: () => false,
  check(params, direction) {
    const problems: string[] = [];
    if (direction === 'lower') problems.push('a categorical scale\'s points already say which category is better: set the direction to "higher"');
    const seen = new Set<string>();
    for (const category of params.categories) {
      const key = new ExactDecimal(category.value).toString();
      if (seen.has(key)) problems.push(`the category ${key} is given twice`);
      seen.add(key);
    }
    const maximum = new ExactDecimal(params.maximum ?? largestPoints(params));
    if (!maximum.isPositive() || maximum.isZero()) problems.push(`the maximum points must be positive, got ${maximum.toString()}`);
    return problems;
  },
  prepare(params) {
    const maximum = new ExactDecimal(params.maximum ?? largestPoints(params));
    const scoreOf = new Map<string, Exact>(params.categories.map((category) => [new ExactDecimal(category.value).toString(), new ExactDecimal(category.points).div(maximum)]));
    return (value) => {
      // decimal.js's canonical text: equal values, equal keys
      const score = scoreOf.get(value.toString());
      if (score === undefined) throw notACategory(value.toString(), params);
      return score;
    };
  },
  prepareFloat(params) {
    const maximum = Number(new ExactDecimal(params.maximum ?? largestPoints(params)));
    const scoreOf = new Map<number, number>(params.categories.map((category) => [Number(new ExactDecimal(category.value)), Number(new ExactDecimal(category.points)) / maximum]));
    return (value) => {
      const score = scoreOf.get(value); // a Map finds −0 under 0
      if (score === undefined) throw notACategory(String(value), params);
      return score;
    };
  },
};
