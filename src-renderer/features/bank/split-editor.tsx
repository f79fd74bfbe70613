import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Currency } from '../../../src-shared/money/currency';
import { MoneyInput } from '../../components/money-input';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { CustomerPicker } from '../customers/customer-picker';

export interface SplitPart {
  customerId: number | null;
  amount: number | null;
}

/** A line paid for several customers (a parent company's transfer): one payment each, allocated oldest first. */
export function SplitEditor({
  parts,
  onChange,
  total,
  currency,
}: {
  parts: SplitPart[];
  onChange: (parts: SplitPart[]) => void;
  total: number;
  currency: Currency;
}) {
  const t = useT();
  const format = useFormatters();
  const sum = parts.reduce((a, p) => a + (p.amount ?? 0), 0);
  const set = (i: number, patch: Partial<SplitPart>) => onChange(parts.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Stack gap="xs" data-testid="bank-split">
      {parts.map((part, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <CustomerPicker
            value={part.customerId}
            onChange={(id) => set(i, { customerId: id })}
            placeholder={t('bank.review.pickCustomer')}
            style={{ flex: 1 }}
            aria-label={`${t('bank.review.customer')} ${i + 1}`}
          />
          <MoneyInput
            value={part.amount}
            onChange={(v) => set(i, { amount: v })}
            w={150}
            aria-label={`${t('bank.col.amount')} ${i + 1}`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={6}
            disabled={parts.length <= 2}
            onClick={() => onChange(parts.filter((_, j) => j !== i))}
            aria-label={t('common.remove')}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...parts, { customerId: null, amount: Math.max(0, total - sum) || null }])}
        >
          {t('bank.review.addPart')}
        </Button>
        <Text size="sm" c={sum === total ? 'teal' : 'red'} data-testid="bank-split-sum">
          {t('bank.review.splitSum', { sum: format.money(sum, currency), total: format.money(total, currency) })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('bank.review.splitNote')}
      </Text>
    </Stack>
  );
}
