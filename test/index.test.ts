/**
 * The entry points export what the documentation tells users to call: every `name(` written in
 * backticks in README.md and docs/ that is a function of the library is exported by 'chiso' (the
 * core, src/index.ts), 'chiso/analysis' (src/analysis/index.ts), 'chiso/node' (src/node/index.ts) or
 * 'chiso/report' (src/report/index.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as analysis from '../src/analysis/index.js';
import * as core from '../src/index.js';
import * as node from '../src/node/index.js';
import * as report from '../src/report/index.js';

const root = new URL('../', import.meta.url);
const documents = [
  'README.md',
  ...readdirSync(new URL('docs/', root), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md') && !path.startsWith('api'))
    .map((path) => `docs/${path}`),
];
/** Functions defined (exported) anywhere in the library's sources, the command line excepted. */
const defined = new Set(
  readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.startsWith('cli'))
    .flatMap((path) => [...readFileSync(new URL(`src/${path}`, root), 'utf8').matchAll(/^export (?:async )?function (\w+)/gm)].map((match) => match[1] as string)),
);

describe('the entry points', () => {
  it('export every library function the README and docs/ call, e.g. groupTable and panelTable', () => {
    const called = new Map<string, string>();
    for (const document of documents) {
      for (const match of readFileSync(new URL(document, root), 'utf8').matchAll(/`(\w+)\(/g)) {
        const name = match[1] as string;
        if (defined.has(name) && !called.has(name)) called.set(name, document);
      }
    }
    expect([...called.keys()]).toEqual(expect.arrayContaining(['groupTable', 'panelTable', 'score']));
    const exported = new Set([...Object.keys(core), ...Object.keys(analysis), ...Object.keys(node), ...Object.keys(report)]);
    const missing = [...called].filter(([name]) => !exported.has(name)).map(([name, document]) => `${name} (named in ${document})`);
    expect(missing).toEqual([]);
  });

  it("export groupTable and panelTable as functions from 'chiso'", () => {
    expect(typeof core.groupTable).toBe('function');
    expect(typeof core.panelTable).toBe('function');
  });

  it("export the report's map from 'chiso/report', and none of it from the core", () => {
    expect(typeof report.provinceMapGeometry).toBe('function');
    expect(typeof report.choroplethSvg).toBe('function');
    expect(Object.keys(core)).not.toContain('provinceMapGeometry');
    expect(Object.keys(core)).not.toContain('choroplethSvg');
  });
});
