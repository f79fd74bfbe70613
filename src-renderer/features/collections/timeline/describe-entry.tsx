import type { MantineColor } from '@mantine/core';
import {
  IconArrowBackUp,
  IconBrandWhatsapp,
  IconCalendarDollar,
  IconCalendarTime,
  IconCash,
  IconCreditCardPay,
  IconFileInvoice,
  IconFileOff,
  IconMail,
  IconMailbox,
  IconMessage,
  IconMessageReport,
  IconNote,
  IconPhone,
  IconReceiptRefund,
  IconScale,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { TimelineEntry } from '../../../../src-shared/domain/collections/types';
import type { MessageKey } from '../../../../src-shared/i18n/translate';
import type { Formatters } from '../../../i18n/formatters';
import type { Translate } from '../../../i18n/i18n-context';
import { activityKindLabel, disputeReasonLabel, paymentMethodLabel } from '../labels';

/** How one timeline entry reads: its mark, one line saying what happened, and where it leads. */
export interface EntryView {
  icon: Icon;
  color: MantineColor;
  headline: string;
  /** The page of the invoice or payment it is about. */
  to: string | null;
}

const ACTIVITY_ICONS: Record<string, Icon> = {
  call: IconPhone,
  email: IconMail,
  meeting: IconUsers,
  letter: IconMailbox,
  sms: IconMessage,
  whatsapp: IconBrandWhatsapp,
  note: IconNote,
};

const invoicePage = (entry: TimelineEntry) => (entry.invoiceId ? `/invoices/${entry.invoiceId}` : null);

export function describeEntry(entry: TimelineEntry, t: Translate, format: Formatters): EntryView {
  const number = entry.title;
  switch (entry.kind) {
    case 'invoice':
      return { icon: IconFileInvoice, color: 'blue', headline: t('timeline.invoice', { number }), to: invoicePage(entry) };
    case 'payment':
      return {
        icon: IconCash,
        color: 'teal',
        headline: t('timeline.payment', { method: paymentMethodLabel(t, entry.code) }),
        to: `/payments/${entry.refId}`,
      };
    case 'credit_note':
      return {
        icon: IconReceiptRefund,
        color: 'cyan',
        headline: t('timeline.credit_note', { number }),
        to: `/payments/${entry.refId}`,
      };
    case 'reversal':
      return {
        icon: IconArrowBackUp,
        color: 'gray',
        headline: entry.code === 'credit_note' ? t('timeline.reversal.credit_note', { number }) : t('timeline.reversal.payment'),
        to: `/payments/${entry.refId}`,
      };
    case 'write_off':
      return { icon: IconFileOff, color: 'gray', headline: t('timeline.write_off', { number }), to: invoicePage(entry) };
    case 'dispute_opened':
      return {
        icon: IconMessageReport,
        color: 'orange',
        headline: t('timeline.dispute_opened', { number, reason: disputeReasonLabel(t, entry.code) }),
        to: invoicePage(entry),
      };
    case 'dispute_resolved':
      return {
        icon: IconScale,
        color: entry.code === 'accepted' ? 'green' : 'red',
        headline:
          entry.code === 'accepted'
            ? t('timeline.dispute_resolved.accepted', { number })
            : t('timeline.dispute_resolved.rejected', { number }),
        to: invoicePage(entry),
      };
    case 'promise':
      // A promise's title is the day it promised to pay by.
      return {
        icon: IconCalendarDollar,
        color: 'violet',
        headline: t('timeline.promise', { date: format.date(entry.title) }),
        to: null,
      };
    case 'activity':
      return {
        icon: ACTIVITY_ICONS[entry.code ?? ''] ?? IconNote,
        color: 'grape',
        headline: t('timeline.activity', { kind: activityKindLabel(t, entry.code), summary: entry.title }),
        to: invoicePage(entry),
      };
    case 'cheque':
    case 'promissory_note':
      return {
        icon: IconCreditCardPay,
        color: entry.code === 'bounced' || entry.code === 'protested' ? 'red' : 'cyan',
        headline: t('timeline.cheque', {
          kind: t(entry.kind === 'cheque' ? 'cheques.kind.cheque' : 'cheques.kind.note'),
          serial: entry.title,
          status: t(`cheques.status.${entry.code ?? 'portfolio'}` as MessageKey),
        }),
        to: null,
      };
    case 'plan':
      // The title is the plan's number; the code what happened to it.
      return {
        icon: IconCalendarTime,
        color: entry.code === 'broken' ? 'red' : entry.code === 'completed' ? 'teal' : 'indigo',
        headline: t(`timeline.plan.${entry.code ?? 'created'}` as MessageKey, { id: entry.title }),
        // The timeline is on the customer's card: the plan opens in the card's plan tab.
        to: `?tab=plans&plan=${entry.title}`,
      };
  }
}
