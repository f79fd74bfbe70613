import type { Customer } from '../../../src-shared/domain/customers/types';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { recordAudit } from '../audit/audit-log';
import { keptOrNext } from '../numbering/kept-or-next';
import { listCustomers } from './customers-list';
import {
  codeTakenBy,
  contactIdsOf,
  insertCustomer,
  loadCustomer,
  setArchived,
  suggestCode,
  updateCustomerRow,
  type CustomerValues,
} from './customers-repo';

async function mustLoad(ctx: HandlerContext, id: number): Promise<Customer> {
  const customer = await loadCustomer(ctx.db, { id });
  if (!customer) throw notFound(`Customer ${id} does not exist`);
  return customer;
}

async function assertCodeFree(ctx: HandlerContext, code: string, ownId?: number): Promise<void> {
  const holder = await codeTakenBy(ctx.db, code);
  if (holder !== undefined && holder !== ownId) {
    throw fieldError(await ctx.language(), 'conflict', ['code'], 'validation.codeTaken');
  }
}

/** Contact ids sent with a card must be that card's own contacts (never another customer's). */
async function assertOwnContacts(
  ctx: HandlerContext,
  customerId: number | null,
  contacts: CustomerValues['contacts'],
): Promise<void> {
  const own = customerId === null ? new Set<number>() : await contactIdsOf(ctx.db, customerId);
  const index = contacts.findIndex((c) => c.id !== undefined && !own.has(c.id));
  if (index >= 0) throw fieldError(await ctx.language(), 'validation', ['contacts', index, 'id'], 'validation.invalid');
}

/** The card's own methods; `customers/account` (aging) and `customers/timeline` live with their domains. */
export const customersHandlers: Omit<
  DomainHandlers<'customers'>,
  'customers/account' | 'customers/timeline' | 'customers/risk'
> = {
  'customers/create': async (input, ctx) => {
    const { suggestedCode, ...fields } = input;
    const chosen = await keptOrNext(ctx, input.code, suggestedCode, codeTakenBy, () => suggestCode(ctx.db));
    const code = chosen.used;
    await assertCodeFree(ctx, code);
    await assertOwnContacts(ctx, null, input.contacts);
    const id = await insertCustomer(ctx.db, { ...fields, code }, ctx.now());
    const created = await mustLoad(ctx, id);
    await recordAudit(ctx, 'customers/create', 'customer', id, null, created);
    ctx.emit({ type: 'customers/changed', ids: [id] });
    return { ...created, ...chosen.notice };
  },

  'customers/update': async ({ id, version, ...changes }, ctx) => {
    const current = await mustLoad(ctx, id);
    if (version !== undefined && version !== current.version) {
      throw fieldError(await ctx.language(), 'conflict', ['version'], 'validation.staleVersion');
    }
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const next: CustomerValues = { ...current, ...defined };
    if (changes.code !== undefined) await assertCodeFree(ctx, next.code, id);
    await assertOwnContacts(ctx, id, next.contacts);
    await updateCustomerRow(ctx.db, id, next, ctx.now());
    const updated = await mustLoad(ctx, id);
    await recordAudit(ctx, 'customers/update', 'customer', id, current, updated);
    ctx.emit({ type: 'customers/changed', ids: [id] });
    return updated;
  },

  'customers/get': async (ref, ctx) => {
    const customer = await loadCustomer(ctx.db, ref);
    if (!customer) throw notFound(`Customer ${ref.id ?? ref.code} does not exist`);
    return customer;
  },

  'customers/list': async (query, ctx) => {
    return listCustomers(ctx.db, query);
  },

  'customers/archive': async ({ id, archived }, ctx) => {
    const current = await mustLoad(ctx, id);
    if ((current.archivedAt !== null) === archived) return current;
    await setArchived(ctx.db, id, archived, ctx.now());
    const changed = await mustLoad(ctx, id);
    await recordAudit(ctx, 'customers/archive', 'customer', id, current, changed);
    ctx.emit({ type: 'customers/changed', ids: [id] });
    return changed;
  },

  'customers/suggest-code': async (_args, ctx) => ({ code: await suggestCode(ctx.db) }),
};
