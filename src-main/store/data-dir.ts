import os from 'node:os';
import path from 'node:path';

const APP_FOLDER = 'Vade';

/** The OS app-data folder Electron would use for Vade (app.getPath('userData')), computed without Electron. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

/** `--data-dir` wins over `VADE_DATA_DIR`, which wins over the OS default. */
export function resolveDataDir(flag?: string, env = process.env): string {
  const chosen = flag ?? env.VADE_DATA_DIR;
  return path.resolve(chosen && chosen.trim() !== '' ? chosen : defaultDataDir());
}

/** One database file per company. */
export function companyDatabaseFile(dataDir: string, company = 'default'): string {
  return path.join(dataDir, 'companies', `${company}.vade.sqlite`);
}

export const backupsDir = (dataDir: string): string => path.join(dataDir, 'backups');
