// Finding Electron and an Electron-ABI build of better-sqlite3 without touching node_modules/better-sqlite3/build
// (the Node build that the tests and the CLI use). Shared by scripts/start.mjs and the Electron smoke test.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

export const electronVersion = (root) => readJson(path.join(root, 'node_modules/electron/package.json')).version;
export const betterSqlite3Version = (root) => readJson(path.join(root, 'node_modules/better-sqlite3/package.json')).version;

/**
 * The Electron executable when it has been downloaded, else null. Reads path.txt like
 * node_modules/electron/index.js does, but never starts the lazy download that require('electron') would.
 */
export function electronBinary(root, env = process.env) {
  const packageDir = path.join(root, 'node_modules/electron');
  let relative;
  try {
    relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (relative === '') return null;
  const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist'), relative);
  return fs.existsSync(binary) ? binary : null;
}

/** One folder per Electron version, platform and CPU: `.cache/electron-native/<version>-<platform>-<arch>`. */
export const nativeCacheDir = (root, version, platform = process.platform, arch = process.arch) =>
  path.join(root, '.cache', 'electron-native', `${version}-${platform}-${arch}`);

export const nativeBindingFile = (root, version, platform, arch) =>
  path.join(nativeCacheDir(root, version, platform, arch), 'better_sqlite3.node');

const stampFile = (bindingFile) => path.join(path.dirname(bindingFile), 'source.json');

/** The cached build is used only if it was made from the better-sqlite3 installed now (its JS must match). */
export function isBindingFresh(bindingFile, sqliteVersion) {
  try {
    return fs.existsSync(bindingFile) && readJson(stampFile(bindingFile)).betterSqlite3 === sqliteVersion;
  } catch {
    return false;
  }
}

/** What the smoke test and `npm start` need to run Electron here; `reason` says what is missing. */
export function electronRuntime(root, env = process.env) {
  const version = electronVersion(root);
  const binary = electronBinary(root, env);
  const bindingFile = nativeBindingFile(root, version);
  const binding = isBindingFresh(bindingFile, betterSqlite3Version(root)) ? bindingFile : null;
  let reason = null;
  if (!binary) reason = `Electron ${version} binary not downloaded (node_modules/electron/dist is missing; offline?)`;
  else if (!binding)
    reason = `No better-sqlite3 build for Electron ${version} at ${path.relative(root, bindingFile)} (run npm start once online)`;
  return { version, binary, binding, bindingFile, reason };
}

/** npm config `nodedir` would make node-gyp build against Node's headers instead of Electron's. */
export function withoutNodedir(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
}

/** node-gyp from the project, else the copy bundled with the npm that runs us, else the global npm's. */
export function findNodeGyp(root, env = process.env, execPath = process.execPath) {
  const candidates = [
    path.join(root, 'node_modules/node-gyp/bin/node-gyp.js'),
    env.npm_execpath ? path.join(path.dirname(env.npm_execpath), '..', 'node_modules/node-gyp/bin/node-gyp.js') : null,
    path.join(path.dirname(execPath), '..', 'lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
  ];
  return candidates.find((file) => file !== null && fs.existsSync(file)) ?? null;
}

/** Runs a command quietly, keeping its output for a log; resolves with its exit code (null on timeout). */
export function runQuietly(command, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output += chunk;
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** One attempt at Electron's own installer (node_modules/electron/install.js), bounded by a timeout. */
export async function tryDownloadElectron(root, timeoutMs = 60_000) {
  const result = await runQuietly(process.execPath, [path.join(root, 'node_modules/electron/install.js')], {
    cwd: root,
    env: process.env,
    timeoutMs,
  });
  return { ok: result.code === 0 && electronBinary(root) !== null, output: result.output };
}

/**
 * Compiles better-sqlite3 for another runtime in a scratch copy under .cache (without its build folder),
 * then keeps only the .node file. node_modules/better-sqlite3 is read, never written.
 */
export async function buildNativeBinding({
  root,
  target,
  runtime = 'electron',
  distUrl = ELECTRON_HEADERS_URL,
  arch = process.arch,
  bindingFile,
  extraArgs = [],
  env = process.env,
  timeoutMs = 15 * 60_000,
}) {
  const nodeGyp = findNodeGyp(root, env);
  if (!nodeGyp) return { ok: false, output: 'node-gyp not found (neither in node_modules nor bundled with npm)' };

  const scratchRoot = path.join(root, '.cache', 'electron-native');
  fs.mkdirSync(scratchRoot, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(scratchRoot, 'build-'));
  try {
    const source = path.join(root, 'node_modules/better-sqlite3');
    const copy = path.join(scratch, 'better-sqlite3');
    fs.cpSync(source, copy, { recursive: true, filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build' });

    const args = [
      nodeGyp,
      'rebuild',
      '--release',
      '--jobs=max',
      `--target=${target}`,
      `--runtime=${runtime}`,
      `--dist-url=${distUrl}`,
      `--arch=${arch}`,
      ...extraArgs,
    ];
    const result = await runQuietly(process.execPath, args, { cwd: copy, env: withoutNodedir(env), timeoutMs });
    const built = path.join(copy, 'build/Release/better_sqlite3.node');
    if (result.code !== 0 || !fs.existsSync(built)) return { ok: false, output: result.output };

    fs.mkdirSync(path.dirname(bindingFile), { recursive: true });
    fs.copyFileSync(built, bindingFile);
    fs.writeFileSync(
      stampFile(bindingFile),
      `${JSON.stringify({ betterSqlite3: betterSqlite3Version(root), runtime, target, arch }, null, 2)}\n`,
    );
    return { ok: true, output: result.output };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
