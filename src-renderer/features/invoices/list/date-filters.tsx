import { Button, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { isBusinessDate } from '../../../../src-shared/dates/business-date';
import { DateInput } from '../../../components/date-input';
import { useT } from '../../../i18n/i18n-context';
import type { InvoiceListFilter } from '../query-keys';
import { countDateFilters } from './use-invoice-filter';

interface DateFiltersProps {
  filter: InvoiceListFilter;
  onChange: (patch: Partial<InvoiceListFilter>) => void;
}

function Range({
  label,
  from,
  to,
  onFrom,
  onTo,
  testId,
}: {
  label: string;
  from: string;
  to: string;
  onFrom: (day: string) => void;
  onTo: (day: string) => void;
  testId: string;
}) {
  const t = useT();
  // Half-typed days stay in the box; the list only follows complete ones (or an emptied box).
  const whenDay = (apply: (day: string) => void) => (day: string) => {
    if (day === '' || isBusinessDate(day)) apply(day);
  };
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <DateInput
          size="xs"
          w={150}
          label={t('invoices.filter.from')}
          value={from}
          max={to || undefined}
          onChange={whenDay(onFrom)}
          data-testid={`${testId}-from`}
        />
        <DateInput
          size="xs"
          w={150}
          label={t('invoices.filter.to')}
          value={to}
          min={from || undefined}
          onChange={whenDay(onTo)}
          data-testid={`${testId}-to`}
        />
      </Group>
    </div>
  );
}

/** Issue and due date ranges behind one button, which shows how many of the four bounds are set. */
export function DateFiltersButton({ filter, onChange }: DateFiltersProps) {
  const t = useT();
  const count = countDateFilters(filter);
  return (
    <Popover position="bottom-end" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Indicator label={count} size={16} disabled={count === 0} offset={4}>
          <Button
            variant={count > 0 ? 'light' : 'default'}
            leftSection={<IconCalendarEvent size={16} />}
            data-testid="date-filters"
          >
            {t('invoices.filter.dates')}
          </Button>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="md">
          <Range
            label={t('invoices.issueDate')}
            from={filter.issuedFrom}
            to={filter.issuedTo}
            onFrom={(issuedFrom) => onChange({ issuedFrom })}
            onTo={(issuedTo) => onChange({ issuedTo })}
            testId="issued"
          />
          <Range
            label={t('invoices.dueDate')}
            from={filter.dueFrom}
            to={filter.dueTo}
            onFrom={(dueFrom) => onChange({ dueFrom })}
            onTo={(dueTo) => onChange({ dueTo })}
            testId="due"
          />
          <Button
            variant="subtle"
            size="xs"
            disabled={count === 0}
            onClick={() => onChange({ issuedFrom: '', issuedTo: '', dueFrom: '', dueTo: '' })}
          >
            {t('invoices.filter.clearDates')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
