import { Stack, ThemeIcon, Timeline } from '@mantine/core';
import { LoadMore } from '../../../components/load-more';
import { QueryBody } from '../../../components/query-body';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { usePromises, useTimeline } from '../queries';
import { describeEntry } from './describe-entry';
import { TimelineItemBody } from './timeline-item-body';
import { ExportFileMenu } from '../../exports/export-file-menu';

/** Everything that happened on the customer's account, newest first, a page at a time. */
export function TimelineSection({ customerId }: { customerId: number }) {
  const t = useT();
  const format = useFormatters();
  const query = useTimeline(customerId);
  // Kept or broken is known from the promises list; the timeline only says a promise was made.
  const promises = new Map((usePromises(customerId).data ?? []).map((promise) => [promise.id, promise]));
  return (
    <SectionCard
      title={t('card.tab.timeline')}
      actions={<ExportFileMenu method="exports/timeline" customerId={customerId} testId="export-timeline" />}
      testId="section-timeline"
    >
      <QueryBody
        query={query}
        errorTitle={t('timeline.loadError')}
        emptyText={t('timeline.empty')}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        testId="timeline"
        rows={4}
      >
        {(data) => (
          <Stack gap="lg">
            <Timeline bulletSize={30} lineWidth={2} data-testid="timeline">
              {data.pages
                .flatMap((page) => page.items)
                .map((entry) => {
                  const view = describeEntry(entry, t, format);
                  return (
                    <Timeline.Item
                      key={`${entry.kind}-${entry.refId}`}
                      bullet={
                        <ThemeIcon size={30} radius="xl" variant="light" color={view.color}>
                          <view.icon size={16} />
                        </ThemeIcon>
                      }
                      data-testid="timeline-entry"
                      data-kind={entry.kind}
                    >
                      <TimelineItemBody
                        entry={entry}
                        view={view}
                        promise={entry.kind === 'promise' ? promises.get(entry.refId) : undefined}
                      />
                    </Timeline.Item>
                  );
                })}
            </Timeline>
            <LoadMore query={query} testId="timeline-load-more" endText={t('timeline.end')} />
          </Stack>
        )}
      </QueryBody>
    </SectionCard>
  );
}
