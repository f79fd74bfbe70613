import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import type { Language } from '../../../src-shared/i18n/language';
import type { Db } from '../../store/schema';
import { safeJson } from '../settings/settings-repo';

/** What a reminder needs to know about a customer. */
export interface ReminderCustomer {
  id: number;
  code: string;
  title: string;
  archived: boolean;
  segment: RiskSegment;
  /** Where reminder email goes: contacts marked for reminders, else the card's address, else any contact's. */
  emails: string[];
  contactName: string;
  phones: string[];
  language: Language;
  policyId: number | null;
  optedOut: boolean;
  interestRateBp: number | null;
}

const CHUNK = 500;

const topicsOf = (text: string): string[] => {
  const parsed = safeJson(text);
  return Array.isArray(parsed) ? parsed.map(String) : [];
};

export async function reminderCustomers(
  db: Db,
  ids: readonly number[],
  appLanguage: Language,
): Promise<Map<number, ReminderCustomer>> {
  const result = new Map<number, ReminderCustomer>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const [customers, contacts, settings, risk] = await Promise.all([
      db
        .selectFrom('customers')
        .select(['id', 'code', 'title', 'email', 'phone', 'archived_at'])
        .where('id', 'in', chunk)
        .execute(),
      db.selectFrom('customer_contacts').selectAll().where('customer_id', 'in', chunk).orderBy('position').execute(),
      db.selectFrom('customer_reminder_settings').selectAll().where('customer_id', 'in', chunk).execute(),
      db.selectFrom('customer_risk').select(['customer_id', 'segment']).where('customer_id', 'in', chunk).execute(),
    ]);
    const settingsOf = new Map(settings.map((s) => [s.customer_id, s]));
    const segmentOf = new Map(risk.map((r) => [r.customer_id, r.segment]));
    for (const c of customers) {
      const own = contacts.filter((k) => k.customer_id === c.id);
      const forReminders = own.filter((k) => topicsOf(k.topics).includes('reminders'));
      const emails = [...forReminders.map((k) => k.email), ...(forReminders.some((k) => k.email) ? [] : [c.email])].filter(
        Boolean,
      );
      if (emails.length === 0)
        emails.push(
          ...own
            .map((k) => k.email)
            .filter(Boolean)
            .slice(0, 1),
        );
      const s = settingsOf.get(c.id);
      result.set(c.id, {
        id: c.id,
        code: c.code,
        title: c.title,
        archived: c.archived_at !== null,
        segment: segmentOf.get(c.id) ?? 'B',
        emails: [...new Set(emails)],
        contactName: (forReminders[0] ?? own[0])?.name ?? '',
        phones: [...new Set([...own.map((k) => k.phone), c.phone].filter(Boolean))],
        language: (s?.language as Language | null) ?? appLanguage,
        policyId: s?.policy_id ?? null,
        optedOut: s?.opted_out === 1,
        interestRateBp: s?.interest_rate_bp ?? null,
      });
    }
  }
  return result;
}
