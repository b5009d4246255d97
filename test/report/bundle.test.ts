/**
 * 'chiso/report' runs in a browser: bundled for the browser (esbuild, as test/browser.test.ts does
 * for the core) it needs nothing from Node, and it draws the map there too. Its size is bounded: the
 * province geometry (51 kB), the d3 modules it uses and the core it sits on.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe("the 'chiso/report' bundle", () => {
  it('bundles for the browser without node:* and stays under 200 kB gzipped', async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('../../src/report/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(inputs.some((path) => path.includes('d3-geo'))).toBe(true);
    expect(inputs.some((path) => path.includes('vn-provinces-63.topo.json'))).toBe(true);
    const bytes = bundle.outputFiles[0]?.contents ?? new Uint8Array();
    // measured at 354 kB minified, 120 kB gzipped when this ceiling was set (the core with zod and decimal.js,
    // the analysis functions the report uses, d3 and the geometry)
    expect(gzipSync(bytes).length).toBeLessThan(200_000);
  });
});
