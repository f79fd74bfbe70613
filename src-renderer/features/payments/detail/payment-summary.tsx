import { Alert, Divider, Group, SimpleGrid, Text } from '@mantine/core';
import { IconArrowBackUp, IconCoins } from '@tabler/icons-react';
import type { Payment } from '../../../../src-shared/domain/payments/types';
import { FieldList } from '../../../components/field-list';
import { MultilineText } from '../../../components/multiline-text';
import { SectionCard } from '../../../components/section-card';
import { StatFigure } from '../../../components/stat-figure';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useOpenInvoices } from '../../invoices/queries';
import { ApplyCreditAction } from './apply-credit-action';

/** An advance waiting for invoices, with the way to apply it now that some are open. */
function UnallocatedCredit({ payment }: { payment: Payment }) {
  const t = useT();
  const format = useFormatters();
  const open = useOpenInvoices(payment.customerId, payment.currency);
  const anyOpen = (open.data?.items.length ?? 0) > 0;
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCoins size={18} />}
      title={t('payments.creditTitle')}
      mt="md"
      data-testid="unallocated-credit"
    >
      <Group justify="space-between" align="center">
        <Text size="sm">
          {anyOpen
            ? t('payments.creditBody', { amount: format.money(payment.unallocated, payment.currency) })
            : t('payments.creditNoOpen', {
                amount: format.money(payment.unallocated, payment.currency),
                currency: payment.currency,
              })}
        </Text>
        {anyOpen && <ApplyCreditAction payment={payment} />}
      </Group>
    </Alert>
  );
}

export function PaymentSummary({ payment }: { payment: Payment }) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, payment.currency);
  const reversed = payment.reversedAt !== null;
  const allocated = payment.allocations.filter((allocation) => !allocation.reversed).reduce((sum, a) => sum + a.amount, 0);
  return (
    <SectionCard title={t('invoices.section.summary')} testId="payment-summary">
      {reversed && (
        <Alert
          color="gray"
          variant="light"
          icon={<IconArrowBackUp size={18} />}
          title={t('payments.reversedTitle')}
          mb="md"
          data-testid="reversed-notice"
        >
          <Text size="sm">{t('payments.reversedBody', { date: format.dateTime(payment.reversedAt ?? '') })}</Text>
          {payment.reversalReason && (
            <Text size="sm" mt={4}>
              {t('payments.reversalReason')}: {payment.reversalReason}
            </Text>
          )}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <StatFigure
          label={t('payments.amount')}
          value={money(payment.amount)}
          size="xl"
          color={reversed ? 'gray.6' : undefined}
          testId="payment-amount"
        />
        <StatFigure label={t('payments.allocation.allocated')} value={money(allocated)} testId="payment-allocated" />
        <StatFigure
          label={t('payments.unallocated')}
          value={money(payment.unallocated)}
          color={payment.unallocated > 0 ? 'teal.8' : 'gray.6'}
          testId="payment-unallocated"
        />
      </SimpleGrid>
      {!reversed && payment.unallocated > 0 && <UnallocatedCredit payment={payment} />}
      <Divider my="md" />
      <FieldList
        fields={[
          { label: t('payments.date'), value: format.date(payment.date), testId: 'payment-date' },
          ...(payment.kind === 'payment'
            ? [
                {
                  label: t('payments.method'),
                  value: payment.method && t(`payments.method.${payment.method}`),
                  testId: 'payment-method',
                },
                { label: t('payments.reference'), value: payment.reference },
              ]
            : [{ label: t('creditNotes.number'), value: payment.number }]),
          { label: t('invoices.currency'), value: payment.currency },
          { label: t('payments.note'), value: payment.note && <MultilineText>{payment.note}</MultilineText> },
          { label: t('payments.recordedAt'), value: format.dateTime(payment.createdAt) },
        ]}
      />
    </SectionCard>
  );
}
