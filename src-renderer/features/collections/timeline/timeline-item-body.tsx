import { Anchor, Badge, Group, Text } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PaymentPromise, TimelineEntry } from '../../../../src-shared/domain/collections/types';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { outcomeLabel } from '../labels';
import { PromiseStatusBadge } from '../promises/promise-status-badge';
import type { EntryView } from './describe-entry';

interface TimelineItemBodyProps {
  entry: TimelineEntry;
  view: EntryView;
  /** The promise an entry of kind 'promise' is, for its kept/broken status. */
  promise: PaymentPromise | undefined;
}

/** One event: what happened (a link to its record), when, how much, and the note that came with it. */
export function TimelineItemBody({ entry, view, promise }: TimelineItemBodyProps) {
  const t = useT();
  const format = useFormatters();
  // Activities carry a time of day; everything else is a business date.
  const when = entry.at.length > 10 ? format.dateTime(entry.at) : format.date(entry.at);
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
        {view.to ? (
          <Anchor component={Link} to={view.to} size="sm" fw={600} data-testid="timeline-headline">
            {view.headline}
          </Anchor>
        ) : (
          <Text size="sm" fw={600} data-testid="timeline-headline">
            {view.headline}
          </Text>
        )}
        {entry.amount !== null && entry.currency && (
          <Text
            size="sm"
            fw={600}
            style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
            data-testid="timeline-amount"
          >
            {format.money(entry.amount, entry.currency)}
          </Text>
        )}
      </Group>
      <Group gap="xs" mt={2}>
        <Text size="xs" c="dimmed">
          {when}
        </Text>
        {entry.outcome && (
          <Badge size="xs" variant="light" color="grape" tt="none">
            {outcomeLabel(t, entry.outcome)}
          </Badge>
        )}
        {promise && <PromiseStatusBadge status={promise.status} />}
        {entry.actor && (
          <Group gap={3} c="dimmed" wrap="nowrap" title={t('timeline.by', { name: entry.actor })} data-testid="timeline-actor">
            <IconUser size={12} />
            <Text size="xs">{entry.actor}</Text>
          </Group>
        )}
      </Group>
      {entry.detail && (
        <Text size="sm" c="dimmed" mt={4} lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
          {entry.detail}
        </Text>
      )}
    </>
  );
}
