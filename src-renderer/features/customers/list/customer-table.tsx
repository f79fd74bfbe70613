import { Button, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import type { CustomerListItem } from '../../../../src-shared/domain/customers/types';
import { useT } from '../../../i18n/i18n-context';
import { CustomerRow } from './customer-row';
import classes from './customer-table.module.css';

const ROW_HEIGHT = 56;
/** Start loading the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 40;

/** Where each list (per filter) was scrolled to, so coming back from a card lands at the same row. */
const savedOffsets = new Map<string, number>();

export interface CustomerTableHandle {
  focusFirstRow(): void;
}

interface CustomerTableProps {
  rows: CustomerListItem[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  onLoadMore: () => void;
  /** Identifies the filter: scroll position is kept per filter. */
  scrollKey: string;
  ref?: Ref<CustomerTableHandle>;
}

function Header() {
  const t = useT();
  return (
    <div className={classes.header} aria-hidden>
      <div className={classes.cell}>{t('customer.codeShort')}</div>
      <div className={classes.cell}>{t('customer.title')}</div>
      <div className={classes.cell}>{t('customer.kind')}</div>
      <div className={`${classes.cell} ${classes.colTaxId}`}>{t('customer.taxIdShort')}</div>
      <div className={`${classes.cell} ${classes.colCity}`}>{t('customer.city')}</div>
      <div className={`${classes.cell} ${classes.colPhone}`}>{t('customer.phone')}</div>
      <div className={`${classes.cell} ${classes.colEmail}`}>{t('customer.email')}</div>
    </div>
  );
}

/**
 * Only the rows on screen exist in the DOM, so 10,000 customers scroll like 10. Pages arrive by
 * keyset cursor as the end comes near.
 */
export function CustomerTable({ rows, hasMore, loadingMore, loadMoreFailed, onLoadMore, scrollKey, ref }: CustomerTableProps) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands out fresh functions on every render; the compiler skipping this component is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset: () => savedOffsets.get(scrollKey) ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && !loadMoreFailed && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, loadMoreFailed, lastIndex, rows.length, onLoadMore]);

  // A different filter starts where that filter was left (or at the top).
  const shownKey = useRef(scrollKey);
  useEffect(() => {
    if (shownKey.current === scrollKey) return;
    shownKey.current = scrollKey;
    virtualizer.scrollToOffset(savedOffsets.get(scrollKey) ?? 0);
  }, [scrollKey, virtualizer]);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only exist after the virtualizer has rendered it.
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus());
  };

  useImperativeHandle(ref, () => ({ focusFirstRow: () => focusRow(0) }));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = Number((event.target as HTMLElement).dataset.index);
    if (Number.isNaN(current)) return;
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    focusRow(current + step);
  };

  const listHeight = virtualizer.getTotalSize();
  return (
    <div className={classes.table}>
      <Header />
      <div
        ref={scroller}
        className={classes.scroller}
        onScroll={(event) => savedOffsets.set(scrollKey, event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        role="list"
        aria-label={t('customers.title')}
        data-testid="customer-list"
      >
        <div style={{ height: listHeight + (hasMore ? ROW_HEIGHT : 0), position: 'relative' }}>
          {items.map((item) => {
            const customer = rows[item.index];
            if (!customer) return null;
            return (
              <div role="listitem" key={customer.id}>
                <CustomerRow
                  customer={customer}
                  index={item.index}
                  style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                />
              </div>
            );
          })}
          {hasMore && (
            <div className={classes.footer} style={{ top: listHeight, height: ROW_HEIGHT }}>
              {loadMoreFailed ? (
                <>
                  <Text size="sm" c="red">
                    {t('customers.loadMoreError')}
                  </Text>
                  <Button size="xs" variant="default" onClick={onLoadMore}>
                    {t('common.retry')}
                  </Button>
                </>
              ) : (
                <Loader size="sm" type="dots" aria-label={t('common.loading')} />
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
