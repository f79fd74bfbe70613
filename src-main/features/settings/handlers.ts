import type { DomainHandlers } from '../../core/registry';
import { readSettings, writeSettings } from './settings-repo';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings/get': (_args, { db }) => readSettings(db),
  'settings/update': async (changes, { db, emit, now }) => {
    await writeSettings(db, changes, now());
    emit({ type: 'settings/changed' });
    return readSettings(db);
  },
};
