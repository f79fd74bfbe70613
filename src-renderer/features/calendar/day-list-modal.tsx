import { Modal } from '@mantine/core';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { AgendaList } from './agenda-list';

type Filter = Parameters<typeof AgendaList>[0]['args'];

/** Behind "+N more": every item of one day, in the agenda's list. */
export function DayListModal({
  day,
  filter,
  onClose,
}: {
  day: string;
  filter: Omit<Filter, 'from' | 'to'>;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormatters();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('calendar.dayTitle', { date: format.date(day) })}
      size="xl"
      data-testid="day-list-modal"
    >
      <AgendaList args={{ ...filter, from: day, to: day }} emptyText={t('calendar.empty')} />
    </Modal>
  );
}
