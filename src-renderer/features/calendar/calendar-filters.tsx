import { Chip, Group, Select } from '@mantine/core';
import { CALENDAR_KINDS, type CalendarKind } from '../../../src-shared/domain/calendar/schemas';
import { RISK_SEGMENTS } from '../../../src-shared/domain/statements/schemas';
import { useT } from '../../i18n/i18n-context';
import { oneOf } from '../../lib/use-url-filter';
import { CustomerPicker } from '../customers/customer-picker';
import type { CalendarFilter } from './calendar-filter';
import { KIND_LOOK } from './item-kind';

interface FiltersProps {
  filter: CalendarFilter;
  onChange: (patch: Partial<CalendarFilter>) => void;
}

/** Customer, kinds (chips in each kind's colour and icon: also the legend) and risk segment. */
export function CalendarFilters({ filter, onChange }: FiltersProps) {
  const t = useT();
  return (
    <Group gap="md" align="flex-end">
      <CustomerPicker
        label={t('calendar.filter.customer')}
        placeholder={t('calendar.filter.anyCustomer')}
        value={filter.customerId}
        onChange={(customerId) => onChange({ customerId })}
        clearable
        w={300}
        data-testid="calendar-customer-filter"
      />
      <Select
        label={t('calendar.filter.segment')}
        w={170}
        value={filter.segment ?? ''}
        allowDeselect={false}
        data={[
          { value: '', label: t('calendar.filter.anySegment') },
          ...RISK_SEGMENTS.map((s) => ({ value: s, label: t('calendar.filter.segmentOption', { segment: s }) })),
        ]}
        onChange={(value) => onChange({ segment: oneOf(RISK_SEGMENTS, value) ?? null })}
        data-testid="calendar-segment-filter"
      />
      <Chip.Group multiple value={filter.kinds} onChange={(kinds) => onChange({ kinds: kinds as CalendarKind[] })}>
        <Group gap={6} pb={4} aria-label={t('calendar.filter.kind')} role="group" data-testid="calendar-kind-filter">
          {CALENDAR_KINDS.map((kind) => {
            const { icon: Icon, color } = KIND_LOOK[kind];
            return (
              <Chip key={kind} value={kind} color={color} variant="light" data-testid={`kind-${kind}`}>
                <Group gap={4} wrap="nowrap">
                  <Icon size={14} color={`var(--mantine-color-${color}-6)`} aria-hidden />
                  {t(`calendar.kind.${kind}`)}
                </Group>
              </Chip>
            );
          })}
        </Group>
      </Chip.Group>
    </Group>
  );
}
