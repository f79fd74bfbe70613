import { z } from 'zod';
import { mutation, query } from '../../contract/method';
import { businessDateSchema, idSchema } from '../common/schemas';
import {
  customerSettingsInput,
  interestRateInput,
  policySaveInput,
  previewInput,
  runNowInput,
  runsInput,
  scheduleInput,
  templateSaveInput,
} from './schemas';
import type {
  ApprovalItem,
  CustomerDunning,
  InterestRate,
  ReminderPolicy,
  ReminderRunPage,
  ReminderSchedule,
  ReminderTemplate,
  RenderedReminder,
} from './types';

const none = z.object({}).strict();

export interface RunNowResult {
  runId: number;
  runDate: string;
  customers: number;
  emails: number;
  approvals: number;
  tasks: number;
  /** Customers left for the next run (the scheduler does a large first run in parts). */
  remaining: number;
}

export const remindersContract = {
  'reminders/policies': query<ReminderPolicy[]>()(none, 'Reminder policies with their steps and the risk segments they apply to'),
  'reminders/save-policy': mutation<ReminderPolicy>()(policySaveInput, 'Create or change a reminder policy and its steps'),
  'reminders/templates': query<ReminderTemplate[]>()(none, 'Reminder templates per code and language'),
  'reminders/save-template': mutation<ReminderTemplate>()(templateSaveInput, 'Create or change a reminder template'),
  'reminders/preview': query<RenderedReminder>()(previewInput, "Render a template with a real customer's open items"),
  'reminders/run-now': mutation<RunNowResult>()(
    runNowInput,
    'Run the reminders of a day now: queue emails, make tasks (what was already made is not made again)',
    {
      unaudited:
        'Makes what the scheduler makes from the ledger; the run and its output are recorded in reminder_runs and the outbox',
    },
  ),
  'reminders/runs': query<ReminderRunPage>()(runsInput, 'Reminder runs, newest first'),
  'reminders/approvals': query<ApprovalItem[]>()(none, 'Reminder emails waiting for approval, oldest first'),
  'reminders/approve': mutation<{ id: number; status: 'queued' }>()(
    z.object({ id: idSchema }).strict(),
    'Approve a reminder email: it goes to the outbox queue',
  ),
  'reminders/reject': mutation<{ id: number; status: 'cancelled' }>()(
    z.object({ id: idSchema }).strict(),
    'Reject a reminder email waiting for approval: it is cancelled',
  ),
  'reminders/customer': query<CustomerDunning>()(
    z.object({ customerId: idSchema, today: businessDateSchema.optional() }).strict(),
    "A customer's dunning level, accrued late-payment interest and reminder settings",
  ),
  'reminders/save-customer': mutation<CustomerDunning>()(
    customerSettingsInput,
    "Set a customer's own reminder policy, opt-out or agreed late-payment rate",
  ),
  'reminders/interest-rates': query<InterestRate[]>()(none, 'Dated annual late-payment interest rates (temerrüt faizi)'),
  'reminders/save-interest-rate': mutation<InterestRate[]>()(interestRateInput, 'Add or change the rate from a date'),
  'reminders/delete-interest-rate': mutation<InterestRate[]>()(
    z.object({ validFrom: businessDateSchema }).strict(),
    'Remove the rate that starts on a date',
  ),
  'reminders/schedule': query<ReminderSchedule>()(none, 'Business hours in which automatic reminder runs happen'),
  'reminders/save-schedule': mutation<ReminderSchedule>()(scheduleInput, 'Set the business hours of automatic reminder runs'),
  'reminders/letter': query<{ fileName: string; pdfBase64: string }>()(
    z.object({ taskId: idSchema }).strict(),
    'The dunning letter PDF of a letter task (base64)',
  ),
};
