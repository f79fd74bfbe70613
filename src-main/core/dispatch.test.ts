import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src-shared/contract/events';
import { tempDir } from '../../test/support/temp-dir';
import { customerDomainHandlers } from '../features/customers/customer-domain';
import { insertCustomer } from '../features/customers/customers-repo';
import { riskSegmentsRefresher } from '../features/reports/risk-store';
import { customerFiguresRefresher } from '../features/customers/customer-figures';
import { settingsHandlers } from '../features/settings/handlers';
import { systemHandlers } from '../features/system/handlers';
import { openStore } from '../store/open-store';
import { createDispatch } from './dispatch';
import { EventHub } from './events';
import { HandlerRegistry, type DomainHandlers } from './registry';

async function setup(customers: DomainHandlers<'customers'> = customerDomainHandlers) {
  const store = await openStore(tempDir());
  const registry = new HandlerRegistry()
    .register(
      'system',
      systemHandlers(() => ({
        appVersion: 't',
        mode: 'cli',
        dataDir: '',
        databaseFile: '',
        schemaVersion: 1,
        nodeVersion: '',
        sqliteVersion: '',
      })),
    )
    .register('settings', settingsHandlers)
    .register('customers', customers)
    .derive('riskSegments', riskSegmentsRefresher)
    .derive('customerFigures', customerFiguresRefresher);
  const events = new EventHub();
  const seen: AppEvent[] = [];
  events.subscribe((e) => seen.push(e));
  const dispatch = createDispatch({ registry, db: store.db, events, language: async () => 'en' });
  return { store, dispatch, seen };
}

describe('registry', () => {
  it('refuses a method registered twice and a handler outside its domain', () => {
    const registry = new HandlerRegistry().register('settings', settingsHandlers);
    expect(() => registry.register('settings', settingsHandlers)).toThrow(/registered twice/);
    expect(() => new HandlerRegistry().register('customers', settingsHandlers as never)).toThrow(/does not belong/);
  });

  it('knows when a contract method has no handler', () => {
    expect(() => new HandlerRegistry().register('settings', settingsHandlers).assertComplete()).toThrow(/customers\/create/);
  });
});

describe('dispatch', () => {
  it('answers an unknown method with not_found', async () => {
    const { dispatch } = await setup();
    expect(await dispatch('customers/destroy', {})).toEqual({
      ok: false,
      error: { kind: 'not_found', message: 'Unknown operation: customers/destroy' },
    });
  });

  it('validates before the handler runs, with field paths and keys', async () => {
    const { dispatch } = await setup();
    const result = await dispatch('customers/list', { limit: 0, sort: 'price', extra: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('validation');
    expect(result.error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([
      ['sort', 'validation.oneOf'],
      ['limit', 'validation.min'],
      ['', 'validation.unknownField'],
    ]);
    expect((await dispatch('customers/get', 'C1')).ok).toBe(false);
  });

  it('runs a writer in one transaction: a failure leaves nothing behind and publishes nothing', async () => {
    const { dispatch, store, seen } = await setup({
      ...customerDomainHandlers,
      'customers/create': async (input, ctx) => {
        await insertCustomer(ctx.db, { ...input, code: 'HALF' }, ctx.now());
        ctx.emit({ type: 'customers/changed', ids: [1] });
        throw new Error('disk full halfway');
      },
    });
    const result = await dispatch('customers/create', { title: 'Yarım Kayıt' });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'internal', message: 'An unexpected error occurred. Your data was not changed.' },
    });
    expect(store.raw.prepare('select count(*) from customers').pluck().get()).toBe(0);
    expect(seen).toEqual([]);
  });

  it('publishes events after a successful write only', async () => {
    const { dispatch, seen } = await setup();
    const created = await dispatch('customers/create', { title: 'Olay Test' });
    expect(created.ok).toBe(true);
    expect(seen).toEqual([{ type: 'customers/changed', ids: [1] }]);
    await dispatch('customers/list', {});
    expect(seen).toHaveLength(1);
  });

  it('maps a constraint violation to conflict', async () => {
    const { dispatch, store } = await setup({
      ...customerDomainHandlers,
      'customers/create': async (input, ctx) => {
        await insertCustomer(ctx.db, { ...input, code: 'SAME' }, ctx.now());
        await insertCustomer(ctx.db, { ...input, code: 'same' }, ctx.now());
        throw new Error('unreachable');
      },
    });
    const result = await dispatch('customers/create', { title: 'İkiz' });
    expect(result.ok ? null : result.error.kind).toBe('conflict');
    expect(store.raw.prepare('select count(*) from customers').pluck().get()).toBe(0);
  });

  it('refuses null arguments for a writer instead of taking them as {}', async () => {
    const { dispatch, store } = await setup();
    const result = await dispatch('settings/update', null);
    expect(result.ok ? null : result.error.kind).toBe('validation');
    expect((await dispatch('customers/list', null)).ok).toBe(true); // a query's absent filter is no filter
    expect(store.raw.prepare('select count(*) from audit_log').pluck().get()).toBe(0);
  });

  it('claims the data was not changed only for a mutation that rolled back', async () => {
    const { dispatch } = await setup({
      ...customerDomainHandlers,
      'customers/get': () => {
        throw new Error('disk read failed');
      },
    });
    const result = await dispatch('customers/get', { id: 1 });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'internal', message: 'An unexpected error occurred while reading; nothing was changed.' },
    });
  });
});
