import type { MethodInput } from '../../../../src-shared/contract/methods';
import type { ActivityKind, CallOutcome } from '../../../../src-shared/domain/collections/schemas';

export interface ActivityFormValues {
  kind: ActivityKind;
  outcome: CallOutcome | null;
  summary: string;
  body: string;
  /** When it happened, on this computer's clock: a day 'YYYY-MM-DD' and a time 'HH:MM'. */
  date: string;
  time: string;
}

/** A call, an email, a meeting… reach someone; a note or a letter has no outcome. */
export const KINDS_WITH_OUTCOME: readonly ActivityKind[] = ['call', 'email', 'meeting', 'sms', 'whatsapp'];

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const pad = (n: number) => String(n).padStart(2, '0');

export const emptyActivityForm = (now: Date): ActivityFormValues => ({
  kind: 'call',
  outcome: null,
  summary: '',
  body: '',
  date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
  time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
});

/** The local day and time as an ISO instant; '' while either is not complete. */
export function occurredAt(values: ActivityFormValues): string {
  if (!TIME_PATTERN.test(values.time)) return '';
  const when = new Date(`${values.date}T${values.time}:00`);
  return Number.isNaN(when.getTime()) ? '' : when.toISOString();
}

export function toActivityInput(customerId: number, values: ActivityFormValues): MethodInput<'activities/log'> {
  const outcome = KINDS_WITH_OUTCOME.includes(values.kind) ? values.outcome : null;
  return {
    customerId,
    kind: values.kind,
    summary: values.summary,
    body: values.body,
    ...(outcome ? { outcome } : {}),
    occurredAt: occurredAt(values),
  };
}
