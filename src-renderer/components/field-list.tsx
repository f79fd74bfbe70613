import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';

export interface Field {
  label: string;
  /** Empty text, false, null or undefined shows a dash, so a missing value never looks like a layout bug. */
  value: ReactNode;
  testId?: string;
}

const isEmpty = (value: ReactNode): boolean => value === '' || value === null || value === undefined || value === false;

/** Read-only label/value pairs. */
export function FieldList({ fields, labelWidth = 150 }: { fields: Field[]; labelWidth?: number }) {
  const t = useT();
  return (
    <DataList gap="sm" labelWidth={labelWidth}>
      {fields.map(({ label, value, testId }) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
          </DataList.ItemLabel>
          <DataList.ItemValue data-testid={testId}>
            {isEmpty(value) ? (
              <Text size="sm" c="dimmed">
                {t('common.none')}
              </Text>
            ) : (
              value
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
