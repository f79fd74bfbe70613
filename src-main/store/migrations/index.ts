import { m0001 } from './0001-customers-and-settings';
import { m0002 } from './0002-ledger';
import { m0003 } from './0003-company-profile';
import { m0004 } from './0004-invoice-summary';
import { m0005 } from './0005-card-indexes';
import { m0006 } from './0006-customer-habits';
import { m0007 } from './0007-collections-by-method';
import { m0008 } from './0008-cheques';
import { m0009 } from './0009-daily-ledger';
import { m0010 } from './0010-plans-holidays-outbox';
import { m0011 } from './0011-holiday-seed-and-plan-events';
import { m0012 } from './0012-reminders';
import { m0013 } from './0013-outbox-delivery';
import { m0014 } from './0014-import-layouts';
import { m0016 } from './0016-calendar-indexes';
import { m0017 } from './0017-forecast-open-amounts';
import { m0018 } from './0018-promise-paid-recorded-after';
import { m0019 } from './0019-search-ignores-turkish-letters';
import { m0020 } from './0020-customer-figures';
import { m0021 } from './0021-reversal-business-day';
import { m0022 } from './0022-bank-statements';
import { m0025 } from './0025-template-conditional-paragraphs';
import { m0026 } from './0026-who-did-it';
import { m0032 } from './0032-outbox-claims';
import { m0033 } from './0033-screen-indexes';
import { m0034 } from './0034-figures-to-chase';
import { m0035 } from './0035-forecast-promise-rates';
import { m0036 } from './0036-collections-by-day';
import { m0037 } from './0037-calendar-index-ids';
import { m0038 } from './0038-report-summaries';
import { m0039 } from './0039-figures-open-and-sort-keys';
import { m0041 } from './0041-statement-summary-triggers';
import { m0042 } from './0042-customer-chase';
import type { Migration } from './migration';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
  m0011,
  m0012,
  m0013,
  m0014,
  m0016,
  m0017,
  m0018,
  m0019,
  m0020,
  m0021,
  m0022,
  m0025,
  m0026,
  m0032,
  m0033,
  m0034,
  m0035,
  m0036,
  m0037,
  m0038,
  m0039,
  m0041,
  m0042,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
