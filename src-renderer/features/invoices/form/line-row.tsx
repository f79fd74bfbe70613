import { ActionIcon, NumberInput, Select, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { VAT_RATES, type VatRate } from '../../../../src-shared/domain/invoices/line-math';
import { CURRENCY_SYMBOLS, type Currency } from '../../../../src-shared/money/currency';
import { MoneyInput } from '../../../components/money-input';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { amountsOfLine } from './form-amounts';
import classes from './lines-editor.module.css';
import type { InvoiceFormApi } from './use-invoice-form';

/** Decimal and group separators of numbers as the user types them. */
export const numberSeparators = (language: 'tr' | 'en') =>
  language === 'tr' ? { decimalSeparator: ',', thousandSeparator: '.' } : { decimalSeparator: '.', thousandSeparator: ',' };

interface LineRowProps {
  form: InvoiceFormApi;
  index: number;
  currency: Currency;
  canRemove: boolean;
}

/** One invoice line: what, how many, at what price, KDV and discount, with its amounts computed as typed. */
export function LineRow({ form, index, currency, canRemove }: LineRowProps) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const path = `lines.${index}` as const;
  const line = form.values.lines[index];
  const amounts = line ? amountsOfLine(line) : null;
  const separators = numberSeparators(language);
  const n = index + 1;
  return (
    <div className={classes.line} data-testid="invoice-line">
      <TextInput
        aria-label={t('invoices.line.descriptionOf', { n })}
        placeholder={t('invoices.line.descriptionPlaceholder')}
        maxLength={500}
        {...form.getInputProps(`${path}.description`)}
      />
      <NumberInput
        aria-label={t('invoices.line.quantityOf', { n })}
        min={0}
        decimalScale={3}
        allowNegative={false}
        hideControls
        {...separators}
        classNames={{ input: classes.right }}
        {...form.getInputProps(`${path}.quantity`)}
      />
      <MoneyInput
        aria-label={t('invoices.line.unitPriceOf', { n })}
        classNames={{ input: classes.right }}
        rightSection={
          <Text size="xs" c="dimmed">
            {CURRENCY_SYMBOLS[currency]}
          </Text>
        }
        {...form.getInputProps(`${path}.unitPrice`)}
      />
      <Select<VatRate>
        aria-label={t('invoices.line.vatRateOf', { n })}
        data={VAT_RATES.map((rate) => ({ value: rate, label: format.percent(rate) }))}
        allowDeselect={false}
        {...form.getInputProps(`${path}.vatRate`)}
      />
      <NumberInput
        aria-label={t('invoices.line.discountOf', { n })}
        min={0}
        max={100}
        decimalScale={2}
        allowNegative={false}
        clampBehavior="none"
        hideControls
        {...separators}
        classNames={{ input: classes.right }}
        rightSection={
          <Text size="xs" c="dimmed">
            %
          </Text>
        }
        {...form.getInputProps(`${path}.discountPercent`)}
      />
      <div className={`${classes.amount} ${classes.wide}`} data-testid="line-net">
        {amounts ? format.money(amounts.net, currency) : t('common.none')}
      </div>
      <div className={`${classes.amount} ${classes.wide}`} data-testid="line-vat">
        {amounts ? format.money(amounts.vat, currency) : t('common.none')}
      </div>
      <div className={`${classes.amount} ${classes.total}`} data-testid="line-total">
        {amounts ? format.money(amounts.total, currency) : t('common.none')}
      </div>
      <Tooltip label={t('invoices.line.remove')}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={t('invoices.line.remove')}
          disabled={!canRemove}
          onClick={() => form.removeListItem('lines', index)}
          data-testid="remove-line"
        >
          <IconTrash size={18} />
        </ActionIcon>
      </Tooltip>
    </div>
  );
}
