/**
 * Escaping text before it reaches a terminal. A label, unit name or id comes from a framework or a
 * dataset — a file anyone can write — and a control character in it (ESC starting a CSI or OSC
 * sequence, BEL, a C1 control such as U+009B, which some terminals read as CSI) can move the
 * cursor, rewrite what was printed, set the window title or hide text; a bidirectional override
 * (U+202E) makes a row read differently from what it holds. Every text chiso prints goes through
 * these functions: such characters are shown as visible escapes (`\x1B`, `\u202E`) instead.
 *
 * @module
 */

/**
 * The characters that are never printed raw: C0 controls (U+0000–U+001F), DEL, C1 controls
 * (U+0080–U+009F), the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E,
 * U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** The same, except the line feed: for text whose line breaks chiso wrote itself. */
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** Characters JSON.stringify leaves raw in a string but a terminal acts on. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function visible(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Escapes every control, bidirectional-formatting and line-separator character of a single-line
 * text (a table cell, a label, a unit name, a value quoted in a message): tab, line feed and
 * carriage return become `\t`, `\n`, `\r`; others `\xHH` or `\uHHHH`. Other text is unchanged,
 * Vietnamese included. Meant for display: the escape is not reversible.
 *
 * @example
 * escapeControlCharacters('Hà Nội\u001b]0;pwned\u0007'); // => 'Hà Nội\\x1B]0;pwned\\x07'
 * escapeControlCharacters('abc\u202Efed'); // => 'abc\\u202Efed'
 */
export function escapeControlCharacters(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`escapeControlCharacters: ${typeof text} given; expected a text`);
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, visible) : text;
}

/**
 * Escapes a multi-line text chiso composed for a terminal (a report, an error message): like
 * {@link escapeControlCharacters}, but line feeds stay line feeds. The last line of defence of the
 * command line: whatever a label or message holds, no control sequence reaches the terminal.
 *
 * @example
 * escapeTerminalText('Rank 1: \u009b2J\n'); // => 'Rank 1: \\x9B2J\n'
 */
export function escapeTerminalText(text: string): string {
  if (typeof text !== 'string') throw new TypeError(`escapeTerminalText: ${typeof text} given; expected a text`);
  UNSAFE_BUT_NEWLINE.lastIndex = 0;
  return UNSAFE_BUT_NEWLINE.test(text) ? text.replace(UNSAFE_BUT_NEWLINE, visible) : text;
}

/**
 * Escapes the characters `JSON.stringify` leaves raw (DEL, C1 controls, bidirectional formatting,
 * U+2028/U+2029) as `\uHHHH` JSON escapes in a JSON text: the text still parses to the same value,
 * and nothing in it acts on a terminal. (`JSON.stringify` already escapes U+0000–U+001F.)
 *
 * @example
 * escapeJsonText(JSON.stringify({ name: 'a\u009bb' })); // => '{"name":"a\\u009bb"}'
 */
export function escapeJsonText(json: string): string {
  if (typeof json !== 'string') throw new TypeError(`escapeJsonText: ${typeof json} given; expected a JSON text`);
  UNSAFE_IN_JSON.lastIndex = 0;
  return UNSAFE_IN_JSON.test(json) ? json.replace(UNSAFE_IN_JSON, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`) : json;
}
