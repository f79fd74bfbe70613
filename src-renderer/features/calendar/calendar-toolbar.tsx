import { ActionIcon, Button, Group, SegmentedControl, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useFormatters } from '../../i18n/formatters';
import { useI18n } from '../../i18n/i18n-context';
import { CALENDAR_VIEWS, stepDay, viewRange, type CalendarView } from './calendar-range';

interface ToolbarProps {
  view: CalendarView;
  day: string;
  onView: (view: CalendarView) => void;
  /** null: back to today. */
  onDay: (day: string | null) => void;
}

/** The view switch, previous / today / next, and what is shown ("Kasım 2026", or the week's first and last day). */
export function CalendarToolbar({ view, day, onView, onDay }: ToolbarProps) {
  const { t, locale } = useI18n();
  const format = useFormatters();
  const range = viewRange(view, day);
  const heading =
    view === 'week'
      ? t('calendar.weekRange', { from: format.date(range.from), to: format.date(range.to) })
      : new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="xs">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('calendar.previous')}
          onClick={() => onDay(stepDay(view, day, -1))}
          data-testid="calendar-previous"
        >
          <IconChevronLeft size={18} />
        </ActionIcon>
        <Button variant="default" onClick={() => onDay(null)} data-testid="calendar-today">
          {t('calendar.today')}
        </Button>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('calendar.next')}
          onClick={() => onDay(stepDay(view, day, 1))}
          data-testid="calendar-next"
        >
          <IconChevronRight size={18} />
        </ActionIcon>
        <Title order={3} ml="sm" fz={20} style={{ textTransform: 'capitalize' }} data-testid="calendar-heading">
          {heading}
        </Title>
      </Group>
      <SegmentedControl
        aria-label={t('calendar.view.label')}
        value={view}
        onChange={(value) => onView(value as CalendarView)}
        data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`calendar.view.${v}`) }))}
        data-testid="calendar-view"
      />
    </Group>
  );
}
