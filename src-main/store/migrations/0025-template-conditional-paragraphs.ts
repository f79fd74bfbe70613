import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * The seeded reminder templates said "your statement is attached" and "pay into our accounts below" whether or
 * not a statement was attached or an IBAN given. Those sentences become the `{{attachment_note}}` and
 * `{{payment_details}}` placeholders, which are empty when there is nothing to say. Only the seeded wording
 * is replaced (in templates the user changed too, where it is still word for word); other text is kept.
 */
const REPLACEMENTS: [string, string][] = [
  [
    'Hesap ekstreniz ektedir. Ödemenizi aşağıdaki hesaplarımıza yapabilirsiniz:\n{{company_ibans}}',
    '{{attachment_note}}\n\n{{payment_details}}',
  ],
  [
    'Your statement is attached. You can pay into our accounts below:\n{{company_ibans}}',
    '{{attachment_note}}\n\n{{payment_details}}',
  ],
  ['Ödemenizi aşağıdaki hesaplarımıza yapabilirsiniz:\n{{company_ibans}}', '{{payment_details}}'],
  ['You can pay into our accounts below:\n{{company_ibans}}', '{{payment_details}}'],
];

export const m0025: Migration = {
  version: 25,
  name: 'template-conditional-paragraphs',
  async up(db: Kysely<unknown>) {
    for (const [from, to] of REPLACEMENTS)
      await sql`update reminder_templates set body = replace(body, ${from}, ${to}) where instr(body, ${from}) > 0`.execute(db);
  },
};
