/**
 * What the npm package promises: it is built before packing, carries its licence, and ships the
 * files the README tells a user to pass. (`scripts/check-pack.ts` checks the real `npm pack`
 * listing after a build; these checks need no build and run on a plain clone.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const manifest: unknown = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** A string field of package.json, or a string array (`files`), read without trusting its shape. */
function field(path: string[]): unknown {
  let value: unknown = manifest;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}
const files = field(['files']);
const shipped = Array.isArray(files) ? files.filter((entry): entry is string => typeof entry === 'string') : [];
/** True when a repository path falls under one of package.json's `files` entries. */
const ships = (path: string): boolean => shipped.some((entry) => path === entry || path.startsWith(`${entry}/`));

describe('the npm package', () => {
  it('builds dist before packing (prepack) and lists dist in files', () => {
    expect(field(['scripts', 'prepack'])).toMatch(/\bnpm run build\b/);
    expect(ships('dist/index.js')).toBe(true);
  });

  it('carries an MIT LICENSE matching package.json, and ships it', () => {
    expect(field(['license'])).toBe('MIT');
    const licence = readFileSync(new URL('LICENSE', root), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} chiso contributors\n/);
    expect(ships('LICENSE')).toBe(true);
  });

  it("ships every examples/ file that the README's commands and code read, and each exists", () => {
    const paths = [...new Set(readme.match(/examples\/data\/[\w./-]+\.(?:csv|json)/g) ?? [])];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(existsSync(new URL(path, root)), `${path} (named in README.md) exists`).toBe(true);
      expect(ships(path), `${path} (named in README.md) is in package.json files`).toBe(true);
    }
  });

  it("starts the README with a command that installs from the lockfile and runs the demo on bundled data", () => {
    expect(readme).toMatch(/```sh\nnpm ci && npm run demo\b/);
    const demo = field(['scripts', 'demo']);
    const paths = typeof demo === 'string' ? (demo.match(/examples\/data\/[\w./-]+/g) ?? []) : [];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(existsSync(new URL(path, root)), `${path} (read by npm run demo) exists`).toBe(true);
  });

  it('tells an npm user where the sample data are in the installed package', () => {
    expect(readme).toContain('node_modules/chiso/examples/data/');
  });
});
