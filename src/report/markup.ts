/**
 * Escaping text before it goes into HTML or SVG markup. Unit names, labels and ids come from files
 * anyone can write: a name such as `<img src=x onerror=alert(1)>` must be shown as those
 * characters, never become an element, and a control or bidirectional character must be shown as a
 * visible escape (as in the terminal, {@link escapeControlCharacters}) — which also keeps the
 * output well-formed XML (C0 controls are not allowed in XML 1.0).
 *
 * @module
 */
import { escapeControlCharacters } from './escape.js';

/**
 * A surrogate half without its partner, and the noncharacters U+FFFE and U+FFFF: not characters
 * XML 1.0 allows (its `Char` production excludes them), so a standalone SVG holding one would not parse.
 */
const NOT_XML_CHARACTERS = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes a text for HTML or XML, as element content or a quoted attribute value: `& < > " '`
 * become entities, control and bidirectional characters visible escapes (`\x1B`, `\u202E`), lone
 * surrogates and the noncharacters U+FFFE, U+FFFF become U+FFFD. Vietnamese and other text is unchanged.
 *
 * @example
 * escapeMarkup('<b>"Hà Nội" & co</b>'); // => '&lt;b&gt;&quot;Hà Nội&quot; &amp; co&lt;/b&gt;'
 * escapeMarkup('a\u0007b'); // => 'a\\x07b'
 * escapeMarkup('a\uFFFEb'); // => 'a\uFFFDb'
 */
export function escapeMarkup(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`escapeMarkup: ${typeof text} given; expected a text`);
  return escapeControlCharacters(text.replace(NOT_XML_CHARACTERS, '\uFFFD')).replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
