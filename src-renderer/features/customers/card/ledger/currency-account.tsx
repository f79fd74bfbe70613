import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { CustomerAccount } from '../../../../../src-shared/domain/reports/types';
import { StatFigure } from '../../../../components/stat-figure';
import { useFormatters } from '../../../../i18n/formatters';
import { useT } from '../../../../i18n/i18n-context';
import { AgingBar } from './aging-bar';
import { CreditLimitUsage } from './credit-limit-usage';
import classes from './ledger.module.css';

type CurrencyFigures = CustomerAccount['currencies'][number];

interface CurrencyAccountProps {
  figures: CurrencyFigures;
  bounds: number[];
  creditLimit: CustomerAccount['creditLimit'];
  /** Several currencies are shown one under the other, each with its code. */
  showCode: boolean;
}

/** One currency of a customer's account: balance, overdue, advance, aging and — in its currency — the credit limit. */
export function CurrencyAccount({ figures, bounds, creditLimit, showCode }: CurrencyAccountProps) {
  const t = useT();
  const format = useFormatters();
  const money = (minor: number) => format.money(minor, figures.currency);
  const limit = creditLimit && creditLimit.limit.currency === figures.currency ? creditLimit : null;
  return (
    <Stack gap="md" className={classes.currencyBlock} data-testid="currency-account" data-currency={figures.currency}>
      {showCode && (
        <Text fw={700} size="sm" c="vade.8">
          {figures.currency}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg">
        <StatFigure
          label={t('account.balance')}
          value={money(figures.balance)}
          size="xl"
          testId="account-balance"
          hint={t('account.openInvoices', { count: figures.openInvoiceCount })}
        />
        <StatFigure
          label={t('account.overdue')}
          value={money(figures.overdue)}
          color={figures.overdue > 0 ? 'red.7' : 'gray.6'}
          testId="account-overdue"
          hint={
            [
              figures.overdueInvoiceCount > 0 && t('account.overdueInvoices', { count: figures.overdueInvoiceCount }),
              !!figures.overdueDisputed && t('account.overdueDisputed', { amount: money(figures.overdueDisputed) }),
              !!figures.overdueInPlan && t('account.overdueInPlan', { amount: money(figures.overdueInPlan) }),
            ]
              .filter(Boolean)
              .join(' · ') || undefined
          }
        />
        <StatFigure label={t('account.notDue')} value={money(figures.buckets[0] ?? 0)} testId="account-not-due" />
        <StatFigure
          label={t('account.credit')}
          value={money(figures.credit)}
          color={figures.credit > 0 ? 'teal.8' : 'gray.6'}
          testId="account-credit"
          hint={t('account.creditHint')}
        />
      </SimpleGrid>
      <AgingBar buckets={figures.buckets} bounds={bounds} currency={figures.currency} />
      {limit && <CreditLimitUsage use={limit} />}
    </Stack>
  );
}
