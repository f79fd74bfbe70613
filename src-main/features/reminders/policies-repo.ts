import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import type { DunningLevel, ReminderPolicy, ReminderStep } from '../../../src-shared/domain/reminders/types';
import type { policySaveInput } from '../../../src-shared/domain/reminders/schemas';
import type { z } from 'zod';
import type { Db } from '../../store/schema';

const toStep = (r: {
  id: number;
  offset_days: number;
  channel: ReminderStep['channel'];
  template_code: string;
  needs_approval: number;
  level: number;
  attach_statement: number;
}): ReminderStep => ({
  id: r.id,
  offsetDays: r.offset_days,
  channel: r.channel,
  templateCode: r.template_code,
  needsApproval: r.needs_approval === 1,
  level: r.level as DunningLevel,
  attachStatement: r.attach_statement === 1,
});

/** Every policy with its steps in offset order and the segments it is assigned to. */
export async function loadPolicies(db: Db): Promise<ReminderPolicy[]> {
  const [policies, steps, segments] = await Promise.all([
    db.selectFrom('reminder_policies').select(['id', 'name']).orderBy('id').execute(),
    db.selectFrom('reminder_steps').selectAll().orderBy('offset_days').orderBy('id').execute(),
    db.selectFrom('reminder_segment_policies').selectAll().orderBy('segment').execute(),
  ]);
  return policies.map((p) => ({
    id: p.id,
    name: p.name,
    steps: steps.filter((s) => s.policy_id === p.id).map(toStep),
    segments: segments.filter((s) => s.policy_id === p.id).map((s) => s.segment),
  }));
}

/** Which policy each segment follows (a segment without a row follows the first policy). */
export async function segmentPolicies(db: Db): Promise<Map<RiskSegment, number>> {
  const rows = await db.selectFrom('reminder_segment_policies').selectAll().execute();
  return new Map(rows.map((r) => [r.segment, r.policy_id]));
}

/**
 * Writes a policy and replaces its steps: steps keep their id when sent back (so past occurrences still name
 * them), the others are deleted. Segments named here are moved to this policy.
 */
export async function writePolicy(db: Db, input: z.output<typeof policySaveInput>, now: string): Promise<number> {
  let id = input.id;
  if (id === undefined) {
    id = (
      await db
        .insertInto('reminder_policies')
        .values({ name: input.name, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  } else {
    await db.updateTable('reminder_policies').set({ name: input.name, updated_at: now }).where('id', '=', id).execute();
  }
  const keep = input.steps.flatMap((s) => (s.id === undefined ? [] : [s.id]));
  let removal = db.deleteFrom('reminder_steps').where('policy_id', '=', id);
  if (keep.length > 0) removal = removal.where('id', 'not in', keep);
  await removal.execute();
  // Offsets may swap between kept steps: park them first so the unique (policy, offset, channel) never clashes.
  if (keep.length > 0)
    await db
      .updateTable('reminder_steps')
      .set((eb) => ({ offset_days: eb('offset_days', '+', 10_000) }))
      .where('id', 'in', keep)
      .execute();
  for (const step of input.steps) {
    const values = {
      policy_id: id,
      offset_days: step.offsetDays,
      channel: step.channel,
      template_code: step.templateCode,
      needs_approval: Number(step.channel === 'email' && step.needsApproval),
      level: step.level,
      attach_statement: Number(step.channel === 'email' && step.attachStatement),
    };
    if (step.id === undefined) await db.insertInto('reminder_steps').values(values).execute();
    else await db.updateTable('reminder_steps').set(values).where('id', '=', step.id).where('policy_id', '=', id).execute();
  }
  for (const segment of input.segments) {
    await db
      .insertInto('reminder_segment_policies')
      .values({ segment, policy_id: id })
      .onConflict((oc) => oc.column('segment').doUpdateSet({ policy_id: id }))
      .execute();
  }
  return id;
}
