import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: the browser-safe core and the Node helpers, ESM and CJS, with declarations.
    // Splitting keeps one copy of the core shared by both entries, so `ChisoError` from
    // 'chiso' and from 'chiso/node' is the same class.
    entry: { index: 'src/index.ts', 'analysis/index': 'src/analysis/index.ts', 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts', 'report/index': 'src/report/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
    // The d3 modules and topojson-client (used by 'chiso/report' only) are ESM-only: bundled into
    // the report's chunks, so the CJS build does not `require` an ES module at run time.
    noExternal: [/^d3-/, 'topojson-client'],
  },
  {
    // The `chiso` command.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
]);
