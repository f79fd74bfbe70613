import { Alert, Button, Divider, Group, Modal, Radio, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BankLine } from '../../../src-shared/domain/bank/types';
import { describeError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { CustomerPicker } from '../customers/customer-picker';
import { AllocationEditor } from './allocation-editor';
import { ConfidenceBadge, ReasonList } from './match-reasons';
import { useAcceptLines, useDismissLines, useProposal } from './queries';
import { SplitEditor, type SplitPart } from './split-editor';

function LineFacts({ line }: { line: BankLine }) {
  const t = useT();
  const format = useFormatters();
  const row = (label: string, value: string) =>
    value ? (
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed" w={110} style={{ flex: 'none' }}>
          {label}
        </Text>
        <Text size="sm" style={{ wordBreak: 'break-word' }}>
          {value}
        </Text>
      </Group>
    ) : null;
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text fw={700} size="lg">
          {format.money(line.amount, line.currency)}
        </Text>
        <Text c="dimmed">{format.date(line.bookingDate)}</Text>
      </Group>
      {row(t('bank.col.sender'), line.counterpartyName)}
      {row('IBAN', line.counterpartyIban)}
      {row(t('bank.review.description'), line.description)}
      {row(t('bank.review.reference'), line.reference)}
    </Stack>
  );
}

/**
 * One line's review: the candidates with their confidence and reasons, any other customer by search, the
 * allocation it will make (amounts editable) or a split between customers; accept records it, dismiss leaves
 * it out, close leaves it for later.
 */
export function LineReviewModal({ line, onClose }: { line: BankLine; onClose: () => void }) {
  const t = useT();
  const open = line.status === 'open';
  const [customerId, setCustomerId] = useState<number | null>(line.customerId);
  // Amounts typed over the proposal, for the customer they were typed for.
  const [edits, setEdits] = useState<{ customerId: number | null; values: Record<number, number | null> }>({
    customerId: null,
    values: {},
  });
  const [splitting, setSplitting] = useState(false);
  const [parts, setParts] = useState<SplitPart[]>([
    { customerId: line.customerId, amount: line.amount },
    { customerId: null, amount: null },
  ]);
  const proposal = useProposal(line.id, splitting ? null : customerId);
  const accept = useAcceptLines();
  const dismiss = useDismissLines();

  const amounts: Record<number, number | null> = {
    ...Object.fromEntries((proposal.data ?? []).map((r) => [r.invoiceId, r.amount])),
    ...(edits.customerId === customerId ? edits.values : {}),
  };

  const candidateIds = new Set(line.candidates.map((c) => String(c.customerId)));
  const allocated = Object.values(amounts).reduce<number>((a, v) => a + (v ?? 0), 0);
  const openOf = new Map((proposal.data ?? []).map((r) => [r.invoiceId, r.openAmount]));
  const allocationValid =
    allocated <= line.amount &&
    Object.entries(amounts).every(([id, v]) => v === null || (v >= 0 && v <= (openOf.get(Number(id)) ?? 0)));
  const splitValid =
    parts.every((p) => p.customerId !== null && (p.amount ?? 0) > 0) &&
    parts.reduce((a, p) => a + (p.amount ?? 0), 0) === line.amount;

  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    onClose();
  };
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) });

  const onAccept = () => {
    const item = splitting
      ? { lineId: line.id, parts: parts.map((p) => ({ customerId: p.customerId!, amount: p.amount! })) }
      : {
          lineId: line.id,
          parts: [
            {
              customerId: customerId!,
              amount: line.amount,
              allocate: (() => {
                const chosen = Object.entries(amounts)
                  .filter(([, v]) => (v ?? 0) > 0)
                  .map(([id, v]) => ({ invoiceId: Number(id), amount: v! }));
                return chosen.length > 0 ? chosen : ('none' as const);
              })(),
            },
          ],
        };
    accept.mutate({ items: [item] }, { onSuccess: () => done(t('bank.review.accepted')), onError: failed });
  };

  return (
    <Modal opened onClose={onClose} title={t('bank.review.title')} size="xl" data-testid="bank-review">
      <Stack gap="md">
        <LineFacts line={line} />
        <Divider />
        {!open && (
          <Alert color="gray" data-testid="bank-review-closed">
            {t(`bank.review.status.${line.status}`)}
          </Alert>
        )}
        {open && line.candidates.length > 0 && !splitting && (
          <Radio.Group
            label={t('bank.review.candidates')}
            value={customerId !== null && candidateIds.has(String(customerId)) ? String(customerId) : null}
            onChange={(v) => setCustomerId(Number(v))}
          >
            <Stack gap="xs" mt="xs">
              {line.candidates.map((c) => (
                <Radio
                  key={c.customerId}
                  value={String(c.customerId)}
                  data-testid="bank-candidate"
                  label={
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {c.customerCode} · {c.customerTitle}
                      </Text>
                      <ConfidenceBadge confidence={c.confidence} matched />
                    </Group>
                  }
                  description={<ReasonList reasons={c.reasons} />}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {open && line.candidates.length === 0 && !splitting && (
          <Text size="sm" c="dimmed">
            {t('bank.noCandidate')}
          </Text>
        )}
        {open && (
          <Switch
            checked={splitting}
            onChange={(e) => setSplitting(e.currentTarget.checked)}
            label={t('bank.review.split')}
            data-testid="bank-split-toggle"
          />
        )}
        {open && !splitting && (
          <>
            <CustomerPicker
              label={t('bank.review.customer')}
              value={customerId}
              onChange={setCustomerId}
              placeholder={t('bank.review.pickCustomer')}
              data-testid="bank-review-customer"
            />
            {customerId !== null &&
              (proposal.data ? (
                <AllocationEditor
                  rows={proposal.data}
                  amounts={amounts}
                  onChange={(id, v) =>
                    setEdits((e) => ({ customerId, values: { ...(e.customerId === customerId ? e.values : {}), [id]: v } }))
                  }
                  total={line.amount}
                  currency={line.currency}
                />
              ) : (
                <Skeleton height={60} />
              ))}
          </>
        )}
        {open && splitting && <SplitEditor parts={parts} onChange={setParts} total={line.amount} currency={line.currency} />}
        <Group justify="space-between" mt="sm">
          {open ? (
            <Button
              variant="subtle"
              color="red"
              loading={dismiss.isPending}
              onClick={() =>
                dismiss.mutate({ lineIds: [line.id] }, { onSuccess: () => done(t('bank.review.dismissed')), onError: failed })
              }
              data-testid="bank-dismiss"
            >
              {t('bank.review.dismiss')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {open ? t('bank.review.later') : t('bank.review.close')}
            </Button>
            {open && (
              <Button
                onClick={onAccept}
                loading={accept.isPending}
                disabled={splitting ? !splitValid : customerId === null || !allocationValid || proposal.data === undefined}
                data-testid="bank-accept"
              >
                {t('bank.review.accept')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
