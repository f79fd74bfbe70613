import { Paper, Stack, Text } from '@mantine/core';
import { todayLocal } from '../../../src-shared/dates/business-date';
import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n/i18n-context';
import { useUrlFilter } from '../../lib/use-url-filter';
import { AgendaList } from './agenda-list';
import { calendarFilterParams, itemsFilter, parseCalendarFilter } from './calendar-filter';
import { CalendarFilters } from './calendar-filters';
import { CalendarGrid } from './calendar-grid';
import { viewRange } from './calendar-range';
import { CalendarToolbar } from './calendar-toolbar';

/**
 * /calendar: what is expected to come in — open invoices' due dates, plan instalments, cheque and note
 * maturities, promises to pay — by month, week or as a list, with the view, the day and the filters in the URL.
 */
export function CalendarPage() {
  const t = useT();
  const [filter, setFilter] = useUrlFilter(parseCalendarFilter, calendarFilterParams);
  const today = todayLocal();
  const day = filter.day ?? today;
  const args = itemsFilter(filter);
  const emptyText = t(Object.keys(args).length > 0 ? 'calendar.emptyFiltered' : 'calendar.empty');
  return (
    <>
      <PageHeader title={t('calendar.title')} meta={<Text c="dimmed">{t('calendar.subtitle')}</Text>} />
      <Stack gap="md">
        <Paper withBorder p="md">
          <Stack gap="md">
            <CalendarToolbar
              view={filter.view}
              day={day}
              onView={(view) => setFilter({ view })}
              onDay={(next) => setFilter({ day: next })}
            />
            <CalendarFilters filter={filter} onChange={setFilter} />
          </Stack>
        </Paper>
        {filter.view === 'agenda' ? (
          <AgendaList args={{ ...args, ...viewRange('agenda', day) }} emptyText={emptyText} />
        ) : (
          <>
            <Text size="xs" c="dimmed" mt={-6}>
              {t('calendar.dragHint')}
            </Text>
            <CalendarGrid view={filter.view} day={day} today={today} filter={args} emptyText={emptyText} />
          </>
        )}
      </Stack>
    </>
  );
}
