/**
 * A small XML well-formedness check for the SVG and XHTML-like markup the report writes: every tag
 * closed in order, attributes quoted and unique, only the five XML entities and numeric references,
 * no raw "<" or "&" in text, no control characters XML forbids. Returns the problems (empty when
 * the markup is well formed) and the elements seen, so tests can count them.
 */
export interface MarkupCheck {
  readonly problems: string[];
  readonly elements: { readonly name: string; readonly attributes: Readonly<Record<string, string>> }[];
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;
const VOID_HTML = new Set(['meta', 'br', 'link', 'img', 'hr', 'input', 'col', 'source', 'wbr']);

function checkText(text: string, where: number, problems: string[]): void {
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (character === '<') problems.push(`raw "<" at ${where + index}`);
    if (character === '&' && !ENTITY.test(text.slice(index))) problems.push(`bad entity at ${where + index}: ${text.slice(index, index + 12)}`);
    const code = character.charCodeAt(0);
    if (code === 0xfffe || code === 0xffff) problems.push(`noncharacter U+${code.toString(16)} at ${where + index}`);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) problems.push(`control character U+${code.toString(16)} at ${where + index}`);
  }
}

/** Checks markup; `html: true` allows the HTML void elements (`<meta>`) and a doctype. */
export function checkMarkup(markup: string, options: { html?: boolean } = {}): MarkupCheck {
  const problems: string[] = [];
  const elements: MarkupCheck['elements'] = [];
  const stack: string[] = [];
  let position = 0;
  while (position < markup.length) {
    const open = markup.indexOf('<', position);
    const textEnd = open === -1 ? markup.length : open;
    checkText(markup.slice(position, textEnd), position, problems);
    if (open === -1) break;
    if (markup.startsWith('<!--', open)) {
      const end = markup.indexOf('-->', open);
      position = end === -1 ? markup.length : end + 3;
      continue;
    }
    if (options.html === true && /^<!doctype html>/i.test(markup.slice(open, open + 15))) {
      position = open + 15;
      continue;
    }
    const close = markup.indexOf('>', open);
    if (close === -1) {
      problems.push(`unclosed tag at ${open}`);
      break;
    }
    const tag = markup.slice(open + 1, close);
    position = close + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const top = stack.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}> at ${open}`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const nameMatch = /^([^\s/>]+)/.exec(body);
    const name = nameMatch?.[1] ?? '';
    if (!NAME.test(name)) problems.push(`bad element name "${name}" at ${open}`);
    const attributes: Record<string, string> = {};
    const rest = body.slice(name.length);
    const attribute = /\s+([^\s=]+)\s*=\s*"([^"]*)"/gy;
    let consumed = 0;
    for (let match = attribute.exec(rest); match !== null; match = attribute.exec(rest)) {
      const [, key = '', value = ''] = match;
      if (Object.hasOwn(attributes, key)) problems.push(`attribute ${key} twice on <${name}> at ${open}`);
      attributes[key] = value;
      checkText(value, open, problems);
      consumed = attribute.lastIndex;
    }
    if (rest.slice(consumed).trim() !== '') problems.push(`unparsed attributes on <${name}> at ${open}: ${rest.slice(consumed, consumed + 40)}`);
    elements.push({ name, attributes });
    if (!selfClosing && !(options.html === true && VOID_HTML.has(name))) {
      stack.push(name);
      if (name === 'script' || name === 'style') {
        const end = markup.indexOf(`</${name}>`, position);
        if (end === -1) problems.push(`<${name}> not closed`);
        else position = end;
      }
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  return { problems, elements };
}
