import { AppError } from '../../../src-shared/contract/errors';
import type { CompanyProfileInput } from '../../../src-shared/domain/company-profile/schemas';
import type { Dispatch } from '../../core/dispatch';
import type { DemoChequeStep } from './demo-cheques';
import type { DemoOptions } from './demo-company';

/** The size of the demo the app makes from its button: a busy small firm, built in a second or two. */
export const APP_DEMO_SIZE: DemoOptions = { customers: 150, invoices: 4000, months: 24 };

/** The demo firm's own details, so its statements, letters and e-mails are signed like a real company's. */
export const DEMO_PROFILE: CompanyProfileInput = {
  title: 'Örnek Toptan Ticaret A.Ş.',
  taxId: '4540536920',
  taxOffice: 'Karşıyaka',
  address: 'Cumhuriyet Bulvarı No: 128 Kat: 3, 35210 Konak / İzmir',
  phone: '0232 445 12 34',
  email: 'muhasebe@ornektoptan.com.tr',
  website: 'www.ornektoptan.com.tr',
  bankAccounts: [{ bank: 'Ziraat Bankası', branch: 'Konak', iban: 'TR330006100519786457841326', currency: 'TRY' }],
  signatureText: 'Muhasebe Müdürü Ayşe Işık',
};

const unwrap = async (result: ReturnType<Dispatch>): Promise<void> => {
  const answer = await result;
  if (!answer.ok) throw new AppError(answer.error);
};

/**
 * What the demo does through the handlers once its file is open: the company details (when none are set) and
 * the bounced cheques and protested notes, whose payment reversals reopen debt exactly as the app would.
 */
export async function finishDemo(dispatch: Dispatch, steps: readonly DemoChequeStep[]): Promise<void> {
  const profile = await dispatch('company-profile/get', {});
  if (profile.ok && !(profile.value as { title: string }).title) await unwrap(dispatch('company-profile/update', DEMO_PROFILE));
  for (const step of steps)
    await unwrap(dispatch('cheques/transition', { id: step.chequeId, to: step.to, date: step.date, note: step.note }));
}
