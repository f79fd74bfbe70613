import { z } from 'zod';
import { query } from '../../contract/method';

export type RunMode = 'electron' | 'browser' | 'cli';

export interface SystemInfo {
  appVersion: string;
  mode: RunMode;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  nodeVersion: string;
  sqliteVersion: string;
}

export const systemContract = {
  'system/info': query<SystemInfo>()(z.object({}).strict(), 'Versions, run mode and where the data lives'),
};
