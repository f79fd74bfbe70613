import { Group, Pill, Select } from '@mantine/core';
import { useState } from 'react';
import { isBusinessDate } from '../../../src-shared/dates/business-date';
import { AUDIT_ENTITIES } from '../../../src-shared/domain/audit/schemas';
import type { AuditEntity } from '../../../src-shared/domain/audit/types';
import { DateInput } from '../../components/date-input';
import { useT } from '../../i18n/i18n-context';
import type { AuditFilter } from './query-keys';

interface AuditLogFiltersProps {
  filter: AuditFilter;
  onChange: (patch: Partial<AuditFilter>) => void;
}

const ANY = 'any';

/** A day filter: typed text counts once it is a day (or empty); anything else says what is wrong. */
function DayFilter({
  value,
  label,
  onChange,
  error,
  testId,
}: {
  value: string;
  label: string;
  onChange: (day: string) => void;
  error?: string | undefined;
  testId: string;
}) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  return (
    <DateInput
      label={label}
      value={draft}
      onChange={(day) => {
        setDraft(day);
        if (day === '' || isBusinessDate(day)) onChange(day);
      }}
      error={draft !== '' && !isBusinessDate(draft) ? t('validation.dateFormat') : error}
      w={170}
      data-testid={testId}
    />
  );
}

export function AuditLogFilters({ filter, onChange }: AuditLogFiltersProps) {
  const t = useT();
  const backwards = filter.from !== '' && filter.to !== '' && filter.to < filter.from;
  return (
    <Group gap="md" mb="md" align="flex-start" wrap="wrap">
      <Select<AuditEntity | typeof ANY>
        label={t('audit.filter.entity')}
        value={filter.entity ?? ANY}
        onChange={(entity) => onChange({ entity: entity === ANY || entity === null ? null : entity, entityId: null })}
        data={[
          { value: ANY, label: t('audit.filter.anyEntity') },
          ...AUDIT_ENTITIES.map((entity) => ({ value: entity, label: t(`audit.entity.${entity}`) })),
        ]}
        allowDeselect={false}
        w={200}
        data-testid="audit-entity-filter"
      />
      <DayFilter label={t('audit.filter.from')} value={filter.from} onChange={(from) => onChange({ from })} testId="audit-from" />
      <DayFilter
        label={t('audit.filter.to')}
        value={filter.to}
        onChange={(to) => onChange({ to })}
        error={backwards ? t('audit.filter.rangeInvalid') : undefined}
        testId="audit-to"
      />
      {filter.entity && filter.entityId && (
        <Pill
          size="lg"
          mt={26}
          withRemoveButton
          onRemove={() => onChange({ entityId: null })}
          removeButtonProps={{ 'aria-label': t('audit.filter.removeRecord') }}
          data-testid="audit-record-filter"
        >
          {t('audit.filter.record', { entity: t(`audit.entity.${filter.entity}`), id: filter.entityId })}
        </Pill>
      )}
    </Group>
  );
}
