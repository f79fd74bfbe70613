import path from 'node:path';
import type { Backend } from '../../../src-main/backend';
import { call } from '../../support/test-backend';
import { writeFile } from '../../support/import-files';
import { makeIban } from '../../support/bank-statements';
import { vknCheckDigit } from '../../../src-shared/validation/tax-id';

export const ACCOUNT = makeIban('00064', '1234567');
export const OTHER_ACCOUNT = makeIban('00062', '7654321');
export const YILMAZ_IBAN = makeIban('00010', '1111');
export const DENIZ_IBAN = makeIban('00046', '2222');
export const HOLDING_IBAN = makeIban('00067', '3333');

/** A company with two accounts and three customers with open invoices. */
export async function bankCompany(backend: Backend) {
  await call(backend, 'company-profile/update', {
    title: 'Vade Test A.Ş.',
    taxId: `123456789${vknCheckDigit('123456789')}`,
    bankAccounts: [
      { bank: 'İş Bankası', iban: ACCOUNT, currency: 'TRY' },
      { bank: 'Garanti BBVA', iban: OTHER_ACCOUNT, currency: 'TRY' },
    ],
  });
  const yilmaz = await call(backend, 'customers/create', { code: 'C001', title: 'Yılmaz İnşaat Taahhüt Ltd. Şti.' });
  const deniz = await call(backend, 'customers/create', {
    code: 'C002',
    title: 'Deniz Gıda San. ve Tic. A.Ş.',
    taxId: '4540536920',
  });
  const ozturk = await call(backend, 'customers/create', { code: 'C003', title: 'Öztürk Çelik Ticaret' });
  const inv = async (customerId: number, number: string, due: string, total: number) =>
    call(backend, 'invoices/create', { customerId, number, issueDate: '2026-10-01', dueDate: due, total });
  const invoices = {
    y1: await inv(yilmaz.id, 'FT2026000101', '2026-10-31', 1_250_000),
    y2: await inv(yilmaz.id, 'FT2026000102', '2026-11-30', 800_000),
    d1: await inv(deniz.id, 'FT2026000201', '2026-11-15', 2_345_678),
    o1: await inv(ozturk.id, 'FT2026000301', '2026-11-20', 500_000),
    o2: await inv(ozturk.id, 'FT2026000302', '2026-12-20', 700_000),
  };
  return { yilmaz, deniz, ozturk, invoices };
}

export const statementFile = (dir: string, name: string, bytes: Buffer | string) => ({ path: writeFile(dir, name, bytes) });
export const fixturePath = (dir: string, name: string) => path.join(dir, name);
