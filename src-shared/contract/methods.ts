import type { z } from 'zod';
import { companyContract } from '../domain/company-profile/contract';
import { statementsContract } from '../domain/statements/contract';
import { collectionsContract } from '../domain/collections/contract';
import { auditContract } from '../domain/audit/contract';
import { dashboardContract } from '../domain/dashboard/contract';
import { chequesContract } from '../domain/cheques/contract';
import { importContract } from '../domain/import/contract';
import { calendarContract } from '../domain/calendar/contract';
import { customersContract } from '../domain/customers/contract';
import { invoicesContract } from '../domain/invoices/contract';
import { paymentsContract } from '../domain/payments/contract';
import { reportsContract } from '../domain/reports/contract';
import { settingsContract } from '../domain/settings/contract';
import { systemContract } from '../domain/system/contract';
import { holidaysContract } from '../domain/holidays/contract';
import { plansContract } from '../domain/plans/contract';
import { outboxContract } from '../domain/outbox/contract';
import { todayContract } from '../domain/today/contract';
import { remindersContract } from '../domain/reminders/contract';
import { backupsContract } from '../domain/backups/contract';
import { companiesContract } from '../domain/companies/contract';
import { exportsContract } from '../domain/exports/contract';
import { bankContract } from '../domain/bank/contract';
import { workstationContract } from '../domain/workstation/contract';

/** Every method of the backend, `domain/verb`, merged from the domains' contracts. */
export const contract = {
  ...systemContract,
  ...settingsContract,
  ...customersContract,
  ...invoicesContract,
  ...paymentsContract,
  ...reportsContract,
  ...collectionsContract,
  ...auditContract,
  ...companyContract,
  ...statementsContract,
  ...dashboardContract,
  ...chequesContract,
  ...holidaysContract,
  ...plansContract,
  ...importContract,
  ...calendarContract,
  ...outboxContract,
  ...todayContract,
  ...remindersContract,
  ...backupsContract,
  ...companiesContract,
  ...exportsContract,
  ...bankContract,
  ...workstationContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type MethodInput<N extends MethodName> = z.input<Contract[N]['input']>;
/** What a handler receives (validated, defaults applied). */
export type MethodArgs<N extends MethodName> = z.output<Contract[N]['input']>;
export type MethodOutput<N extends MethodName> = NonNullable<Contract[N]['_output']>;

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
