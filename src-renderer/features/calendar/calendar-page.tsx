import { Button, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { todayLocal } from '../../../src-shared/dates/business-date';
import { newInvoicePath } from '../../app/paths';
import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n/i18n-context';
import { useUrlFilter } from '../../lib/use-url-filter';
import { AgendaList } from './agenda-list';
import { calendarFilterParams, itemsFilter, parseCalendarFilter } from './calendar-filter';
import { CalendarFilters } from './calendar-filters';
import { CalendarGrid } from './calendar-grid';
import { stepDay, viewRange } from './calendar-range';
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
  const filtered = Object.keys(args).length > 0;
  const emptyText = t(filtered ? 'calendar.emptyFiltered' : 'calendar.empty');
  // Nothing here: look further ahead, drop the filters that hide everything, or enter what is owed.
  const emptyActions = (
    <>
      <Button
        variant="default"
        size="xs"
        onClick={() => setFilter({ day: stepDay(filter.view, day, 1) })}
        data-testid="calendar-empty-next"
      >
        {t(`calendar.emptyNext.${filter.view}`)}
      </Button>
      {filtered ? (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setFilter({ customerId: null, kinds: [], segment: null })}
          data-testid="calendar-empty-clear"
        >
          {t('calendar.clearFilters')}
        </Button>
      ) : (
        <Button component={Link} to={newInvoicePath()} variant="subtle" size="xs" data-testid="calendar-empty-invoice">
          {t('empty.addInvoice')}
        </Button>
      )}
    </>
  );
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
          <AgendaList args={{ ...args, ...viewRange('agenda', day) }} emptyText={emptyText} emptyActions={emptyActions} />
        ) : (
          <>
            <Text size="xs" c="dimmed" mt={-6}>
              {t('calendar.dragHint')}
            </Text>
            <CalendarGrid
              view={filter.view}
              day={day}
              today={today}
              filter={args}
              emptyText={emptyText}
              emptyActions={emptyActions}
            />
          </>
        )}
      </Stack>
    </>
  );
}
