import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A throwaway certificate authority and a server certificate it signed, made with openssl at test time. */
export interface TestCertificates {
  dir: string;
  /** The CA's certificate: what a PC is given as `sslrootcert`. */
  caFile: string;
  /** Another CA's certificate, which did not sign the server's. */
  otherCaFile: string;
  /**
   * The `-c` settings that give a test cluster this certificate; TLS itself is turned on by `alter system set ssl = on`
   * and a reload, so that a test can turn it off again (a `-c ssl=on` would outrank alter system).
   */
  serverSettings: string[];
}

const openssl = (dir: string, args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

function makeCa(dir: string, name: string): void {
  openssl(
    dir,
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`].concat([
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.crt`,
    ]),
  );
}

/**
 * A CA, a server certificate for `names` (DNS names and IP addresses) signed by it, and a second, unrelated CA. The
 * server's key is owned by the `postgres` user with mode 0600, as PostgreSQL demands before it starts with ssl=on.
 */
export function makeTestCertificates(names: string[]): TestCertificates {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-tls-'));
  fs.chmodSync(dir, 0o755);
  makeCa(dir, 'ofis-ca');
  makeCa(dir, 'baska-ca');
  const san = names.map((n) => (/^[\d.]+$/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
  fs.writeFileSync(path.join(dir, 'san.ext'), `subjectAltName=${san}\n`);
  openssl(dir, [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    `/CN=${names[0]}`,
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
  ]);
  openssl(
    dir,
    ['x509', '-req', '-in', 'server.csr', '-CA', 'ofis-ca.crt', '-CAkey', 'ofis-ca.key', '-CAcreateserial'].concat([
      '-days',
      '2',
      '-extfile',
      'san.ext',
      '-out',
      'server.crt',
    ]),
  );
  const key = path.join(dir, 'server.key');
  fs.chmodSync(key, 0o600);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', key, path.join(dir, 'server.crt')]);
  return {
    dir,
    caFile: path.join(dir, 'ofis-ca.crt'),
    otherCaFile: path.join(dir, 'baska-ca.crt'),
    serverSettings: [`ssl_cert_file=${path.join(dir, 'server.crt')}`, `ssl_key_file=${key}`],
  };
}
