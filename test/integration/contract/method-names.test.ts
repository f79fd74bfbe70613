import { describe, expect, it } from 'vitest';
import { currentMethodName, deprecationNotice, METHOD_RENAMES } from '../../../src-shared/contract/method-aliases';
import { contract, isMethodName } from '../../../src-shared/contract/methods';
import { storeSql } from '../../support/store-sql';
import { call, testBackend } from '../../support/test-backend';

/** The domains named in the singular: the one thing a company has (docs/architecture.md, "Method names"). */
const SINGULAR_DOMAINS = new Set([
  'system',
  'settings',
  'company-profile',
  'dashboard',
  'calendar',
  'outbox',
  'today',
  'audit',
  'bank',
  'workstation',
]);

const KEBAB = '[a-z]+(?:-[a-z]+)*';
const METHOD_NAME = new RegExp(`^(${KEBAB})/${KEBAB}$`);

/** Why a name breaks the rule, or null when it keeps it. */
function ruleBroken(name: string): string | null {
  const match = METHOD_NAME.exec(name);
  if (!match) return 'not domain/verb in lower-case kebab-case';
  const domain = match[1]!;
  if (!domain.endsWith('s') && !SINGULAR_DOMAINS.has(domain)) return `domain "${domain}" is not plural`;
  return null;
}

describe('method names', () => {
  it('every method is domain/verb in kebab-case with a plural domain (or one of the few singular ones)', () => {
    const broken = Object.keys(contract)
      .map((name) => ({ name, why: ruleBroken(name) }))
      .filter((m) => m.why !== null);
    expect(broken).toEqual([]);
  });

  it('the rule refuses the shapes it exists to keep out', () => {
    for (const name of [
      'customers/suggestCode',
      'backup/create',
      'export/invoices',
      'creditNotes/create',
      'Customers/list',
      'customers_list',
      'customers/list/all',
      'customers/-list',
    ])
      expect(ruleBroken(name), name).not.toBeNull();
  });

  it('every old name leads to a current method and is not itself a current name', () => {
    for (const [oldName, newName] of Object.entries(METHOD_RENAMES)) {
      expect(isMethodName(newName), `${oldName} → ${newName}`).toBe(true);
      expect(isMethodName(oldName), oldName).toBe(false);
      expect(currentMethodName(oldName)).toBe(newName);
    }
    expect(currentMethodName('customers/list')).toBe('customers/list');
    expect(currentMethodName('customers/nothing')).toBe('customers/nothing');
  });

  it('dispatch runs the renamed method for an old name, with the same answer', async () => {
    const backend = await testBackend();
    await call(backend, 'customers/create', { title: 'Eski Ad Ltd.' });
    const byNewName = await call(backend, 'customers/suggest-code', {});
    expect(await backend.dispatch('customers/suggestCode', {})).toEqual({ ok: true, value: byNewName });
    // The old name of a writer writes (and audits under the current name).
    const old = await backend.dispatch('bank/addCustomerIban', { customerId: 1, iban: 'TR330006100519786457841326' });
    expect(old.ok).toBe(true);
    expect(await call(backend, 'bank/customer-ibans', { customerId: 1 })).toHaveLength(1);
    const action = await storeSql(backend).value('select action from audit_log order by id desc limit 1');
    expect(action).toBe('bank/add-customer-iban');
    expect(await backend.dispatch('customers/nothing', {})).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it('says which name to use in one line', () => {
    expect(deprecationNotice('backup/create')).toBe(
      "vade: 'backup/create' is deprecated, use 'backups/create' (old names are removed in 1.1)",
    );
  });
});
