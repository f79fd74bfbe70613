import { common } from './common';
import { audit } from './audit';
import { bank } from './bank';
import { calendar } from './calendar';
import { cheques } from './cheques';
import { collections } from './collections';
import { company } from './company';
import { customers } from './customers';
import { dashboard } from './dashboard';
import { exports } from './exports';
import { importing } from './import';
import { invoices } from './invoices';
import { outbox } from './outbox';
import { payments } from './payments';
import { plans } from './plans';
import { reminders } from './reminders';
import { reports } from './reports';
import { settings } from './settings';
import { statements } from './statements';
import { today } from './today';
import { validation } from './validation';
import { servers } from './servers';

/** Turkish, the default language: one file per domain, keys prefixed by that domain. */
export const tr = {
  ...common,
  ...audit,
  ...bank,
  ...calendar,
  ...cheques,
  ...collections,
  ...company,
  ...customers,
  ...dashboard,
  ...exports,
  ...importing,
  ...invoices,
  ...outbox,
  ...payments,
  ...plans,
  ...reminders,
  ...reports,
  ...settings,
  ...statements,
  ...today,
  ...validation,
  ...servers,
} as const;

export type MessageKey = keyof typeof tr;
