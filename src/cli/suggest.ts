/**
 * "Did you mean …?" for names given on the command line.
 *
 * @module
 */
import { quoteText } from '../model/describe.js';
import { editDistance } from '../model/suggest.js';
import type { Language } from '../report/language.js';
import { messages } from './messages.js';

/**
 * The candidate closest to a mistyped name, when it is close enough to be a likely typo (case
 * ignored; at most a third of the name's letters wrong) or the only candidate that begins with it,
 * else `undefined`.
 *
 * @example
 * closestName('regoin', ['region', 'year']); // => 'region'
 * closestName('xyz', ['region', 'year']); // => undefined
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const list = [...candidates];
  // a unique candidate the name begins ("--frame" for "--framework")
  const extending = wanted.length >= 3 ? list.filter((candidate) => candidate.toLowerCase().startsWith(wanted)) : [];
  if (extending.length === 1) return extending[0];
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of list) {
    const gap = editDistance(wanted, candidate.toLowerCase());
    if (gap < bestDistance) {
      best = candidate;
      bestDistance = gap;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(wanted.length / 3)) ? best : undefined;
}

/**
 * The end of a message about an unknown name: `; did you mean "region"?` when one is close, else
 * the valid choices (the first ten, when there are more).
 *
 * @example
 * suggestion('regoin', ['region', 'year']); // => '; did you mean "region"?'
 * suggestion('xyz', ['region', 'year']); // => '; expected one of: region, year'
 * suggestion('regoin', ['region', 'year'], 'vi'); // => '; có phải ý bạn là "region"?'
 */
export function suggestion(name: string, candidates: readonly string[], language: Language = 'en'): string {
  const say = messages(language);
  const close = closestName(name, candidates);
  if (close !== undefined) return say.didYouMean(quoteText(close));
  if (candidates.length === 0) return '';
  const shown = candidates.slice(0, 10).join(', ');
  return say.expectedOneOf(shown, candidates.length > 10 ? candidates.length : undefined);
}
