import type { Customer } from '../../src-shared/domain/customers/types';
import type { InvoiceListItem } from '../../src-shared/domain/invoices/types';
import { borcAlacakCsv, makeIban, type FixtureLine } from '../support/bank-statements';
import { expect, test } from './fixtures';
import { BankStatementsPage } from './pages/bank-page';

// The demo company is built on the way: slow on a busy 2-core machine.
test.setTimeout(180_000);

/**
 * The review screen as a user meets it: the demo company with a day's statement of the kinds a bank sends —
 * invoices paid by number, a tax id in the text, a partial payment by name only, a fee, a stranger. The
 * screenshot is the README's picture of /bank.
 */
test('a day’s statement on the demo company: confident matches, doubtful ones with candidates, an unknown sender', async ({
  page,
  app,
}) => {
  await app.call('companies/create-demo', {});
  const open = await app.call<{ items: InvoiceListItem[] }>('invoices/list', {
    status: 'overdue',
    currency: 'TRY',
    sort: 'due_asc',
    limit: 60,
  });
  // One invoice per customer, so each line speaks of someone else.
  const seen = new Set<number>();
  const invoices = open.items.filter((i) => !seen.has(i.customerId) && seen.add(i.customerId)).slice(0, 6);
  expect(invoices).toHaveLength(6);
  const customer = (id: number) => app.call<Customer>('customers/get', { id });
  const upper = (s: string) => s.toLocaleUpperCase('tr');
  const day = '2026-11-27';
  const [a, b, c, d, e, f] = invoices as [InvoiceListItem, ...InvoiceListItem[]];
  const taxed = await customer(d!.customerId);
  const lines: FixtureLine[] = [
    {
      date: day,
      amount: a.openAmount,
      description: `${a.number} NOLU FATURA ODEMESI`,
      sender: upper(a.customerTitle),
      senderIban: makeIban('00010', '5001'),
      reference: 'EKS-0001',
    },
    {
      date: day,
      amount: b!.openAmount,
      description: `FT ${b!.number} ODEMESI`,
      sender: upper(b!.customerTitle),
      senderIban: makeIban('00046', '5002'),
      reference: 'EKS-0002',
    },
    { date: day, amount: -1_850, description: 'EFT MASRAFI', reference: 'EKS-0003' },
    {
      date: day,
      amount: Math.round(c!.openAmount / 2),
      description: 'KISMI ODEME',
      sender: upper(c!.customerTitle),
      reference: 'EKS-0004',
    },
    {
      date: day,
      amount: d!.openAmount,
      description: `VKN ${taxed.taxId} CARI HESAP ODEMESI`,
      sender: 'ODEME',
      reference: 'EKS-0005',
    },
    {
      date: day,
      amount: e!.openAmount,
      description: 'HAVALE',
      sender: upper(e!.customerTitle),
      senderIban: makeIban('00012', '5006'),
      reference: 'EKS-0006',
    },
    { date: day, amount: 425_000, description: 'GELEN FAST', sender: 'MEHMET KARACA', reference: 'EKS-0007' },
    {
      date: day,
      amount: f!.openAmount,
      description: `${f!.number} GRUP SIRKETI ADINA`,
      sender: 'ANA HOLDING A.S.',
      senderIban: makeIban('00099', '4242'),
      reference: 'EKS-0008',
    },
  ];

  await page.goto(`${app.url}#/bank`);
  const bank = new BankStatementsPage(page);
  await bank.importFile('ziraat-hesap-hareketleri.csv', borcAlacakCsv(lines));
  await expect(bank.importResult).toContainText('7 yeni gelen hareket');
  await expect(bank.lines).toHaveCount(7);
  await expect(bank.line('MEHMET KARACA')).toContainText('Eşleşen cari bulunamadı');
  await expect(bank.acceptAll).not.toContainText('(0)');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/e2e/bank-review-demo.png' });
  // The partial payment by name only needs a look: its review shows the candidates and what it would pay.
  await bank.line('KISMI ODEME').click();
  await expect(bank.review.getByTestId('bank-allocation')).toContainText(c!.number);
  await page.screenshot({ path: 'test-results/e2e/bank-line-review-demo.png' });
});
