import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight, IconUser } from '@tabler/icons-react';
import { Link } from 'react-router';
import { currentMethodName } from '../../../src-shared/contract/method-aliases';
import type { AuditEntity, AuditEntry } from '../../../src-shared/domain/audit/types';
import { isMessageKey } from '../../../src-shared/i18n/translate';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { fieldLabel, formatFieldValue } from './field-value';

/** The screen that shows a record of this kind, where there is one. */
const RECORD_PATHS: Partial<Record<AuditEntity, (id: number) => string>> = {
  customer: (id) => `/customers/${id}`,
  invoice: (id) => `/invoices/${id}`,
  payment: (id) => `/payments/${id}`,
  credit_note: (id) => `/payments/${id}`,
};

/** One change: what was done to which record, by whom and when, and each field before and after. */
export function AuditEntryCard({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const format = useFormatters();
  // Rows written before a method was renamed carry its old name.
  const action = currentMethodName(entry.action);
  const actionKey = `audit.action.${action}`;
  const recordPath = RECORD_PATHS[entry.entity]?.(entry.entityId);
  const recordName = entry.label || `#${entry.entityId}`;
  const created = entry.changes.every((change) => change.before === null);
  return (
    <Paper p="md" data-testid="audit-entry" data-action={entry.action} data-entity={entry.entity}>
      <Group justify="space-between" align="flex-start" gap="sm" mb={entry.changes.length ? 'sm' : 0}>
        <Stack gap={2} miw={0}>
          <Group gap="xs">
            <Badge variant="light" color="gray" radius="sm">
              {t(`audit.entity.${entry.entity}`)}
            </Badge>
            <Text fw={600} data-testid="audit-action">
              {isMessageKey(actionKey) ? t(actionKey) : action}
            </Text>
          </Group>
          {recordPath ? (
            <Anchor component={Link} to={recordPath} size="sm" data-testid="audit-record" title={t('audit.openRecord')}>
              {recordName}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed" data-testid="audit-record">
              {recordName}
            </Text>
          )}
        </Stack>
        <Stack gap={2} align="flex-end">
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="audit-when">
            {format.dateTime(entry.at)}
          </Text>
          {/* The person named on the PC; older changes and unnamed PCs have none. The PC's account is a hover away. */}
          <Group gap={4} c="dimmed" title={t('audit.account', { account: entry.actor })} aria-label={t('audit.who')}>
            <IconUser size={14} />
            <Text size="xs" data-testid="audit-who">
              {entry.actorName ?? <span title={t('audit.whoUnknown')}>—</span>}
            </Text>
          </Group>
        </Stack>
      </Group>
      {entry.changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('audit.noFieldChanges')}
        </Text>
      ) : (
        <Table withRowBorders verticalSpacing={4} fz="sm" layout="fixed" data-testid="audit-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%">{t('audit.field')}</Table.Th>
              {!created && <Table.Th>{t('audit.before')}</Table.Th>}
              {!created && <Table.Th w={28} />}
              <Table.Th>{t('audit.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entry.changes.map((change) => (
              <Table.Tr key={change.field} data-testid="audit-change" data-field={change.field}>
                <Table.Td c="dimmed">{fieldLabel(change.field, t)}</Table.Td>
                {!created && (
                  <Table.Td data-testid="audit-before" c="red.8" style={{ overflowWrap: 'anywhere' }}>
                    {formatFieldValue(change.field, change.before, entry.currency, format, t)}
                  </Table.Td>
                )}
                {!created && (
                  <Table.Td c="dimmed">
                    <IconArrowRight size={14} />
                  </Table.Td>
                )}
                <Table.Td data-testid="audit-after" c={created ? undefined : 'teal.9'} style={{ overflowWrap: 'anywhere' }}>
                  {formatFieldValue(change.field, change.after, entry.currency, format, t)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
