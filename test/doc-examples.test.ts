/**
 * The `@example` blocks of the doc comments say what a call returns (`expr; // => value`): every
 * such line that stands on its own — it needs nothing but chiso's exports and its module's — is run
 * and must give the value written. Lines that need a variable set up elsewhere (`result`, `panel`)
 * and results written in words are left to the reader.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as chiso from '../src/index.js';
import * as chisoAnalysis from '../src/analysis/index.js';

const source = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    // bin.ts runs the command when imported
    return path.endsWith('.ts') && !path.endsWith('bin.ts') ? [path] : [];
  });
}

/** Every `expr; // => value` of an @example, with the line it is on. */
function claims(text: string): { line: number; expression: string; expected: string }[] {
  const lines = text.split('\n');
  const found: { line: number; expression: string; expected: string }[] = [];
  let inExample = false;
  lines.forEach((line, index) => {
    if (line.includes('@example')) {
      inExample = true;
      return;
    }
    if (inExample && (line.includes('*/') || /^\s*\* @/.test(line))) inExample = false;
    if (!inExample) return;
    const sameLine = /^\s*\* (.*?);\s*\/\/ => (.*)$/.exec(line);
    const nextLine = /^\s*\* \/\/ => (.*)$/.exec(lines[index + 1] ?? '');
    const alone = /^\s*\* (.*?);\s*$/.exec(line);
    if (sameLine) found.push({ line: index + 1, expression: sameLine[1] as string, expected: sameLine[2] as string });
    else if (nextLine && alone) found.push({ line: index + 1, expression: alone[1] as string, expected: nextLine[1] as string });
  });
  return found;
}

describe('doc comment examples', () => {
  it('every self-contained "expr; // => value" line gives the value written', async () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const file of sourceFiles(source)) {
      const module = (await import(file)) as Record<string, unknown>;
      const scope: Record<string, unknown> = { ...chiso, ...chisoAnalysis, ...module };
      for (const claim of claims(readFileSync(file, 'utf8'))) {
        let expected: unknown;
        try {
          expected = new Function(`return (${claim.expected});`)() as unknown;
        } catch {
          continue; // a value written in words
        }
        let actual: unknown;
        try {
          actual = new Function(...Object.keys(scope), `return (${claim.expression});`)(...Object.values(scope)) as unknown;
        } catch (error) {
          if (error instanceof ReferenceError || error instanceof SyntaxError) continue; // needs a variable set up elsewhere
          throw error;
        }
        checked += 1;
        if (!isDeepStrictEqual(actual, expected)) wrong.push(`${file.slice(source.length)}:${claim.line}: ${claim.expression} gives ${JSON.stringify(actual)}, not ${claim.expected}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });
});
