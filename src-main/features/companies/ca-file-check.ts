import fs from 'node:fs';
import type { Language } from '../../../src-shared/i18n/language';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { fieldError } from '../../core/errors';
import { isPemCertificate } from '../../store/postgres/pg-ssl';
import type { ServerAddress } from '../../../src-shared/domain/companies/types';

const PROBLEMS = {
  missing: 'servers.form.caFileMissing',
  unreadable: 'servers.form.caFileUnreadable',
  notCertificate: 'servers.form.caFileNotCertificate',
} as const satisfies Record<string, MessageKey>;

/** What is wrong with a CA file on this PC, if anything: not there, not readable (a folder, no rights), not a PEM certificate. */
export function caFileProblem(file: string): keyof typeof PROBLEMS | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable';
  }
  return isPemCertificate(text) ? null : 'notCertificate';
}

/**
 * Refuses a connection's CA file under its field before anything connects (test, open, save, copy): the user learns
 * that the file is missing or unreadable here, not as a TLS failure from the server.
 */
export function checkCaFile(address: ServerAddress, language: Language): void {
  if (!address.sslrootcert || address.sslmode === 'disable') return;
  const problem = caFileProblem(address.sslrootcert);
  if (problem) throw fieldError(language, 'validation', ['sslrootcert'], PROBLEMS[problem], { file: address.sslrootcert });
}
