import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SecretStorageKind } from '../../../src-shared/domain/outbox/types';

/**
 * Keeps a secret (the SMTP, backup and database-server passwords) encrypted at rest. Electron's `safeStorage` (the OS keychain) is wired in
 * `app/safe-storage-secrets.ts`; plain Node (browser mode, the CLI, tests) uses `keyFileSecretStore`.
 * A stored value names its store, so a value written by one can be recognised (and refused) by the other.
 */
export interface SecretStore {
  kind: SecretStorageKind;
  encrypt(plain: string): Promise<string>;
  /** Throws `SecretUnavailableError` when this store cannot read the value (written by another store). */
  decrypt(stored: string): Promise<string>;
}

export class SecretUnavailableError extends Error {}

const KEY_FILE_PREFIX = 'keyfile:v1:';

/**
 * Without an OS keychain: AES-256-GCM with a random key kept in `<data folder>/secret.key` (mode 0600).
 * The database alone (a backup, a copy sent for support) does not reveal the password; anyone who can read
 * the whole data folder can. The Settings screen says so.
 */
export function keyFileSecretStore(dataDir: string): SecretStore {
  const keyFile = path.join(dataDir, 'secret.key');
  const key = (): Buffer => {
    if (!fs.existsSync(keyFile)) {
      fs.mkdirSync(dataDir, { recursive: true });
      // 'wx' never overwrites: two processes racing both end up reading the one file that won.
      try {
        fs.writeFileSync(keyFile, crypto.randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    return Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'base64');
  };
  return {
    kind: 'key-file',
    async encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return KEY_FILE_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    async decrypt(stored) {
      if (!stored.startsWith(KEY_FILE_PREFIX)) throw new SecretUnavailableError('The password was stored by the OS keychain');
      const raw = Buffer.from(stored.slice(KEY_FILE_PREFIX.length), 'base64');
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretUnavailableError('The password cannot be read with this data folder’s key');
      }
    },
  };
}
