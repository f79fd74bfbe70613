import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconCash, IconCreditCardPay, IconFileInvoice, IconReceiptRefund, IconRefresh, IconScale } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Customer } from '../../../../../src-shared/domain/customers/types';
import { newCreditNotePath, newInvoicePath, newPaymentPath } from '../../../../app/paths';
import { DialogButton } from '../../../../components/dialog-button';
import { SectionCard } from '../../../../components/section-card';
import { ChequeForm } from '../../../cheques/cheque-form';
import { describeError } from '../../../../i18n/describe-error';
import { useT } from '../../../../i18n/i18n-context';
import { useCustomerAccount } from '../../queries';
import { CreditLimitUsage } from './credit-limit-usage';
import { CurrencyAccount } from './currency-account';

function LedgerActions({ customer }: { customer: Customer }) {
  const t = useT();
  const prefill = { customerId: customer.id };
  return (
    <Group gap="xs">
      <Button
        component={Link}
        to={newCreditNotePath(prefill)}
        size="xs"
        variant="default"
        leftSection={<IconReceiptRefund size={14} />}
        data-testid="card-new-credit-note"
      >
        {t('creditNotes.new')}
      </Button>
      <Button
        component={Link}
        to={newPaymentPath(prefill)}
        size="xs"
        variant="default"
        leftSection={<IconCash size={14} />}
        data-testid="card-new-payment"
      >
        {t('payments.new')}
      </Button>
      <DialogButton label={t('cheques.new')} icon={<IconCreditCardPay size={14} />} size="xs" testId="card-new-cheque">
        {(close) => <ChequeForm customerId={customer.id} onClose={close} />}
      </DialogButton>
      <Button
        component={Link}
        to={newInvoicePath(prefill)}
        size="xs"
        leftSection={<IconFileInvoice size={14} />}
        data-testid="card-new-invoice"
      >
        {t('invoices.issue')}
      </Button>
    </Group>
  );
}

function AccountBody({ customer }: { customer: Customer }) {
  const t = useT();
  const account = useCustomerAccount(customer.id);
  if (account.isError) {
    // The card stays useful without its figures: say so quietly and let the user try again.
    return (
      <Alert
        color="gray"
        variant="light"
        icon={<IconScale size={18} />}
        title={t('account.unavailable')}
        data-testid="account-error"
      >
        <Text size="sm">{describeError(account.error, t)}</Text>
        <Button
          mt="sm"
          size="xs"
          variant="white"
          leftSection={<IconRefresh size={14} />}
          onClick={() => void account.refetch()}
          loading={account.isFetching}
        >
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (!account.data) {
    return (
      <Stack gap="sm" data-testid="account-loading" aria-busy>
        <Skeleton height={40} width="60%" />
        <Skeleton height={12} />
        <Skeleton height={28} width="80%" />
      </Stack>
    );
  }
  const { currencies, bounds, creditLimit } = account.data;
  if (currencies.length === 0) {
    return (
      <Stack gap="md">
        <Text size="sm" c="dimmed" data-testid="account-empty">
          {t('account.empty')}
        </Text>
        {creditLimit && <CreditLimitUsage use={creditLimit} />}
      </Stack>
    );
  }
  const limitShown = creditLimit && currencies.some((figures) => figures.currency === creditLimit.limit.currency);
  return (
    <Stack gap="lg">
      {currencies.map((figures) => (
        <CurrencyAccount
          key={figures.currency}
          figures={figures}
          bounds={bounds}
          creditLimit={creditLimit}
          showCode={currencies.length > 1}
        />
      ))}
      {creditLimit && !limitShown && <CreditLimitUsage use={creditLimit} />}
    </Stack>
  );
}

/** The money side of the card: what the customer owes per currency, how old it is, and the limit. */
export function LedgerSection({ customer }: { customer: Customer }) {
  const t = useT();
  return (
    <SectionCard title={t('customers.section.balance')} actions={<LedgerActions customer={customer} />} testId="section-balance">
      <AccountBody customer={customer} />
    </SectionCard>
  );
}
