#!/usr/bin/env node
// Bundles the Electron main process and the preload into dist/main (CommonJS, as Electron loads them).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: ['node22', 'chrome140'], // Electron 45: Node 22, Chromium 140
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  // Native or Electron-provided: resolved at run time from node_modules (unpacked from the asar for the .node file).
  // pdfkit reads its own data files next to its sources at run time, so it cannot be bundled either (nor
  // fontkit, whose parsed fonts it is handed).
  external: ['electron', 'better-sqlite3', 'electron-updater', 'pdfkit', 'fontkit'],
};

// The sources are ESM and read import.meta.url; give a CJS bundle the same value.
const importMetaUrl = {
  banner: { js: 'const __vadeImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__vadeImportMetaUrl' },
};

/** Builds the bundles (into dist/main unless told otherwise); returns their paths. Also used by start.mjs. */
export async function buildMain({ outDir = path.join(root, 'dist/main') } = {}) {
  const mainFile = path.join(outDir, 'main.cjs');
  const preloadFile = path.join(outDir, 'preload.cjs');
  await Promise.all([
    build({
      ...common,
      entryPoints: ['src-main/app/main.ts'],
      outfile: mainFile,
      ...importMetaUrl,
      // import() of a package becomes require(): CommonJS loading is what works inside an asar everywhere.
      supported: { 'dynamic-import': false },
    }),
    // The daily back-test's worker thread, started by backtest-thread.ts from beside main.cjs.
    build({
      ...common,
      entryPoints: ['src-main/features/dashboard/backtest-worker.ts'],
      outfile: path.join(outDir, 'backtest-worker.cjs'),
      ...importMetaUrl,
    }),
    // A sandboxed preload may only require('electron') and a few polyfills: everything else is bundled in.
    build({ ...common, entryPoints: ['src-main/app/preload.ts'], outfile: preloadFile }),
  ]);
  return { mainFile, preloadFile };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const { mainFile, preloadFile } = await buildMain();
    console.log(`Built ${path.relative(root, mainFile)} and ${path.relative(root, preloadFile)} in ${Date.now() - started} ms`);
  } catch {
    process.exitCode = 1; // esbuild has already printed the errors
  }
}
