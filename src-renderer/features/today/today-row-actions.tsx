import { ActionIcon, Button, CopyButton, Group, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBrandWhatsapp,
  IconCheck,
  IconCopy,
  IconId,
  IconMessage,
  IconPhoneCall,
  IconPlayerSkipForward,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TodayItem } from '../../../src-shared/domain/today/types';
import { DialogButton } from '../../components/dialog-button';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';
import { CallOutcomeForm } from './call-outcome-form';
import { smsLink, whatsappLink } from './message-links';
import { useCompleteToday, useSkipToday } from './queries';

const rowRef = (item: TodayItem) => ({ customerId: item.customerId, ...(item.taskId !== null ? { taskId: item.taskId } : {}) });

function useNotifyError() {
  const t = useT();
  return (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) });
}

/** The prepared WhatsApp/SMS: open it in the app (or copy it), then mark it sent. */
function MessageActions({ item }: { item: TodayItem }) {
  const t = useT();
  const complete = useCompleteToday();
  const onError = useNotifyError();
  const link = item.channel === 'whatsapp' ? whatsappLink(item.phone, item.messageText) : smsLink(item.phone, item.messageText);
  const markSent = () =>
    complete.mutate(
      { ...rowRef(item), action: item.channel },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('today.done') }), onError },
    );
  return (
    <>
      <Tooltip label={link ? undefined : t('today.noPhone')} disabled={Boolean(link)}>
        <Button
          component="a"
          href={link ?? undefined}
          target="_blank"
          rel="noreferrer"
          size="compact-sm"
          variant="light"
          color={item.channel === 'whatsapp' ? 'green' : 'blue'}
          leftSection={item.channel === 'whatsapp' ? <IconBrandWhatsapp size={16} /> : <IconMessage size={16} />}
          data-disabled={!link || undefined}
          onClick={(e) => !link && e.preventDefault()}
          data-testid="today-open-message"
        >
          {t(item.channel === 'whatsapp' ? 'today.openWhatsapp' : 'today.openSms')}
        </Button>
      </Tooltip>
      <CopyButton value={item.messageText}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('today.copied') : t('today.copyMessage')}>
            <ActionIcon variant="subtle" onClick={copy} aria-label={t('today.copyMessage')} data-testid="today-copy">
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
      <Button size="compact-sm" variant="default" onClick={markSent} loading={complete.isPending} data-testid="today-mark-sent">
        {t('today.markSent')}
      </Button>
    </>
  );
}

function DoneButton({ item }: { item: TodayItem }) {
  const t = useT();
  const complete = useCompleteToday();
  const onError = useNotifyError();
  return (
    <Button
      size="compact-sm"
      variant="light"
      leftSection={<IconCheck size={16} />}
      loading={complete.isPending}
      onClick={() => complete.mutate({ ...rowRef(item), action: item.channel }, { onError })}
      data-testid="today-done"
    >
      {t('today.markDone')}
    </Button>
  );
}

/** One click per thing a collector does; finishing any of them takes the row off today. */
export function TodayRowActions({ item }: { item: TodayItem }) {
  const t = useT();
  const skip = useSkipToday();
  const onError = useNotifyError();
  return (
    <Group gap={6} justify="flex-end" wrap="nowrap">
      {item.channel === 'call' && (
        <DialogButton
          label={t('today.logCall')}
          icon={<IconPhoneCall size={16} />}
          testId="today-log-call"
          variant="light"
          size="compact-sm"
        >
          {(close) => <CallOutcomeForm item={item} onClose={close} />}
        </DialogButton>
      )}
      {(item.channel === 'whatsapp' || item.channel === 'sms') && <MessageActions item={item} />}
      {(item.channel === 'letter' || item.channel === 'visit') && <DoneButton item={item} />}
      <Tooltip label={t('today.skip')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          loading={skip.isPending}
          onClick={() => skip.mutate(rowRef(item), { onError })}
          aria-label={t('today.skip')}
          data-testid="today-skip"
        >
          <IconPlayerSkipForward size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('today.openCard')}>
        <ActionIcon
          component={Link}
          to={`/customers/${item.customerId}`}
          variant="subtle"
          aria-label={t('today.openCard')}
          data-testid="today-open-card"
        >
          <IconId size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
