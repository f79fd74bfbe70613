import { Badge, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { REQUIRED_FIELDS, SHEET_FIELDS, type SheetKind } from '../../../src-shared/domain/import/fields';
import type { ColumnMapping } from '../../../src-shared/domain/import/schemas';
import type { InspectResult } from '../../../src-shared/domain/import/types';
import { useT } from '../../i18n/i18n-context';

interface MappingStepProps {
  kind: SheetKind;
  inspected: InspectResult;
  mapping: ColumnMapping;
  onMapping(mapping: ColumnMapping): void;
}

const NONE = '';

/** Each field of the kind, with the file column it is read from (prefilled by the remembered or guessed mapping). */
export function MappingStep({ kind, inspected, mapping, onMapping }: MappingStepProps) {
  const t = useT();
  const columns = [
    { value: NONE, label: t('import.mapping.none') },
    ...inspected.headers.map((header, index) => ({ value: String(index), label: header || `#${index + 1}` })),
  ];
  const choose = (field: string, value: string | null) => {
    const next = { ...mapping };
    if (value === null || value === NONE) delete next[field];
    else next[field] = Number(value);
    onMapping(next);
  };
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" data-testid="import-file-info">
        {t('import.fileInfo', {
          file: inspected.fileName,
          format: inspected.format.toUpperCase(),
          encoding: inspected.encoding ?? 'XLSX',
          delimiter: inspected.delimiter === '\t' ? 'Tab' : (inspected.delimiter ?? '—'),
        })}
        {' · '}
        {t(inspected.remembered ? 'import.mapping.remembered' : 'import.mapping.guessed')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm" data-testid="import-mapping">
        {SHEET_FIELDS[kind].map((field) => (
          <Select
            key={field}
            label={
              <Group gap={6} component="span">
                {t(`import.field.${field}`)}
                {REQUIRED_FIELDS[kind].includes(field) && (
                  <Badge size="xs" variant="light" component="span">
                    {t('import.mapping.required')}
                  </Badge>
                )}
              </Group>
            }
            data={columns}
            value={mapping[field] === undefined ? NONE : String(mapping[field])}
            onChange={(value) => choose(field, value)}
            allowDeselect={false}
            data-testid={`map-${field}`}
          />
        ))}
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={4} fz="sm">
          {t('import.preview.title')}
        </Title>
        <Table.ScrollContainer minWidth={600}>
          <Table striped withTableBorder fz="sm" data-testid="import-preview">
            <Table.Thead>
              <Table.Tr>
                {inspected.headers.map((header, index) => (
                  <Table.Th key={index}>{header}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inspected.sample.map((row, r) => (
                <Table.Tr key={r}>
                  {inspected.headers.map((_, c) => (
                    <Table.Td key={c}>{row[c] ?? ''}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Stack>
  );
}
