import { describe, expect, it } from 'vitest';
import type { ReminderStep } from '../../../src-shared/domain/reminders/types';
import { call, refused, testBackend } from '../../support/test-backend';

const input = ({ id, ...step }: ReminderStep, newId?: number) => ({ ...step, id: newId ?? id });

describe('reminders/save-policy keeps every step it is given, or refuses', () => {
  it('refuses a step id it does not know (of no policy, or of another policy), changing nothing', async () => {
    const b = await testBackend();
    const [policy] = await call(b, 'reminders/policies', {});
    const steps = policy!.steps;
    const unknown = await refused(b, 'reminders/save-policy', {
      id: policy!.id,
      name: policy!.name,
      steps: steps.map((s, i) => input(s, i === 1 ? 99_999 : undefined)),
    });
    expect(unknown.kind).toBe('validation');
    expect(unknown.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['steps.1.id', 'validation.reminders.unknownStep']]);
    expect(unknown.issues?.[0]?.message).toMatch(/adım/i);

    // Every id unknown: before, all steps were deleted and the policy saved empty — dunning stopped for everyone.
    const allUnknown = await refused(b, 'reminders/save-policy', {
      id: policy!.id,
      name: policy!.name,
      steps: steps.map((s, i) => input(s, 90_000 + i)),
    });
    expect(allUnknown.issues?.every((i) => i.key === 'validation.reminders.unknownStep')).toBe(true);
    const other = await call(b, 'reminders/save-policy', {
      name: 'Kurumsal',
      steps: [input(steps[0]!, undefined)].map(({ id: _id, ...s }) => s),
    });
    const borrowed = await refused(b, 'reminders/save-policy', { id: other.id, name: other.name, steps: [input(steps[0]!)] });
    expect(borrowed.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['steps.0.id', 'validation.reminders.unknownStep']]);
    const fresh = await refused(b, 'reminders/save-policy', { name: 'Yeni', steps: [input(steps[0]!)] });
    expect(fresh.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['steps.0.id', 'validation.reminders.unknownStep']]);

    const [after] = await call(b, 'reminders/policies', {});
    expect(after!.steps).toEqual(steps);
  });

  it('refuses a policy with no steps', async () => {
    const b = await testBackend();
    const [policy] = await call(b, 'reminders/policies', {});
    const empty = await refused(b, 'reminders/save-policy', { id: policy!.id, name: policy!.name, steps: [] });
    expect(empty.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['steps', 'validation.reminders.noSteps']]);
  });
});
