import type { RunMode } from '../../../src-shared/domain/system/contract';
import type { Language } from '../../../src-shared/i18n/language';
import { translate } from '../../../src-shared/i18n/translate';
import { safeFileNamePart } from '../../../src-shared/text/turkish';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { documentAssets } from '../../documents/document-assets';
import { exportDocument, renderedDocument, renderPdf } from '../../documents/document-export';
import type { DocumentHost } from '../../documents/document-host';
import { drawReceipt, receiptNumber, type ReceiptInstrument } from '../../documents/receipt-pdf';
import { requireCompanyProfile } from '../company/company-guard';
import { readSettings } from '../settings/settings-repo';
import { documentCustomers } from '../statements/statement-documents';
import { mustLoadPayment } from './handlers';

export type ReceiptMethods = 'payments/receiptPdf' | 'payments/exportReceiptPdf';

/** Everything one receipt needs, read before anything is drawn. Credit notes get no receipt. */
async function receiptDocument(ctx: HandlerContext, id: number, requested: Language | undefined) {
  const payment = await mustLoadPayment(ctx, id);
  if (payment.kind !== 'payment') throw fieldError(await ctx.language(), 'validation', ['id'], 'payments.receipt.notPayment');
  const [customer] = await documentCustomers(ctx.db, [payment.customerId]);
  if (!customer) throw notFound(`Customer ${payment.customerId} does not exist`);
  const instruments: ReceiptInstrument[] = (
    await ctx.db
      .selectFrom('cheques')
      .select(['kind', 'serial_number', 'bank', 'branch', 'drawer', 'due_date', 'amount'])
      .where('payment_id', '=', id)
      .orderBy('id')
      .execute()
  ).map((c) => ({
    kind: c.kind,
    serialNumber: c.serial_number,
    bank: c.bank,
    branch: c.branch,
    drawer: c.drawer,
    dueDate: c.due_date,
    amount: c.amount,
  }));
  const language = requested ?? (await readSettings(ctx.db)).language;
  const assets = documentAssets(await requireCompanyProfile(ctx.db, await ctx.language()));
  const number = receiptNumber(payment.id);
  const fileName = `${[safeFileNamePart(customer.code, 32), safeFileNamePart(customer.title), translate(language, 'payments.receipt.fileName'), number].filter(Boolean).join('-')}.pdf`;
  const render = () =>
    renderPdf(
      assets,
      language,
      ctx.now(),
      (text) => `${text.t('payments.receipt.title')} ${number} — ${customer.title}`,
      (doc, text) => drawReceipt(doc, { number, customer, payment, instruments }, assets, text),
    );
  return { fileName, render };
}

/** A payment's collection receipt: for the preview, and saved as a file. */
export function receiptHandlers(deps: { host: DocumentHost; mode: RunMode }): Pick<DomainHandlers<'payments'>, ReceiptMethods> {
  return {
    'payments/receiptPdf': async ({ id, language }, ctx) => {
      const { fileName, render } = await receiptDocument(ctx, id, language);
      return renderedDocument(fileName, await render());
    },
    'payments/exportReceiptPdf': async ({ id, language, output }, ctx) => {
      const { fileName, render } = await receiptDocument(ctx, id, language);
      return exportDocument(deps, ctx, output, fileName, render);
    },
  };
}
