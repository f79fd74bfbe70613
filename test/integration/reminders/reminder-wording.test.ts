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
});
