import { describe, expect, it } from 'vitest';
import { call, testBackend } from '../../support/test-backend';
import { COMPANY } from '../statements/ledger-fixture';
import { invoice, remindable, setUpReminders } from './reminder-fixture';

const preview = (b: Awaited<ReturnType<typeof testBackend>>, customerId: number, code: string, language: 'tr' | 'en' = 'tr') =>
  call(b, 'reminders/preview', { customerId, code, language, today: '2026-11-15' });

describe('reminder wording', () => {
  it('says "attached" only for a step that attaches the statement, and gives the bank paragraph only with an IBAN', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b);
    await invoice(b, c.id, 'P-7', '2026-11-10', 45_000);

    // The seeded first reminder attaches the statement; the company has an IBAN.
    const first = await preview(b, c.id, 'first_reminder');
    expect(first.text).toContain('Hesap ekstreniz ektedir.');
    expect(first.text).toContain('Ödemenizi aşağıdaki hesaplarımıza yapabilirsiniz:\nZiraat');
    // The seeded reminder before the due date attaches nothing.
    expect((await preview(b, c.id, 'before_due')).text).not.toContain('ektedir');
    expect((await preview(b, c.id, 'first_reminder', 'en')).text).toContain('Your statement is attached.');

    // Without an IBAN there is no bank paragraph and no empty gap where it was.
    await call(b, 'company-profile/update', { ...COMPANY, bankAccounts: [] });
    const bare = await preview(b, c.id, 'first_reminder');
    expect(bare.text).not.toContain('hesaplarımıza');
    expect(bare.text).not.toMatch(/\n\n\n/);
    expect(bare.text).toContain('Hesap ekstreniz ektedir.\n\nSaygılarımızla');
  });

  it('gives WhatsApp and SMS messages an IBAN only when the company has one, with no empty "IBAN:"', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b);
    await invoice(b, c.id, 'P-8', '2026-11-10', 45_000);
    const whatsapp = await preview(b, c.id, 'whatsapp_reminder');
    expect(whatsapp.text).toMatch(/hatırlatmak isteriz\. IBAN: Ziraat Bankası — TR33 0006 1005 1978 6457 8413 26 \(TRY\)$/);

    await call(b, 'company-profile/update', { ...COMPANY, bankAccounts: [] });
    for (const language of ['tr', 'en'] as const) {
      const text = (await preview(b, c.id, 'whatsapp_reminder', language)).text;
      expect(text).not.toContain('IBAN');
      expect(text).toMatch(/\d\.$|isteriz\.$/); // ends with its sentence, no trailing label
    }
    // A short message the user wrote with the IBAN on a line of its own loses that line.
    const sms = (await call(b, 'reminders/templates', {})).find((tpl) => tpl.code === 'sms_reminder' && tpl.language === 'tr')!;
    const body = `${sms.body}\nIBAN: {{company_ibans}}\n{{company_name}}`;
    await call(b, 'reminders/save-template', { code: 'sms_reminder', language: 'tr', channel: 'sms', body });
    const smsText = (await preview(b, c.id, 'sms_reminder')).text;
    expect(smsText).toBe(`${COMPANY.title}: 450,00 ₺ tutarındaki vadesi geçmiş ödemenizi hatırlatırız.\n${COMPANY.title}`);
  });
});
