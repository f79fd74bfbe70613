import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesWith, pdfText } from '../../support/pdf-text';
import { tempDir } from '../../support/temp-dir';
import { call, testBackend } from '../../support/test-backend';
import { invoice, remindable, runOn, setUpReminders, tasks } from './reminder-fixture';

describe('reminder documents and figures', () => {
  it('makes a dunning letter PDF with the customer, the items, the interest and the company', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b, 'Çağrı Öztürk İnşaat A.Ş.');
    await invoice(b, c.id, 'FTR-900', '2026-10-01', 10_000_000);
    await runOn(b, '2026-10-31', { allowClosedDay: true }); // +30 (a Saturday): final notice email (approval) and letter
    const letterTask = (await tasks(b)).find((t) => t.channel === 'letter')!;
    expect(letterTask.title).toBe('Son ihtar');
    const letter = await call(b, 'reminders/letter', { taskId: letterTask.id });
    expect(letter.fileName).toBe('C00001-Cagri-Ozturk-Insaat-A-S-Son-ihtar-2026-10-31.pdf');
    const file = path.join(tempDir(), letter.fileName);
    fs.writeFileSync(file, Buffer.from(letter.pdfBase64, 'base64'));
    const text = pdfText(file);
    expect(text).toContain('Deniz Gıda Ticaret A.Ş.');
    expect(text).toContain('Sayın Çağrı Öztürk İnşaat A.Ş.,');
    expect(linesWith(text, 'FTR-900', 'vade', '01.10.2026', '100.000,00', '₺', '30', 'gün', 'gecikmiş')).toHaveLength(1);
    // 100.000,00 TL × 39,75 % × 30 / 365 = 3.267,12 TL (the rate of the first half of 2026).
    expect(linesWith(text, 'İşlemiş', 'temerrüt', 'faizi:', '3.267,12', '₺')).toHaveLength(1);
    expect(text).toContain('TR33 0006 1005 1978 6457 8413 26');
    expect(text).toContain('Muhasebe Müdürü Ayşe');
    expect(text).toContain('Sayfa 1 / 1');
  });

  it("shows the customer's accrued interest at the legal rates or at an agreed rate", async () => {
    const b = await testBackend();
    const c = await remindable(b);
    await invoice(b, c.id, 'F-1', '2025-12-21', 10_000_000);
    // Legal rates as seeded: 2025-12-22…31 at 49,25 % (no rate for the second half of 2025 is seeded),
    // 2026-01-01…10 at 39,75 %: 1.349,32 + 1.089,04 = 2.438,36.
    const legal = await call(b, 'reminders/customer', { customerId: c.id, today: '2026-01-10' });
    expect(legal).toMatchObject({
      interest: [{ currency: 'TRY', amount: 243_836 }],
      interestSource: 'legal',
      level: 0,
      policySource: 'segment',
    });
    await call(b, 'reminders/save-interest-rate', { validFrom: '2025-07-01', annualRateBp: 4000, note: 'test' });
    expect((await call(b, 'reminders/customer', { customerId: c.id, today: '2026-01-10' })).interest[0]!.amount).toBe(218_493);
    await call(b, 'reminders/save-customer', { customerId: c.id, policyId: null, optedOut: false, interestRateBp: 2400 });
    // 20 days at an agreed 24 %: 100000 × 0.24 × 20/365 = 1.315,07.
    expect(await call(b, 'reminders/customer', { customerId: c.id, today: '2026-01-10' })).toMatchObject({
      interest: [{ currency: 'TRY', amount: 131_507 }],
      interestSource: 'agreed',
      settings: { interestRateBp: 2400, optedOut: false, policyId: null },
    });
  });

  it('previews a template with a real customer, including unsaved edits', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b);
    await invoice(b, c.id, 'P-7', '2026-11-10', 45_000);
    const stored = await call(b, 'reminders/preview', {
      customerId: c.id,
      code: 'first_reminder',
      language: 'en',
      today: '2026-11-15',
    });
    expect(stored.subject).toBe('First reminder: overdue payment — Anadolu Yapı Ltd. Şti.');
    expect(stored.text).toContain('P-7 · due 10/11/2026 · ₺450.00 · 5 days overdue');
    const edited = await call(b, 'reminders/preview', {
      customerId: c.id,
      code: 'first_reminder',
      language: 'tr',
      body: '{{customer_code}}: {{totals}}, {{days_overdue}} gün, {{level}}',
      today: '2026-11-15',
    });
    expect(edited.text).toBe('C00001: 450,00 ₺, 5 gün, 1. hatırlatma');
  });

  it('refuses a template with an unknown placeholder and a step whose template is of another channel', async () => {
    const b = await testBackend();
    const bad = await b.dispatch('reminders/save-template', {
      code: 'x',
      language: 'tr',
      channel: 'email',
      subject: '',
      body: 'Merhaba {{musteri}}',
    });
    expect(bad.ok || bad.error.issues?.[0]).toMatchObject({ path: ['body'], key: 'validation.reminders.placeholder' });
    const [policy] = await call(b, 'reminders/policies', {});
    const wrong = await b.dispatch('reminders/save-policy', {
      id: policy!.id,
      name: policy!.name,
      steps: [{ offsetDays: 3, channel: 'sms', templateCode: 'first_reminder', level: 1 }],
    });
    expect(wrong.ok || wrong.error.issues?.[0]).toMatchObject({ path: ['steps', 0, 'templateCode'] });
  });
});
