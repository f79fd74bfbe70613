import { Group, Input, SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { isBusinessDate } from '../../../../src-shared/dates/business-date';
import type { MessageKey } from '../../../../src-shared/i18n/translate';
import { DateInput } from '../../../components/date-input';
import { useT } from '../../../i18n/i18n-context';
import type { CollectionsFilter } from './use-collections-filter';

interface CollectionsToolbarProps {
  filter: CollectionsFilter;
  onChange: (patch: Partial<CollectionsFilter>) => void;
  /** The range the report shows (the defaults when the address names none). */
  shown: { from: string; to: string } | undefined;
  /** Why the backend refused the range, shown under the end date. */
  rangeError: MessageKey | null;
}

/** A day field applied once what is typed is a day. */
function DayInput(props: {
  label: string;
  value: string;
  onApply: (day: string) => void;
  error?: string | undefined;
  testId: string;
}) {
  const t = useT();
  const [draft, setDraft] = useState(props.value);
  const [seen, setSeen] = useState(props.value);
  // The shown range arrives with the first report: the field follows it until the user types.
  if (props.value !== seen) {
    setSeen(props.value);
    setDraft(props.value);
  }
  const invalid = draft !== '' && !isBusinessDate(draft);
  return (
    <DateInput
      label={props.label}
      value={draft}
      onChange={(day) => {
        setDraft(day);
        if (isBusinessDate(day)) props.onApply(day);
      }}
      error={invalid ? t('validation.dateFormat') : props.error}
      w={170}
      data-testid={props.testId}
    />
  );
}

export function CollectionsToolbar({ filter, onChange, shown, rangeError }: CollectionsToolbarProps) {
  const t = useT();
  return (
    <Group gap="md" mb="md" align="flex-start" wrap="wrap">
      <DayInput
        label={t('reports.collections.from')}
        value={filter.from || shown?.from || ''}
        onApply={(from) => onChange({ from })}
        testId="collections-from"
      />
      <DayInput
        label={t('reports.collections.to')}
        value={filter.to || shown?.to || ''}
        onApply={(to) => onChange({ to })}
        error={rangeError ? t(rangeError) : undefined}
        testId="collections-to"
      />
      <Stack gap={4}>
        <Input.Label>{t('reports.collections.granularity')}</Input.Label>
        <SegmentedControl
          value={filter.granularity}
          onChange={(value) => onChange({ granularity: value as CollectionsFilter['granularity'] })}
          data={[
            { value: 'month', label: t('reports.collections.month') },
            { value: 'week', label: t('reports.collections.week') },
          ]}
          data-testid="collections-granularity"
        />
      </Stack>
    </Group>
  );
}
