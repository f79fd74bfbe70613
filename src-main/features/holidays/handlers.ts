import { dayId, recordAudit } from '../audit/audit-log';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { DomainHandlers } from '../../core/registry';
import { fieldError } from '../../core/errors';

export const holidaysHandlers: DomainHandlers<'holidays'> = {
  'holidays/list': async ({ year }, ctx) => {
    let query = ctx.db.selectFrom('holidays').select(['date', 'name', 'kind']).orderBy('date');
    query =
      year !== undefined
        ? query.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`)
        : query.where('date', '>=', `${todayLocal(ctx.now()).slice(0, 4)}-01-01`);
    return query.execute();
  },

  'holidays/add': async (input, ctx) => {
    const taken = await ctx.db.selectFrom('holidays').select('date').where('date', '=', input.date).executeTakeFirst();
    if (taken) throw fieldError(await ctx.language(), 'conflict', ['date'], 'holidays.dateTaken');
    await ctx.db.insertInto('holidays').values(input).execute();
    await recordAudit(ctx, 'holidays/add', 'holiday', dayId(input.date), null, input);
    ctx.emit({ type: 'settings/changed' });
    return input;
  },

  'holidays/remove': async ({ date }, ctx) => {
    const before = await ctx.db
      .selectFrom('holidays')
      .select(['date', 'name', 'kind'])
      .where('date', '=', date)
      .executeTakeFirst();
    const { numDeletedRows } = await ctx.db.deleteFrom('holidays').where('date', '=', date).executeTakeFirst();
    if (numDeletedRows === 0n) throw fieldError(await ctx.language(), 'validation', ['date'], 'holidays.notFound');
    await recordAudit(ctx, 'holidays/remove', 'holiday', dayId(date), before, null);
    ctx.emit({ type: 'settings/changed' });
    return { date };
  },
};
