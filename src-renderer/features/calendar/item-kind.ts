import { IconCalendarDollar, IconCreditCardPay, IconFileInvoice, IconHeartHandshake, type TablerIcon } from '@tabler/icons-react';
import type { CalendarKind } from '../../../src-shared/domain/calendar/schemas';
import type { CalendarItem } from '../../../src-shared/domain/calendar/types';
import type { Translate } from '../../i18n/i18n-context';

/** Each kind's icon and colour: the calendar's legend (the kind filter) uses the same. */
export const KIND_LOOK: Record<CalendarKind, { icon: TablerIcon; color: string }> = {
  invoice: { icon: IconFileInvoice, color: 'blue' },
  instalment: { icon: IconCalendarDollar, color: 'grape' },
  cheque: { icon: IconCreditCardPay, color: 'teal' },
  promise: { icon: IconHeartHandshake, color: 'orange' },
};

/** What the item is, in a few words: "Fatura DMO-12", "Taksit 2 · Plan #4", "Senet S-9", "Ödeme sözü". */
export function itemLabel(t: Translate, item: CalendarItem): string {
  switch (item.kind) {
    case 'invoice':
      return t('calendar.item.invoice', { number: item.reference });
    case 'instalment':
      return t('calendar.item.instalment', { seq: item.reference, plan: item.planId ?? '' });
    case 'cheque':
      return t(item.chequeKind === 'note' ? 'calendar.item.note' : 'calendar.item.cheque', { serial: item.reference });
    case 'promise':
      return t('calendar.item.promise');
  }
}
