import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Currency } from '../../../../src-shared/money/currency';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useCustomerAccount } from '../../customers/queries';

interface CreditLimitWarningProps {
  customerId: number | null;
  currency: Currency;
  /** What this invoice will come to. */
  total: number;
  /** When editing: what the invoice adds to the balance today, replaced by `total`. */
  replacing?: { currency: Currency; openAmount: number };
}

/**
 * Warns — without stopping the save — when this invoice takes the customer over their credit limit.
 * Uses the balance from `customers/account`; if that cannot be read, it says nothing rather than guess.
 */
export function CreditLimitWarning({ customerId, currency, total, replacing }: CreditLimitWarningProps) {
  const t = useT();
  const format = useFormatters();
  const account = useCustomerAccount(customerId);
  const use = account.data?.creditLimit;
  if (!use || use.limit.currency !== currency || total <= 0) return null;
  const already = replacing && replacing.currency === currency ? replacing.openAmount : 0;
  const projected = use.used - already + total;
  if (projected <= use.limit.amount) return null;
  const money = (minor: number) => format.money(minor, currency);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('invoices.creditLimit.title')}
      mt="lg"
      data-testid="credit-limit-warning"
    >
      <Text size="sm">
        {t('invoices.creditLimit.body', {
          used: money(use.used - already),
          total: money(total),
          projected: money(projected),
          limit: money(use.limit.amount),
          over: money(projected - use.limit.amount),
        })}
      </Text>
      <Text size="sm" mt={4} c="dimmed">
        {t('invoices.creditLimit.canSave')}
      </Text>
    </Alert>
  );
}
