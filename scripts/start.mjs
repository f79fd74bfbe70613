#!/usr/bin/env node
// `npm start`: build what is stale, then run Vade in Electron — or, when Electron cannot run on this
// machine (no binary, no native build), in browser mode through `vade serve`. Arguments after `--`
// (--data-dir, --port) are passed through.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain } from './build-main.mjs';
import {
  betterSqlite3Version,
  buildNativeBinding,
  electronBinary,
  electronVersion,
  isBindingFresh,
  nativeBindingFile,
  tryDownloadElectron,
} from './electron-runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const passThrough = process.argv.slice(2);
const at = (...parts) => path.join(root, ...parts);

/** Newest modification time under the given files/folders (0 when none exists). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (target) => {
    let stat;
    try {
      stat = fs.statSync(target);
    } catch {
      return;
    }
    if (!stat.isDirectory()) newest = Math.max(newest, stat.mtimeMs);
    else for (const entry of fs.readdirSync(target)) if (entry !== 'node_modules') visit(path.join(target, entry));
  };
  paths.forEach(visit);
  return newest;
}

/** Stale when an output is missing or older than the newest input. */
function isStale(inputs, outputs) {
  const oldestOutput = Math.min(...outputs.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : -Infinity)));
  return newestMtime(inputs) > oldestOutput;
}

function runNpmScript(script) {
  // Through the npm that launched us when there is one (works on Windows without a shell).
  const [command, args] = process.env.npm_execpath
    ? [process.execPath, [process.env.npm_execpath, 'run', script]]
    : ['npm', ['run', script]];
  return (
    spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: !process.env.npm_execpath && process.platform === 'win32' })
      .status === 0
  );
}

async function buildIfStale() {
  const shared = [at('src-shared'), at('package.json')];
  const rendererInputs = [
    ...shared,
    at('src-renderer'),
    at('index.html'),
    at('vite.config.ts'),
    at('assets'),
    at('postcss.config.cjs'),
    at('postcss.config.mjs'),
  ];
  if (isStale(rendererInputs, [at('dist/renderer/index.html')])) {
    console.log('Arayüz derleniyor… / Building the renderer…');
    if (!runNpmScript('build:renderer')) throw new Error('renderer build failed');
  }
  const mainInputs = [...shared, at('src-main'), at('scripts/build-main.mjs')];
  if (isStale(mainInputs, [at('dist/main/main.cjs'), at('dist/main/preload.cjs'), at('dist/main/backtest-worker.cjs')])) {
    console.log('Ana süreç derleniyor… / Building the main process…');
    await buildMain();
  }
}

/** The Electron executable, downloading it once (bounded) when it is missing. */
async function obtainElectron() {
  const existing = electronBinary(root);
  if (existing) return existing;
  console.log('Electron indiriliyor… / Downloading Electron…');
  const download = await tryDownloadElectron(root);
  return download.ok ? electronBinary(root) : null;
}

/** A better_sqlite3.node for Electron's ABI, built once per Electron version into .cache. */
async function obtainNativeBinding(version) {
  const bindingFile = nativeBindingFile(root, version);
  if (isBindingFresh(bindingFile, betterSqlite3Version(root))) return bindingFile;
  console.log(
    `better-sqlite3, Electron ${version} için derleniyor (bir kez)… / Building better-sqlite3 for Electron ${version} (once)…`,
  );
  const build = await buildNativeBinding({ root, target: version, bindingFile });
  if (build.ok) return bindingFile;
  const log = path.join(path.dirname(bindingFile), 'build.log');
  fs.mkdirSync(path.dirname(log), { recursive: true });
  fs.writeFileSync(log, build.output);
  console.warn(`  (ayrıntı / details: ${path.relative(root, log)})`);
  return null;
}

/** Runs a child with our terminal, forwards stop signals, and exits with its status. */
function runForwarding(command, args, env) {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`${command} başlatılamadı / could not be started: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
}

function startBrowserMode(reasonLine) {
  console.warn(reasonLine);
  const cli = at('bin/vade.mjs');
  if (!fs.existsSync(cli)) {
    console.error('bin/vade.mjs bulunamadı / not found: browser mode is unavailable.');
    process.exit(1);
  }
  runForwarding(process.execPath, [cli, 'serve', ...passThrough], process.env);
}

async function main() {
  try {
    await buildIfStale();
  } catch (error) {
    console.error(`Derleme başarısız / Build failed: ${error.message}`);
    process.exit(1);
  }

  const binary = await obtainElectron();
  if (!binary) {
    return startBrowserMode(
      'Electron çalışma zamanı bu makinede yok (çevrimdışı?) — tarayıcı kipinde başlatılıyor. / Electron runtime unavailable (offline?) — starting browser mode.',
    );
  }
  const version = electronVersion(root);
  const binding = await obtainNativeBinding(version);
  if (!binding) {
    return startBrowserMode(
      `better-sqlite3 Electron ${version} için derlenemedi (çevrimdışı?) — tarayıcı kipinde başlatılıyor. / Could not build better-sqlite3 for Electron ${version} (offline?) — starting browser mode.`,
    );
  }
  const env = { ...process.env, VADE_SQLITE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
  runForwarding(binary, [root, ...passThrough], env);
}

await main();
