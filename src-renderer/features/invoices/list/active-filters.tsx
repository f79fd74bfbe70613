import { Group, Pill } from '@mantine/core';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useCustomer } from '../../customers/queries';
import type { InvoiceListFilter } from '../query-keys';

interface ActiveFiltersProps {
  filter: InvoiceListFilter;
  onChange: (patch: Partial<InvoiceListFilter>) => void;
}

function CustomerPill({ id, onRemove }: { id: number; onRemove: () => void }) {
  const t = useT();
  const customer = useCustomer(id);
  const name = customer.data ? `${customer.data.code} · ${customer.data.title}` : customer.isError ? `#${id}` : '…';
  return (
    <Pill
      withRemoveButton
      onRemove={onRemove}
      removeButtonProps={{ 'aria-label': t('invoices.filter.removeCustomer') }}
      data-testid="customer-filter"
    >
      {t('invoices.filter.customer', { name })}
    </Pill>
  );
}

/** The filters that are not visible in the toolbar's own controls, each removable on its own. */
export function ActiveFilters({ filter, onChange }: ActiveFiltersProps) {
  const t = useT();
  const format = useFormatters();
  const range = (from: string, to: string) =>
    from && to ? `${format.date(from)} – ${format.date(to)}` : from ? `≥ ${format.date(from)}` : `≤ ${format.date(to)}`;
  const issued = filter.issuedFrom || filter.issuedTo;
  const due = filter.dueFrom || filter.dueTo;
  if (!filter.customerId && !issued && !due && !filter.openOn) return null;
  return (
    <Group gap="xs" mb="sm" data-testid="active-filters">
      {filter.customerId && <CustomerPill id={filter.customerId} onRemove={() => onChange({ customerId: null })} />}
      {issued && (
        <Pill withRemoveButton onRemove={() => onChange({ issuedFrom: '', issuedTo: '' })}>
          {t('invoices.filter.issuedRange', { range: range(filter.issuedFrom, filter.issuedTo) })}
        </Pill>
      )}
      {filter.openOn && (
        <Pill withRemoveButton onRemove={() => onChange({ openOn: '' })} data-testid="open-on-filter">
          {t('invoices.filter.openOn', { date: format.date(filter.openOn) })}
        </Pill>
      )}
      {due && (
        <Pill withRemoveButton onRemove={() => onChange({ dueFrom: '', dueTo: '' })}>
          {t('invoices.filter.dueRange', { range: range(filter.dueFrom, filter.dueTo) })}
        </Pill>
      )}
    </Group>
  );
}
