import type { AppConfigFile } from '../../store/app-config';
import { BackupError } from '../../store/backup-error';
import { SecretUnavailableError, type SecretStore } from '../../store/secrets/secret-store';

/**
 * The backup password is kept in vade-app.json sealed by the secret store (the OS keychain in the app, a key
 * file otherwise), like the SMTP password: the config file alone does not reveal it.
 */
export const sealBackupPassword = async (secrets: SecretStore, password: string | null): Promise<string | null> =>
  password === null ? null : secrets.encrypt(password);

/** The password new backups are encrypted with; null when backups are not encrypted. */
export async function backupPassword(config: AppConfigFile, secrets: SecretStore): Promise<string | null> {
  const stored = config.read().backup.password;
  if (stored === null) return null;
  try {
    return await secrets.decrypt(stored);
  } catch (error) {
    // Sealed by the desktop app's keychain and read from the CLI (or the other way round): ask for it.
    if (error instanceof SecretUnavailableError) throw new BackupError('password_required', 'vade-app.json');
    throw error;
  }
}
