import { recordAudit, SINGLETON_ID } from '../audit/audit-log';
import type { DomainHandlers } from '../../core/registry';
import { readSettings, writeSettings } from './settings-repo';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings/get': (_args, { db }) => readSettings(db),
  'settings/update': async (changes, ctx) => {
    const before = await readSettings(ctx.db);
    await writeSettings(ctx.db, changes, ctx.now());
    const after = await readSettings(ctx.db);
    await recordAudit(ctx, 'settings/update', 'settings', SINGLETON_ID, before, after);
    ctx.emit({ type: 'settings/changed' });
    return after;
  },
};
