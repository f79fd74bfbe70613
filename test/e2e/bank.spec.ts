import type { Customer } from '../../src-shared/domain/customers/types';
import { vknCheckDigit } from '../../src-shared/validation/tax-id';
import { borcAlacakCsv, makeIban } from '../support/bank-statements';
import { expect, test } from './fixtures';
import { BankStatementsPage } from './pages/bank-page';
import { CustomerCardPage } from './pages/customer-card-page';

const ACCOUNT = makeIban('00064', '1234567');

test('import a statement, accept the confident matches, fix one by hand, see the payments on the cards', async ({
  page,
  app,
}) => {
  await app.call('company-profile/update', {
    title: 'Vade Deneme A.Ş.',
    taxId: `123456789${vknCheckDigit('123456789')}`,
    bankAccounts: [{ bank: 'Türkiye İş Bankası', iban: ACCOUNT, currency: 'TRY' }],
  });
  const yilmaz = await app.call<Customer>('customers/create', { code: 'C001', title: 'Yılmaz İnşaat Taahhüt Ltd. Şti.' });
  const deniz = await app.call<Customer>('customers/create', {
    code: 'C002',
    title: 'Deniz Gıda San. ve Tic. A.Ş.',
    taxId: '4540536920',
  });
  const ozturk = await app.call<Customer>('customers/create', { code: 'C003', title: 'Öztürk Çelik Ticaret' });
  const invoice = (customerId: number, number: string, total: number) =>
    app.call('invoices/create', { customerId, number, issueDate: '2026-10-01', dueDate: '2026-11-01', total });
  await invoice(yilmaz.id, 'FT2026000101', 1_250_000);
  await invoice(deniz.id, 'FT2026000201', 2_345_678);
  await invoice(ozturk.id, 'FT2026000301', 500_000);

  const csv = borcAlacakCsv([
    {
      date: '2026-11-03',
      amount: 1_250_000,
      description: 'FT2026000101 NOLU FATURA ÖDEMESİ',
      sender: 'YILMAZ İNŞAAT TAAHHÜT LTD. ŞTİ.',
      senderIban: makeIban('00010', '1111'),
      reference: 'D-1',
    },
    { date: '2026-11-03', amount: -45_000, description: 'EFT ÜCRETİ', reference: 'D-2' },
    {
      date: '2026-11-04',
      amount: 2_345_678,
      description: 'Cari ödeme VKN 4540536920 Ekim ayı mal bedeli',
      sender: 'DENİZ GIDA',
      reference: 'D-3',
    },
    { date: '2026-11-05', amount: 150_000, description: 'HAVALE', sender: 'AHMET KAYA', reference: 'D-4' },
  ]);

  await page.goto(`${app.url}#/bank`);
  const bank = new BankStatementsPage(page);
  await bank.importFile('garanti-ekstre.csv', csv);
  await expect(bank.importResult).toContainText('3 yeni gelen hareket, 0 zaten aktarılmış, 1 çıkış');
  await expect(bank.lines).toHaveCount(3);
  await expect(bank.line('YILMAZ')).toContainText('Yılmaz İnşaat Taahhüt Ltd. Şti.');
  await expect(bank.line('YILMAZ')).toContainText('Fatura no FT2026000101');
  await expect(bank.line('AHMET KAYA')).toContainText('Eşleşen cari bulunamadı');
  await page.screenshot({ path: 'test-results/e2e/bank-review-tr.png', fullPage: true });

  await expect(bank.acceptAll).toContainText('(2)');
  await bank.acceptConfident();
  await expect(bank.lines).toHaveCount(1);

  // The unknown sender: Öztürk's, picked by hand; the allocation is shown before accepting.
  await bank.line('AHMET KAYA').click();
  await bank.pickCustomer('Öztürk', /Öztürk Çelik Ticaret/);
  await expect(bank.review.getByTestId('bank-allocation')).toContainText('FT2026000301');
  await expect(bank.review.getByTestId('bank-allocation-rest')).toContainText('0,00');
  await page.screenshot({ path: 'test-results/e2e/bank-line-review-tr.png', fullPage: true });
  await bank.review.getByTestId('bank-accept').click();
  await expect(page.getByTestId('bank-empty')).toBeVisible();

  // Accepting again records nothing more.
  const again = await app.call<{ accepted: number }>('bank/accept', { allConfident: true });
  expect(again.accepted).toBe(0);

  // In the app, as a user would go: the address's hash (the launch token was used once already).
  const open = (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
  await open(`#/customers/${ozturk.id}?tab=payments`);
  const card = new CustomerCardPage(page);
  await expect(card.paymentRows).toHaveCount(1);
  await expect(card.paymentRows.first()).toContainText('1.500,00');
  const paid = await app.call<{ items: { method: string; reference: string; amount: number }[] }>('payments/list', {
    customerId: yilmaz.id,
  });
  expect(paid.items).toEqual([expect.objectContaining({ method: 'bank_transfer', reference: 'D-1', amount: 1_250_000 })]);
  // The sender's IBAN was learned for Yılmaz: it is on the card now.
  await open(`#/customers/${yilmaz.id}`);
  await expect(page.getByTestId('customer-ibans')).toContainText(makeIban('00010', '1111'));
  await page.getByTestId('customer-ibans').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/bank-customer-ibans-tr.png' });
});
