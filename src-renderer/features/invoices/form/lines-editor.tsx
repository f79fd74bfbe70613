import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Currency } from '../../../../src-shared/money/currency';
import { useT } from '../../../i18n/i18n-context';
import { emptyLine } from './invoice-form-values';
import { LineRow } from './line-row';
import classes from './lines-editor.module.css';
import type { InvoiceFormApi } from './use-invoice-form';

/** The schema allows this many lines per invoice. */
const MAX_LINES = 500;

/** Add, change and remove the lines of an invoice; an invoice keeps at least one. */
export function LinesEditor({ form, currency }: { form: InvoiceFormApi; currency: Currency }) {
  const t = useT();
  const lines = form.values.lines;
  return (
    <div className={classes.grid} data-testid="lines-editor">
      <div className={classes.head} aria-hidden>
        <span>{t('invoices.line.description')}</span>
        <span className={classes.right}>{t('invoices.line.quantity')}</span>
        <span className={classes.right}>{t('invoices.line.unitPrice')}</span>
        <span>{t('invoices.line.vatRate')}</span>
        <span className={classes.right}>{t('invoices.line.discount')}</span>
        <span className={`${classes.right} ${classes.wide}`}>{t('invoices.line.net')}</span>
        <span className={`${classes.right} ${classes.wide}`}>{t('invoices.line.vat')}</span>
        <span className={classes.right}>{t('invoices.line.total')}</span>
        <span />
      </div>
      {lines.map((line, index) => (
        <LineRow key={line.key} form={form} index={index} currency={currency} canRemove={lines.length > 1} />
      ))}
      <Group justify="space-between" mt="sm">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('lines', emptyLine())}
          disabled={lines.length >= MAX_LINES}
          data-testid="add-line"
        >
          {t('invoices.line.add')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('invoices.line.hint')}
        </Text>
      </Group>
    </div>
  );
}
