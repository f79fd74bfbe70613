import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { BackupError } from './backup-error';
import { readHead } from './file-head';

/**
 * Encrypted backup file format, version 1 (all integers unsigned):
 *
 *   offset  size  field
 *   0       8     magic "VADEBAK\0"
 *   8       1     format version (1)
 *   9       1     scrypt log2(N) (15)
 *   10      1     scrypt r (8)
 *   11      1     scrypt p (1)
 *   12      16    scrypt salt
 *   28      12    AES-GCM nonce
 *   40      16    key check: first 16 bytes of SHA-256(key ‖ "vade-backup-key-check")
 *   56      n     AES-256-GCM ciphertext of the SQLite file (the 56 header bytes are the associated data)
 *   56+n    16    GCM authentication tag
 *
 * The key check tells a wrong password from a damaged file; the tag refuses any changed byte, header included.
 */
export const BACKUP_MAGIC = Buffer.from('VADEBAK\0', 'latin1');
const VERSION = 1;
const HEADER_BYTES = 56;
const TAG_BYTES = 16;
const SCRYPT = { logN: 15, r: 8, p: 1 };

const deriveKey = (password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, 32, { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

const keyCheck = (key: Buffer): Buffer =>
  createHash('sha256').update(key).update('vade-backup-key-check').digest().subarray(0, 16);

/** Whether a file starts like an encrypted Vade backup. */
export function isEncryptedBackup(file: string): boolean {
  return readHead(file, BACKUP_MAGIC.length).equals(BACKUP_MAGIC);
}

/** Encrypts `source` into `target` (which must not exist), flushed to disk before it returns. */
export async function encryptFile(source: string, target: string, password: string): Promise<void> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const key = await deriveKey(password, salt, SCRYPT.logN, SCRYPT.r, SCRYPT.p);
  const header = Buffer.concat([
    BACKUP_MAGIC,
    Buffer.from([VERSION, SCRYPT.logN, SCRYPT.r, SCRYPT.p]),
    salt,
    nonce,
    keyCheck(key),
  ]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(header);
  const out = await fs.promises.open(target, 'wx');
  try {
    await out.write(header);
    for await (const chunk of fs.createReadStream(source, { highWaterMark: 1 << 20 })) {
      await out.write(cipher.update(chunk as Buffer));
    }
    await out.write(Buffer.concat([cipher.final(), cipher.getAuthTag()]));
    await out.sync();
  } finally {
    await out.close();
  }
}

/**
 * Decrypts an encrypted backup into `target`. A wrong password is refused before anything is written; a
 * changed byte anywhere makes the tag fail and `target` is removed.
 */
export async function decryptFile(source: string, target: string, password: string): Promise<void> {
  const size = (await fs.promises.stat(source)).size;
  const input = await fs.promises.open(source, 'r');
  let header: Buffer;
  let tag: Buffer;
  try {
    header = Buffer.alloc(HEADER_BYTES);
    tag = Buffer.alloc(TAG_BYTES);
    if (size < HEADER_BYTES + TAG_BYTES) throw new BackupError('damaged', source);
    await input.read(header, 0, HEADER_BYTES, 0);
    await input.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await input.close();
  }
  if (!header.subarray(0, 8).equals(BACKUP_MAGIC)) throw new BackupError('not_a_backup', source);
  if (header[8] !== VERSION) throw new BackupError('newer_format', source);
  const [logN, r, p] = [header[9]!, header[10]!, header[11]!];
  if (logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 16) throw new BackupError('damaged', source);
  const key = await deriveKey(password, header.subarray(12, 28), logN, r, p);
  if (!timingSafeEqual(keyCheck(key), header.subarray(40, 56))) throw new BackupError('wrong_password', source);

  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(28, 40)).setAAD(header).setAuthTag(tag);
  const out = await fs.promises.open(target, 'wx');
  try {
    try {
      const body = fs.createReadStream(source, { start: HEADER_BYTES, end: size - TAG_BYTES - 1, highWaterMark: 1 << 20 });
      for await (const chunk of body) await out.write(decipher.update(chunk as Buffer));
      await out.write(decipher.final());
      await out.sync();
    } finally {
      await out.close();
    }
  } catch (error) {
    await fs.promises.rm(target, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError('damaged', source, { cause: error });
  }
}
