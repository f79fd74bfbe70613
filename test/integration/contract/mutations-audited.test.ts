import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../src-shared/contract/methods';
import { contractWorld } from '../../support/contract-world';
import { sampleFor } from '../../support/method-samples';

const mutations = (Object.keys(contract) as MethodName[]).filter((name) => contract[name].kind === 'mutation');

describe('every mutation that changes user data is audited', () => {
  it('writes an audit row with the record before and/or after, unless it declares why not', async () => {
    const { backend, world, close } = await contractWorld();
    try {
      const lastAudit = () => backend.store.raw.prepare('select coalesce(max(id), 0) from audit_log').pluck().get() as number;
      const problems: string[] = [];
      for (const name of mutations) {
        const from = lastAudit();
        const result = await backend.dispatch(name, sampleFor(name, world));
        if (!result.ok) {
          problems.push(`${name} refused its sample (fix it in test/support/method-samples.ts): ${JSON.stringify(result.error)}`);
          continue;
        }
        if (contract[name].unaudited) continue;
        const rows = backend.store.raw.prepare('select action, before, after from audit_log where id > ?').all(from) as {
          action: string;
          before: string | null;
          after: string | null;
        }[];
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
