import { describe, expect, it } from 'vitest';
import { planProposeInput } from '../../../src-shared/domain/plans/schemas';
import { call, refused, testBackend } from '../../support/test-backend';

const terms = { frequency: { kind: 'monthly', day: 15 }, startDate: '2026-12-01' } as const;

describe('plans/propose never proposes an instalment of nothing', () => {
  it('refuses more instalments than kuruş to share, saying how many are possible', async () => {
    const b = await testBackend();
    const error = await refused(b, 'plans/propose', { principal: 1, count: 3, ...terms });
    expect(error.kind).toBe('validation');
    expect(error.issues?.map((i) => [i.path.join('.'), i.key, i.params])).toEqual([
      ['count', 'plans.countAboveAmount', { max: 1 }],
    ]);
    expect(error.issues?.[0]?.message).toMatch(/en çok 1 taksit/);
    // After a down payment only the financed part is split.
    const afterDown = await refused(b, 'plans/propose', { principal: 5, downPayment: 3, count: 3, ...terms });
    expect(afterDown.issues?.map((i) => [i.path.join('.'), i.params])).toEqual([['count', { max: 2 }]]);
  });

  it('proposes as many instalments as there are kuruş, each of at least one', async () => {
    const b = await testBackend();
    const plan = await call(b, 'plans/propose', { principal: 3, count: 3, ...terms });
    expect(plan.rows.map((r) => r.amount)).toEqual([1, 1, 1]);
  });

  it('the plan editor shows the problem on the count (it checks the terms with the same schema)', () => {
    const parsed = planProposeInput.safeParse({ principal: 1, count: 3, ...terms });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['count', 'plans.countAboveAmount']]);
  });
});
