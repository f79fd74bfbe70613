import { Divider, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { QueryBody } from '../../components/query-body';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { OutboxFailure } from './outbox-failure';
import { OutboxRowActions } from './outbox-row-actions';
import { OutboxStatusBadge } from './outbox-status-badge';
import { useOutboxMessage } from './queries';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** One e-mail as it goes out: addresses, subject, text, attachments (names and sizes), and its state. */
export function OutboxMessageModal({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useT();
  const format = useFormatters();
  const query = useOutboxMessage(id);
  return (
    <Modal opened onClose={onClose} title={t('outbox.detail.title')} size="xl" centered>
      <QueryBody
        query={query}
        errorTitle={t('common.errorTitle')}
        emptyText=""
        isEmpty={() => false}
        testId="outbox-message"
        rows={6}
      >
        {(m) => (
          <Stack gap="sm" data-testid="outbox-message">
            <Group justify="space-between">
              <OutboxStatusBadge status={m.status} />
              <OutboxRowActions message={m} />
            </Group>
            <OutboxFailure message={m} />
            <Table variant="vertical" withTableBorder layout="fixed">
              <Table.Tbody>
                {[
                  ['outbox.detail.to', m.to.join(', ')],
                  ...(m.cc.length > 0 ? [['outbox.detail.cc', m.cc.join(', ')] as const] : []),
                  ...(m.customerTitle ? [['outbox.detail.customer', m.customerTitle] as const] : []),
                  ['outbox.detail.subject', m.subject],
                  ['outbox.col.created', format.dateTime(m.createdAt)],
                  ['outbox.detail.messageId', m.messageId],
                ].map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w={160}>{t(label as Parameters<typeof t>[0])}</Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Paper withBorder p="sm" bg="gray.0">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="outbox-body">
                {m.bodyText}
              </Text>
            </Paper>
            <Divider label={t('outbox.detail.attachments')} labelPosition="left" />
            {m.attachments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('outbox.detail.noAttachments')}
              </Text>
            ) : (
              m.attachments.map((a) => (
                <Group key={a.id} gap={6} data-testid="outbox-attachment">
                  <IconPaperclip size={16} />
                  <Text size="sm">{a.fileName}</Text>
                  <Text size="xs" c="dimmed">
                    {kb(a.size)}
                  </Text>
                </Group>
              ))
            )}
          </Stack>
        )}
      </QueryBody>
    </Modal>
  );
}
