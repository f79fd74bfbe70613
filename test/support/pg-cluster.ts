import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A throwaway PostgreSQL server for tests: its own data folder, 127.0.0.1 on a free port, trust auth. */
export interface PgCluster {
  /** `postgres://postgres@127.0.0.1:<port>/` — add a database name. */
  baseUrl: string;
  port: number;
  dir: string;
  stop(): void;
  /** Shuts the server down (its data kept), as a server that goes away; `resume` starts it again on the same port. */
  halt(): void;
  resume(): void;
}

/** Debian's `postgresql` package puts each major version under /usr/lib/postgresql/<n>/bin; the newest wins. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0]!, 'bin') : null;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` user (Debian's package makes it). */
function runAsOwner(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed (${result.status}): ${result.stderr || result.stdout}`);
}

/** Where a cluster lives and what it keeps: by default a temp folder removed by `stop()`. */
export interface PgClusterOptions {
  /**
   * A folder kept between runs (the bench's PostgreSQL copy of its ledger): initdb only when it holds no cluster
   * yet, and `stop()` shuts the server down 'fast' (written to disk) and leaves the folder.
   */
  keptDir?: string;
  /** More `-c name=value` server settings (the bench gives the server the memory a desk's server would have). */
  settings?: string[];
}

/**
 * initdb in a temp folder (C locale: text compares byte by byte, as in SQLite) and a server on 127.0.0.1 with
 * durability off (a test cluster is thrown away) and room for many pools.
 */
export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql');
  const kept = options.keptDir;
  if (kept) fs.mkdirSync(kept, { recursive: true });
  const dir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vade-pg-'));
  fs.chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  if (!fs.existsSync(path.join(data, 'PG_VERSION'))) {
    runAsOwner(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--locale=C',
      '--encoding=UTF8',
      '--no-sync',
    ]);
  }
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=300',
    ...(options.settings ?? []).map((setting) => `-c ${setting}`),
  ].join(' ');
  const start = () =>
    runAsOwner(path.join(bin, 'pg_ctl'), ['start', '-w', '-D', data, '-l', path.join(dir, 'server.log'), '-o', settings]);
  start();
  let stopped = false;
  return {
    baseUrl: `postgres://postgres@127.0.0.1:${port}/`,
    port,
    dir,
    // 'fast', not 'immediate': the test cluster commits without waiting for the disk (synchronous_commit=off), so
    // an immediate stop could lose a commit the test relies on; the server still goes away mid-session.
    halt: () => runAsOwner(path.join(bin, 'pg_ctl'), ['stop', '-w', '-D', data, '-m', 'fast']),
    resume: start,
    stop() {
      if (stopped) return;
      stopped = true;
      if (kept) {
        runAsOwner(path.join(bin, 'pg_ctl'), ['stop', '-w', '-D', data, '-m', 'fast']);
        return;
      }
      try {
        runAsOwner(path.join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
