import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  electronBinary,
  electronRuntime,
  findNodeGyp,
  isBindingFresh,
  nativeBindingFile,
  nativeCacheDir,
  withoutNodedir,
} from '../../scripts/electron-runtime.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A throwaway project root holding only a fake node_modules/electron. */
function fakeRoot(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-electron-runtime-'));
  temps.push(root);
  for (const [relative, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), content);
  }
  return root;
}

describe('Electron-ABI cache location', () => {
  it('is one folder per Electron version, platform and CPU under .cache', () => {
    expect(nativeCacheDir('/p', '45.4.1', 'linux', 'x64')).toBe(path.join('/p', '.cache', 'electron-native', '45.4.1-linux-x64'));
    expect(nativeBindingFile('/p', '45.4.1', 'win32', 'arm64')).toBe(
      path.join('/p', '.cache', 'electron-native', '45.4.1-win32-arm64', 'better_sqlite3.node'),
    );
  });

  it('trusts a cached build only when it was made from the installed better-sqlite3', () => {
    const root = fakeRoot({ '.cache/electron-native/45.4.1-linux-x64/better_sqlite3.node': 'binary' });
    const binding = nativeBindingFile(root, '45.4.1', 'linux', 'x64');
    expect(isBindingFresh(binding, '12.11.1')).toBe(false); // no stamp
    fs.writeFileSync(path.join(path.dirname(binding), 'source.json'), JSON.stringify({ betterSqlite3: '12.11.1' }));
    expect(isBindingFresh(binding, '12.11.1')).toBe(true);
    expect(isBindingFresh(binding, '12.12.0')).toBe(false);
  });
});

describe('electronBinary', () => {
  it('is null when path.txt or the binary is missing, without attempting a download', () => {
    expect(electronBinary(fakeRoot({ 'node_modules/electron/package.json': '{}' }), {})).toBeNull();
    expect(electronBinary(fakeRoot({ 'node_modules/electron/path.txt': 'electron' }), {})).toBeNull();
  });

  it('finds the binary that path.txt names under dist', () => {
    const root = fakeRoot({ 'node_modules/electron/path.txt': 'electron', 'node_modules/electron/dist/electron': '' });
    expect(electronBinary(root, {})).toBe(path.join(root, 'node_modules/electron/dist/electron'));
  });

  it('reports this machine honestly', () => {
    const runtime = electronRuntime(projectRoot);
    expect(runtime.version).toMatch(/^\d+\.\d+\.\d+$/);
    if (!runtime.binary) expect(runtime.reason).toMatch(/not downloaded/);
  });
});

describe('native build environment', () => {
  it('drops npm_config_nodedir in any letter case and keeps the rest', () => {
    expect(withoutNodedir({ npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin' })).toEqual({ PATH: '/bin' });
  });

  it('finds a node-gyp to run', () => {
    const nodeGyp = findNodeGyp(projectRoot);
    expect(nodeGyp).not.toBeNull();
    expect(fs.existsSync(nodeGyp ?? '')).toBe(true);
  });
});
