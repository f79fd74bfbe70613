import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { isBusinessDate } from '../../../src-shared/dates/business-date';
import type { CalendarItem } from '../../../src-shared/domain/calendar/types';
import { DateInput } from '../../components/date-input';
import { useFormatters } from '../../i18n/formatters';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';
import { itemLabel } from './item-kind';
import { useReschedule } from './mutations';

export interface PendingMove {
  item: CalendarItem;
  /** The day it was dropped on; null when opened from the agenda, where the new day is typed or picked. */
  to: string | null;
}

/**
 * Confirms a drag (or, from the agenda, asks for the new day): what moves, from which day to which, and an
 * optional note for the customer's timeline.
 * A refusal (outside the neighbouring instalments, a past day) is shown here and nothing changes.
 */
export function RescheduleDialog({ move, onClose }: { move: PendingMove; onClose: () => void }) {
  const t = useT();
  const format = useFormatters();
  const reschedule = useReschedule();
  const [note, setNote] = useState('');
  const [picked, setPicked] = useState('');
  const { item } = move;
  const to = move.to ?? picked;
  const confirm = () =>
    reschedule.mutate(
      { kind: item.kind === 'instalment' ? 'instalment' : 'promise', id: item.id, date: to, note },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('calendar.reschedule.done') });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('calendar.reschedule.title')} centered>
      <Stack gap="sm" data-testid="reschedule-dialog">
        <Text size="sm" fw={600}>
          {itemLabel(t, item)} · {item.customerTitle} · {format.money(item.amount, item.currency)}
        </Text>
        <Group gap="md" align="flex-end" wrap="nowrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('calendar.reschedule.from')}
            </Text>
            <Text fw={600} data-testid="reschedule-from">
              {format.date(item.date)}
            </Text>
          </Stack>
          <IconArrowRight size={18} style={{ marginBottom: 3 }} aria-hidden />
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('calendar.reschedule.to')}
            </Text>
            {move.to ? (
              <Text fw={600} c="blue.7" data-testid="reschedule-to">
                {format.date(move.to)}
              </Text>
            ) : (
              <DateInput
                value={picked}
                onChange={setPicked}
                aria-label={t('calendar.reschedule.to')}
                data-testid="reschedule-date"
              />
            )}
          </Stack>
        </Group>
        <Textarea
          label={t('calendar.reschedule.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
          data-autofocus={move.to ? true : undefined}
          data-testid="reschedule-note"
        />
        {reschedule.isError && (
          <Alert color="red" data-testid="reschedule-error">
            {describeError(reschedule.error, t)}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('calendar.reschedule.cancel')}
          </Button>
          <Button
            onClick={confirm}
            loading={reschedule.isPending}
            disabled={!isBusinessDate(to)}
            data-testid="reschedule-confirm"
          >
            {t('calendar.reschedule.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
