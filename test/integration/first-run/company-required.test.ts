import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { call, refused, testBackend } from '../../support/test-backend';
import { pdfText } from '../../support/pdf-text';
import { COMPANY } from '../statements/ledger-fixture';

/** A customer with an address and an overdue invoice: something to print, e-mail and remind about. */
async function customerWithDebt(b: Backend) {
  const customer = await call(b, 'customers/create', { title: 'Ilgaz Kimya Tic. A.Ş.', email: 'muhasebe@ilgaz.com.tr' });
  await call(b, 'invoices/create', {
    customerId: customer.id,
    number: 'F-1',
    issueDate: '2026-01-05',
    dueDate: '2026-02-04',
    total: 250_000,
  });
  return customer;
}

const REFUSED_WITHOUT_NAME: [string, (customerId: number) => unknown][] = [
  ['statements/render', (customerId) => ({ customerId, kind: 'statement' })],
  ['statements/render', (customerId) => ({ customerId, kind: 'reconciliation' })],
  ['statements/export', (customerId) => ({ customerId, kind: 'statement' })],
  ['statements/export-batch', () => ({ filter: { balance: 'nonzero' }, kind: 'statement', layout: 'combined' })],
  ['outbox/enqueue-manual', (customerId) => ({ customerId, attachStatement: true })],
  ['reminders/run-now', () => ({ today: '2026-03-02' })],
  [
    'reports/pdf',
    () => ({
      fileName: 'r',
      title: 'Rapor',
      tables: [{ title: 'T', columns: [{ header: 'Cari', kind: 'text' }], rows: [['x']] }],
    }),
  ],
];

describe('documents and e-mails need the company name', () => {
  it.each(REFUSED_WITHOUT_NAME)(
    '%s is refused with a typed, translated conflict until the company has a name',
    async (method, args) => {
      const b = await testBackend();
      const customer = await customerWithDebt(b);
      const error = await refused(b, method, args(customer.id));
      expect(error.kind).toBe('conflict');
      expect(error.issues?.[0]).toMatchObject({ path: ['company'], key: 'company.required' });
      expect(error.message).toContain('şirket bilgilerinizi girin');
      // Nothing was queued, written or recorded on the way.
      expect(await b.store.db.selectFrom('outbox_messages').select('id').execute()).toHaveLength(0);
      expect(await b.store.db.selectFrom('reminder_runs').select('id').execute()).toHaveLength(0);
      expect(fs.existsSync(path.join(b.dataDir, 'exports'))).toBe(false);
    },
  );

  it('says it in the user language, and works once the company is named: signed with its name, never "Vade"', async () => {
    const b = await testBackend();
    const customer = await customerWithDebt(b);
    await call(b, 'settings/update', { language: 'en' });
    expect((await refused(b, 'statements/render', { customerId: customer.id, kind: 'statement' })).message).toContain(
      'Enter your company details first',
    );
    await call(b, 'settings/update', { language: 'tr' });
    await call(b, 'company-profile/update', COMPANY);
    const rendered = await call(b, 'statements/render', { customerId: customer.id, kind: 'statement' });
    const file = path.join(b.dataDir, 'ekstre.pdf');
    fs.writeFileSync(file, Buffer.from(rendered.pdfBase64, 'base64'));
    const text = pdfText(file);
    expect(text).toContain(`${COMPANY.title} için Vade ile oluşturuldu`);
    await call(b, 'outbox/enqueue-manual', { customerId: customer.id, attachStatement: true });
    const [message] = await b.store.db.selectFrom('outbox_messages').selectAll().execute();
    expect(message!.subject).toContain(COMPANY.title);
  });
});
