import {
  ActionIcon,
  Box,
  Group,
  Loader,
  Menu,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state';
import { useT } from '../../../i18n/i18n-context';
import { downloadCsv, downloadPng } from './chart-export';

export interface ChartData {
  header: string[];
  rows: (string | number)[][];
}

interface ChartCardProps {
  title: string;
  subtitle?: ReactNode;
  /** Extra controls beside the chart/table switch (e.g. weeks or months). */
  controls?: ReactNode;
  /** The file name without extension for the exports. */
  exportName: string;
  /** What the table view shows and the CSV holds; null while loading. */
  data: ChartData | null;
  loading: boolean;
  /** Set while the backend is still making the figures (they come later, on their own): what to say meanwhile. */
  preparing?: string | undefined;
  error: unknown;
  onRetry: () => void;
  empty: boolean;
  emptyText: string;
  height?: number;
  testId: string;
  children: ReactNode;
}

/**
 * A chart with what every chart here offers: a table view for people who prefer numbers, CSV and PNG export
 * of what it shows, and its loading, empty and error states.
 */
export function ChartCard(props: ChartCardProps) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const chartRef = useRef<HTMLDivElement>(null);
  const height = props.height ?? 260;
  const ready = !props.loading && !props.preparing && !props.error && !props.empty && props.data;

  let body: ReactNode;
  if (props.error) body = <ErrorState title={t('dashboard.loadError')} error={props.error} onRetry={props.onRetry} />;
  else if (props.loading) body = <Skeleton height={height} />;
  else if (props.preparing)
    body = (
      <Stack h={height} align="center" justify="center" gap="xs" role="status" data-testid="chart-preparing">
        <Loader size="sm" type="dots" />
        <Text c="dimmed" size="sm" ta="center" maw={360}>
          {props.preparing}
        </Text>
      </Stack>
    );
  else if (props.empty || !props.data)
    body = (
      <Text c="dimmed" ta="center" py={height / 3} size="sm">
        {props.emptyText}
      </Text>
    );
  else if (view === 'table') body = <ChartTable data={props.data} />;
  else
    body = (
      <Box ref={chartRef} h={height}>
        {props.children}
      </Box>
    );

  return (
    <Paper p="lg" component="section" aria-label={props.title} data-testid={props.testId}>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <div>
          <Title order={3} fz="md" fw={600}>
            {props.title}
          </Title>
          {props.subtitle && (
            <Text size="xs" c="dimmed">
              {props.subtitle}
            </Text>
          )}
        </div>
        <Group gap="xs">
          {props.controls}
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            data={[
              { value: 'chart', label: t('dashboard.view.chart') },
              { value: 'table', label: t('dashboard.view.table') },
            ]}
          />
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('dashboard.export')} disabled={!ready}>
                <IconDownload size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => props.data && downloadCsv(`${props.exportName}.csv`, props.data.header, props.data.rows)}>
                {t('dashboard.export.csv')}
              </Menu.Item>
              <Menu.Item
                disabled={view !== 'chart'}
                onClick={() => chartRef.current && void downloadPng(chartRef.current, `${props.exportName}.png`)}
              >
                {t('dashboard.export.png')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {body}
    </Paper>
  );
}

/** The same figures as a table: first column the label, the others right-aligned amounts. */
function ChartTable({ data }: { data: ChartData }) {
  return (
    <Table.ScrollContainer minWidth={480} mah={320}>
      <Table striped verticalSpacing={4} fz="sm" data-testid="chart-table" style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Table.Thead>
          <Table.Tr>
            {data.header.map((h, j) => (
              <Table.Th key={h} ta={j === 0 ? 'left' : 'right'}>
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((row, i) => (
            <Table.Tr key={i}>
              {row.map((cell, j) => (
                <Table.Td key={j} ta={j === 0 ? 'left' : 'right'}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
