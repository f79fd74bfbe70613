import { Group, Loader, Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { useCustomer, useCustomerOptions } from './queries';

const SEARCH_DEBOUNCE_MS = 200;

interface CustomerOption {
  value: number;
  label: string;
  code: string;
  title: string;
}

const optionOf = (customer: { id: number; code: string; title: string }): CustomerOption => ({
  value: customer.id,
  label: `${customer.code} · ${customer.title}`,
  code: customer.code,
  title: customer.title,
});

export interface CustomerPickerProps extends Omit<SelectProps<number>, 'data' | 'value' | 'onChange' | 'searchable'> {
  value?: number | null;
  onChange: (id: number | null) => void;
}

/**
 * A searchable customer field backed by `customers/list`: typing searches every customer (code, title,
 * tax id, …) on the backend after a short pause, so it works the same with ten customers or a million.
 */
export function CustomerPicker({ value = null, onChange, ...rest }: CustomerPickerProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const selected = useCustomer(value);
  const selectedOption = selected.data ? optionOf(selected.data) : null;
  // Once a customer is picked the box shows its label; that text is not a search.
  const [debounced] = useDebouncedValue(search === selectedOption?.label ? '' : search, SEARCH_DEBOUNCE_MS);
  const options = useCustomerOptions(debounced);

  const found = (options.data?.items ?? []).map(optionOf);
  const data = selectedOption && !found.some((o) => o.value === selectedOption.value) ? [selectedOption, ...found] : found;
  const byValue = new Map(data.map((option) => [option.value, option]));

  return (
    <Select<number>
      {...rest}
      searchable
      value={value}
      onChange={(id) => onChange(id)}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      // The backend has already searched: show what it found as it is.
      filter={({ options: all }) => all}
      nothingFoundMessage={options.isFetching ? t('common.loading') : t('customerPicker.nothingFound')}
      leftSection={<IconUser size={16} />}
      rightSection={options.isFetching || selected.isLoading ? <Loader size={14} /> : undefined}
      renderOption={({ option }) => {
        const customer = byValue.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" ff="monospace" c="dimmed">
              {customer?.code}
            </Text>
            <Text size="sm">{customer?.title}</Text>
          </Group>
        );
      }}
      placeholder={rest.placeholder ?? t('customerPicker.placeholder')}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
