import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../src-shared/contract/methods';
import { contractWorld } from '../../support/contract-world';
import { sampleFor } from '../../support/method-samples';
import { storeSql } from '../../support/store-sql';

const mutations = (Object.keys(contract) as MethodName[]).filter((name) => contract[name].kind === 'mutation');

// Runs every mutation on a populated company: a long walk by design (longer on a server, a round trip per statement).
describe('every mutation that changes user data is audited', { timeout: 90_000 }, () => {
  it('writes an audit row with the record before and/or after, unless it declares why not', async () => {
    const { backend, world, close } = await contractWorld();
    try {
      const lastAudit = async () => (await storeSql(backend).value('select coalesce(max(id), 0) from audit_log'))!;
      const problems: string[] = [];
      for (const name of mutations) {
        const from = await lastAudit();
        const result = await backend.dispatch(name, sampleFor(name, world));
        if (!result.ok) {
          problems.push(`${name} refused its sample (fix it in test/support/method-samples.ts): ${JSON.stringify(result.error)}`);
          continue;
        }
        if (contract[name].unaudited) continue;
        const rows = await storeSql(backend).all<{ action: string; before: string | null; after: string | null }>(
          'select action, before, after from audit_log where id > ?',
          from,
        );
        if (!rows.some((r) => r.before !== null || r.after !== null))
          problems.push(
            `${name} wrote no audit row: call recordAudit(ctx, '${name}', <entity>, <id>, before, after) in its transaction, ` +
              `or declare \`unaudited: '<why it changes no user data>'\` in its contract`,
          );
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says why for every mutation left out of the audit log', () => {
    for (const [name, spec] of Object.entries(contract))
      if (spec.unaudited !== undefined) expect(spec.unaudited.length, name).toBeGreaterThan(20);
  });
});
