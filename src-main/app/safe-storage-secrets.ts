import { app, safeStorage } from 'electron';
import { keyFileSecretStore, SecretUnavailableError, type SecretStore } from '../store/secrets/secret-store';

const PREFIX = 'safestorage:v1:';

/**
 * The SMTP password through Electron's safeStorage: the OS keychain (Keychain on macOS, DPAPI on Windows,
 * libsecret/kwallet on Linux). safeStorage works only once the app is ready, so every use waits for it.
 * Where the OS offers no keychain (a bare Linux session), `desktopSecrets` falls back to the key file.
 */
export function safeStorageSecrets(): SecretStore {
  return {
    kind: 'os-keychain',
    async encrypt(plain) {
      await app.whenReady();
      return PREFIX + safeStorage.encryptString(plain).toString('base64');
    },
    async decrypt(stored) {
      if (!stored.startsWith(PREFIX)) throw new SecretUnavailableError('The password was stored without the OS keychain');
      await app.whenReady();
      return safeStorage.decryptString(Buffer.from(stored.slice(PREFIX.length), 'base64'));
    },
  };
}

/** Whether the OS keychain can be used (asked after ready; on Linux without a secret service it cannot). */
export async function keychainAvailable(): Promise<boolean> {
  await app.whenReady();
  return safeStorage.isEncryptionAvailable();
}

/**
 * The desktop's store: the OS keychain when the OS has one, else the key file. Each stored value says which
 * wrote it, so a password saved in browser mode (key file) still works in the app, and the other way round
 * is refused with a clear message (`SecretUnavailableError`).
 */
export function desktopSecrets(dataDir: string): SecretStore {
  const keychain = safeStorageSecrets();
  const fallback = keyFileSecretStore(dataDir);
  let available: boolean | null = null;
  const useKeychain = async () => (available ??= await keychainAvailable());
  void useKeychain().catch(() => (available = false));
  return {
    get kind() {
      return available === false ? fallback.kind : keychain.kind;
    },
    encrypt: async (plain) => ((await useKeychain()) ? keychain : fallback).encrypt(plain),
    decrypt: (stored) => (stored.startsWith(PREFIX) ? keychain : fallback).decrypt(stored),
  };
}
