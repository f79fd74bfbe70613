// Types for electron-runtime.mjs, so TypeScript tests can use it under strict settings.
export interface ElectronRuntime {
  version: string;
  binary: string | null;
  binding: string | null;
  bindingFile: string;
  reason: string | null;
}
export interface CommandResult {
  ok: boolean;
  output: string;
}
export type Env = Record<string, string | undefined>;

export function electronVersion(root: string): string;
export function betterSqlite3Version(root: string): string;
export function electronBinary(root: string, env?: Env): string | null;
export function nativeCacheDir(root: string, version: string, platform?: string, arch?: string): string;
export function nativeBindingFile(root: string, version: string, platform?: string, arch?: string): string;
export function isBindingFresh(bindingFile: string, sqliteVersion: string): boolean;
export function electronRuntime(root: string, env?: Env): ElectronRuntime;
export function withoutNodedir(env: Env): Env;
export function findNodeGyp(root: string, env?: Env, execPath?: string): string | null;
export function runQuietly(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Env; timeoutMs: number },
): Promise<{ code: number | null; output: string }>;
export function tryDownloadElectron(root: string, timeoutMs?: number): Promise<CommandResult>;
export function buildNativeBinding(options: {
  root: string;
  target: string;
  runtime?: string;
  distUrl?: string;
  arch?: string;
  bindingFile: string;
  extraArgs?: readonly string[];
  env?: Env;
  timeoutMs?: number;
}): Promise<CommandResult>;
