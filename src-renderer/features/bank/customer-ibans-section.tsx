import { ActionIcon, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { isValidIban, normalizeIban } from '../../../src-shared/validation/iban';
import { QueryBody } from '../../components/query-body';
import { SectionCard } from '../../components/section-card';
import { describeError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { useAddCustomerIban, useCustomerIbans, useRemoveCustomerIban } from './queries';

/** The IBANs a customer pays from: typed here or learned from accepted bank lines; the matcher finds them by it. */
export function CustomerIbansSection({ customerId }: { customerId: number }) {
  const t = useT();
  const format = useFormatters();
  const query = useCustomerIbans(customerId);
  const add = useAddCustomerIban();
  const remove = useRemoveCustomerIban();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const failed = (e: unknown) =>
    notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(e, t) });
  const submit = () => {
    const iban = normalizeIban(text);
    if (!isValidIban(iban)) return setError(t('validation.iban'));
    setError(null);
    add.mutate({ customerId, iban }, { onSuccess: () => setText(''), onError: failed });
  };
  return (
    <SectionCard title={t('bank.ibans.title')} testId="customer-ibans">
      <Stack gap="sm">
        <QueryBody
          query={query}
          errorTitle={t('bank.ibans.loadError')}
          emptyText={t('bank.ibans.empty')}
          isEmpty={(d) => d.length === 0}
          testId="customer-ibans-list"
        >
          {(ibans) => (
            <Table verticalSpacing={4}>
              <Table.Tbody>
                {ibans.map((i) => (
                  <Table.Tr key={i.iban}>
                    <Table.Td ff="monospace">{i.iban}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={i.source === 'card' ? 'blue' : 'grape'}>
                        {t(`bank.ibans.source.${i.source}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {format.dateTime(i.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td w={40}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('common.remove')}
                        onClick={() => remove.mutate({ customerId, iban: i.iban }, { onError: failed })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryBody>
        <Group align="flex-start" gap="xs">
          <TextInput
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            placeholder="TR00 0000 0000 0000 0000 0000 00"
            aria-label={t('bank.ibans.add')}
            error={error}
            style={{ flex: 1 }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') submit();
            }}
          />
          <Button variant="default" leftSection={<IconPlus size={14} />} onClick={submit} loading={add.isPending}>
            {t('bank.ibans.add')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
