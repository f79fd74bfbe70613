import { Stack, Text } from '@mantine/core';
import type { OutboxMessageSummary } from '../../../src-shared/domain/outbox/types';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';

/** Why a message is not (yet) sent, in words, with the server's own answer when it gave one. */
export function OutboxFailure({ message }: { message: OutboxMessageSummary }) {
  const t = useT();
  const format = useFormatters();
  if (message.status === 'sent' && message.sentAt) {
    return (
      <Text size="xs" c="dimmed">
        {t('outbox.sentAt', { at: format.dateTime(message.sentAt) })}
      </Text>
    );
  }
  if (!message.failureKind || (message.status !== 'failed' && message.status !== 'queued')) return null;
  return (
    <Stack gap={2} data-testid="outbox-failure">
      <Text size="xs" c={message.status === 'failed' ? 'red.8' : 'orange.8'} fw={600}>
        {t(`outbox.failure.${message.failureKind}`)}
        {message.attempts > 0 && ` · ${t('outbox.attempts', { attempts: message.attempts })}`}
      </Text>
      {(message.serverResponse || message.lastError) && (
        <Text size="xs" c="dimmed" ff="monospace" lineClamp={2} data-testid="outbox-server-response">
          {message.serverResponse || message.lastError}
        </Text>
      )}
      {message.status === 'queued' && (
        <Text size="xs" c="dimmed">
          {t('outbox.nextAttempt', { at: format.dateTime(message.nextAttemptAt) })}
        </Text>
      )}
    </Stack>
  );
}
