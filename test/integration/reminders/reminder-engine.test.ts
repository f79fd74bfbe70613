import { describe, expect, it } from 'vitest';
import { call, testBackend } from '../../support/test-backend';
import { invoice, outbox, remindable, runOn, setUpReminders, tasks } from './reminder-fixture';

// The seeded policy: −7, 0, +3 email; +15 email and call; +30 email (approval) and letter; +60 letter.

describe('reminder engine', () => {
  it('escalates across the days of the default policy, each step once', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b);
    await invoice(b, c.id, 'FTR-001', '2026-11-10', 1_234_567);

    expect(await runOn(b, '2026-11-02')).toMatchObject({ emails: 0, tasks: 0 });
    expect(await runOn(b, '2026-11-03')).toMatchObject({ customers: 1, emails: 1 });
    expect(await runOn(b, '2026-11-03')).toMatchObject({ customers: 0, emails: 0 });
    expect(await runOn(b, '2026-11-10')).toMatchObject({ emails: 1 });
    expect(await runOn(b, '2026-11-13')).toMatchObject({ emails: 1 });
    expect(await runOn(b, '2026-11-25')).toMatchObject({ emails: 1, tasks: 1 });
    expect(await runOn(b, '2026-12-10')).toMatchObject({ emails: 0, approvals: 1, tasks: 1 });
    expect(await runOn(b, '2026-12-11')).toMatchObject({ customers: 0 });

    const messages = await outbox(b);
    expect(messages.map((m) => [m.subject, m.status])).toEqual([
      ['Yaklaşan ödeme hatırlatması — Anadolu Yapı Ltd. Şti.', 'queued'],
      ['Bugün vadesi gelen ödeme — Anadolu Yapı Ltd. Şti.', 'queued'],
      ['1. hatırlatma: vadesi geçmiş ödeme — Anadolu Yapı Ltd. Şti.', 'queued'],
      ['2. ihtar: ödenmemiş faturalar — Anadolu Yapı Ltd. Şti.', 'queued'],
      ['Son ihtar — Anadolu Yapı Ltd. Şti.', 'awaiting_approval'],
    ]);
    for (const m of messages) {
      expect(m).toMatchObject({ source: 'reminder', customer_id: c.id, language: 'tr', attempts: 0, sent_at: null });
      expect(JSON.parse(m.to_addresses)).toEqual(['muhasebe@anadolu.com.tr']);
      expect(m.message_id).toMatch(/^<[0-9a-f]{32}\.reminder@vade\.local>$/);
      expect(m.body_text).toContain('FTR-001 · vade 10.11.2026 · 12.345,67 ₺');
    }
    expect(new Set(messages.map((m) => m.idempotency_key)).size).toBe(5);
    expect(messages[2]!.body_text).toContain('3 gündür gecikmiştir');
    expect(messages[0]!.body_text).toContain('TR33 0006 1005 1978 6457 8413 26');

    // From the first reminder on, the statement PDF is attached.
    const attachments = await b.store.db
      .selectFrom('outbox_attachments')
      .select(['message_id', 'file_name', 'content'])
      .execute();
    expect(attachments.map((a) => a.message_id)).toEqual([messages[2]!.id, messages[3]!.id, messages[4]!.id]);
    expect(attachments[0]!.file_name).toBe('C00001-Anadolu-Yapi-Ltd-Sti-2026-11-13.pdf');
    expect(Buffer.from(attachments[0]!.content).subarray(0, 5).toString()).toBe('%PDF-');

    const made = await tasks(b);
    expect(made.map((t) => [t.channel, t.level, t.due_on, t.status])).toEqual([
      ['call', 2, '2026-11-25', 'open'],
      ['letter', 3, '2026-12-10', 'open'],
    ]);
    expect(made[0]!.message_text).toContain('15 gündür geciken ödemeniz');
    expect((await call(b, 'reminders/customer', { customerId: c.id, today: '2026-12-11' })).level).toBe(3);
  });

  it('catches up after ten days off with one message, the latest step only', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b);
    await invoice(b, c.id, 'FTR-002', '2026-11-10');
    await runOn(b, '2026-11-03');
    // Off from 4 to 19 November: the due-day and +3 steps were missed.
    expect(await runOn(b, '2026-11-20')).toMatchObject({ customers: 1, emails: 1, tasks: 0 });
    expect(await runOn(b, '2026-11-23')).toMatchObject({ customers: 0, emails: 0 });
    expect((await outbox(b)).map((m) => m.subject.split(':')[0])).toEqual([
      'Yaklaşan ödeme hatırlatması — Anadolu Yapı Ltd. Şti.',
      '1. hatırlatma',
    ]);

    // Never run before and 19 days late: only the +15 step, not −7, 0 and +3 as well.
    const late = await remindable(b, 'Geç Kalan A.Ş.', 'finans@gec.com.tr');
    await invoice(b, late.id, 'FTR-003', '2026-11-04');
    expect(await runOn(b, '2026-11-23')).toMatchObject({ customers: 1, emails: 1, tasks: 1 });
    expect((await outbox(b)).at(-1)!.subject).toBe('2. ihtar: ödenmemiş faturalar — Geç Kalan A.Ş.');
  });

  it('leaves out paid, disputed and planned invoices and customers under a standing promise', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const normal = await remindable(b, 'Normal Ltd.', 'a@normal.com');
    const paid = await remindable(b, 'Ödemiş Ltd.', 'a@odemis.com');
    const disputed = await remindable(b, 'İtirazlı Ltd.', 'a@itiraz.com');
    const planned = await remindable(b, 'Planlı Ltd.', 'a@planli.com');
    const promised = await remindable(b, 'Sözlü Ltd.', 'a@sozlu.com');
    await invoice(b, normal.id, 'N-1', '2026-11-10');
    const paidInvoice = await invoice(b, paid.id, 'P-1', '2026-11-10');
    await call(b, 'payments/record', {
      customerId: paid.id,
      date: '2026-11-11',
      amount: 100_000,
      method: 'cash',
      allocate: [{ invoiceId: paidInvoice.id, amount: 100_000 }],
    });
    const disputedInvoice = await invoice(b, disputed.id, 'D-1', '2026-11-10');
    await call(b, 'disputes/open', { invoiceId: disputedInvoice.id, reason: 'quality', amount: 50_000, date: '2026-11-11' });
    const plannedInvoice = await invoice(b, planned.id, 'PL-1', '2026-11-10');
    const { id: planId } = await b.store.db
      .insertInto('payment_plans')
      .values({
        customer_id: planned.id,
        currency: 'TRY',
        kind: 'instalment',
        status: 'active',
        principal: 100_000,
        total: 100_000,
        frequency: 'monthly:1',
        start_date: '2026-11-12',
        replaces_plan_id: null,
        status_date: '2026-11-12',
        created_at: '2026-11-12T09:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await b.store.db
      .insertInto('plan_invoices')
      .values({ plan_id: planId, invoice_id: plannedInvoice.id, amount: 100_000 })
      .execute();
    await invoice(b, promised.id, 'S-1', '2026-11-10');
    await call(b, 'promises/create', {
      customerId: promised.id,
      amount: 100_000,
      promisedDate: '2026-11-20',
      madeOn: '2026-11-12',
    });

    expect(await runOn(b, '2026-11-13')).toMatchObject({ customers: 1, emails: 1 });
    expect((await outbox(b)).map((m) => m.customer_id)).toEqual([normal.id]);

    // The promise's day passes unpaid (broken): the customer is chased again, at the step reached by then.
    expect(await runOn(b, '2026-11-25')).toMatchObject({ customers: 2 });
    expect((await outbox(b)).map((m) => m.customer_id)).toEqual([normal.id, normal.id, promised.id]);
    // An ended plan no longer covers its invoices.
    await b.store.db.updateTable('payment_plans').set({ status: 'broken' }).where('id', '=', planId).execute();
    expect(await runOn(b, '2026-11-26')).toMatchObject({ customers: 1 });
    expect((await outbox(b)).at(-1)!.customer_id).toBe(planned.id);
  });

  it('sends one message per customer listing all its due items, in every currency', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b);
    await invoice(b, c.id, 'A-1', '2026-10-20', 50_000);
    await invoice(b, c.id, 'A-2', '2026-11-01', 25_000);
    await invoice(b, c.id, 'A-3', '2026-11-10', 10_000, 'USD');
    await invoice(b, c.id, 'A-4', '2026-12-20', 99_999); // not due for a month: not listed
    expect(await runOn(b, '2026-11-05')).toMatchObject({ customers: 1, emails: 1, tasks: 1 });
    const [message] = await outbox(b);
    // The furthest step reached (A-1, 16 days late) sets the tone; every due item is listed.
    expect(message!.subject).toBe('2. ihtar: ödenmemiş faturalar — Anadolu Yapı Ltd. Şti.');
    expect(message!.body_text).toContain('A-1 · vade 20.10.2026 · 500,00 ₺ · 16 gün gecikmiş');
    expect(message!.body_text).toContain('A-2 · vade 01.11.2026 · 250,00 ₺ · 4 gün gecikmiş');
    expect(message!.body_text).toContain('A-3 · vade 10.11.2026 · 100,00 $');
    expect(message!.body_text).not.toContain('A-4');
    expect(message!.body_text).toContain('Toplam: 750,00 ₺ + 100,00 $');
    const occurrence = await b.store.db
      .selectFrom('reminder_occurrences')
      .selectAll()
      .where('channel', '=', 'email')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(occurrence.items).map((i: { number: string }) => i.number)).toEqual(['A-1', 'A-2', 'A-3']);
    expect(occurrence.idempotency_key).toBe(message!.idempotency_key);
  });

  it('writes to a customer at most every few days, unless the dunning level goes up', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b);
    // Invoices falling due on consecutive days would otherwise each start a message the day they reach a step.
    await invoice(b, c.id, 'G-1', '2026-11-16');
    await invoice(b, c.id, 'G-2', '2026-11-17');
    await invoice(b, c.id, 'G-3', '2026-11-18');
    expect(await runOn(b, '2026-11-09')).toMatchObject({ emails: 1 }); // G-1 at −7
    expect(await runOn(b, '2026-11-10')).toMatchObject({ emails: 0 }); // G-2 at −7 waits
    expect(await runOn(b, '2026-11-11')).toMatchObject({ emails: 0 });
    expect(await runOn(b, '2026-11-12')).toMatchObject({ emails: 1 }); // G-2 and G-3 together
    expect(await runOn(b, '2026-11-16')).toMatchObject({ emails: 1 }); // G-1 due today
    expect(await runOn(b, '2026-11-17')).toMatchObject({ emails: 0 }); // G-2 due today waits
    expect(await runOn(b, '2026-11-19')).toMatchObject({ emails: 1 }); // G-1 +3 is a higher level: at once
    expect((await outbox(b)).map((m) => m.subject.split(' — ')[0])).toEqual([
      'Yaklaşan ödeme hatırlatması',
      'Yaklaşan ödeme hatırlatması',
      'Bugün vadesi gelen ödeme',
      '1. hatırlatma: vadesi geçmiş ödeme',
    ]);
    const gapOff = await call(b, 'reminders/save-schedule', {
      businessHoursStart: '09:00',
      businessHoursEnd: '18:00',
      minDaysBetween: 0,
    });
    expect(gapOff.minDaysBetween).toBe(0);
    expect(await runOn(b, '2026-11-20')).toMatchObject({ emails: 1 }); // G-2 at +3, no longer held back
  });

  it('puts a customer with braces and HTML in the name safely into the message', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b, '{{interest}} <b>Kötü</b> & "Ad" Ltd.');
    await invoice(b, c.id, 'X-1', '2026-11-10');
    await runOn(b, '2026-11-03');
    const [message] = await outbox(b);
    expect(message!.subject).toBe('Yaklaşan ödeme hatırlatması — {{interest}} <b>Kötü</b> & "Ad" Ltd.');
    expect(message!.body_text).toContain('Sayın {{interest}} <b>Kötü</b> & "Ad" Ltd.,');
    expect(message!.body_html).toContain('Sayın {{interest}} &lt;b&gt;Kötü&lt;/b&gt; &amp; &quot;Ad&quot; Ltd.,');
    expect(message!.body_html).not.toContain('<b>');
  });

  it('holds an approval step until approved, and cancels it when rejected', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const c = await remindable(b);
    await invoice(b, c.id, 'Z-1', '2026-11-01');
    const other = await remindable(b, 'İkinci Ltd.', 'b@ikinci.com');
    await invoice(b, other.id, 'Z-2', '2026-11-01');
    await runOn(b, '2026-12-01');
    const waiting = await call(b, 'reminders/approvals', {});
    expect(waiting.map((w) => w.customerTitle)).toEqual(['Anadolu Yapı Ltd. Şti.', 'İkinci Ltd.']);
    await call(b, 'reminders/approve', { id: waiting[0]!.id });
    await call(b, 'reminders/reject', { id: waiting[1]!.id });
    expect((await outbox(b)).map((m) => m.status)).toEqual(['queued', 'cancelled']);
    expect(await call(b, 'reminders/approvals', {})).toEqual([]);
    expect((await b.dispatch('reminders/approve', { id: waiting[1]!.id })).ok).toBe(false);
  });

  it('skips opted-out customers and follows a customer’s own policy', async () => {
    const b = await testBackend();
    await setUpReminders(b);
    const out = await remindable(b, 'İstemeyen Ltd.', 'x@istemeyen.com');
    await invoice(b, out.id, 'O-1', '2026-11-10');
    await call(b, 'reminders/save-customer', { customerId: out.id, policyId: null, optedOut: true, interestRateBp: null });
    const own = await remindable(b, 'Özel Ltd.', 'x@ozel.com');
    await invoice(b, own.id, 'O-2', '2026-11-10');
    const strict = await call(b, 'reminders/save-policy', {
      name: 'Sıkı',
      steps: [{ offsetDays: 1, channel: 'call', templateCode: 'call_script', level: 1 }],
    });
    await call(b, 'reminders/save-customer', { customerId: own.id, policyId: strict.id, optedOut: false, interestRateBp: null });
    expect(await runOn(b, '2026-11-11')).toMatchObject({ customers: 1, emails: 0, tasks: 1 });
    expect((await tasks(b)).map((t) => t.customer_id)).toEqual([own.id]);
  });
});
