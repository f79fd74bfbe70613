import { Button, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, type CSSProperties, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useT } from '../../i18n/i18n-context';
import classes from './virtual-table.module.css';

export { classes as virtualTableClasses };

/** Start loading the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 40;

/** Where each list (per table and filter) was scrolled to, so coming back from a record lands at the same row. */
const savedOffsets = new Map<string, number>();

export interface VirtualTableHandle {
  focusFirstRow(): void;
}

/** Spread onto the row's root element (usually a Link): places it and makes arrow-key moves find it. */
export interface VirtualRowProps {
  className: string;
  style: CSSProperties;
  'data-index': number;
}

interface VirtualTableProps<Row> {
  rows: Row[];
  rowKey: (row: Row) => string | number;
  renderRow: (row: Row, rowProps: VirtualRowProps) => ReactNode;
  /** The header cells; the header row itself is drawn here. */
  header: ReactNode;
  /** The header holds controls (sort buttons): keep it in the accessibility tree. */
  interactiveHeader?: boolean;
  /** Cells of a row that stays under the list (totals), if any. */
  footer?: ReactNode;
  rowHeight: number;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  onLoadMore: () => void;
  /** Identifies the filter: scroll position is kept per table and filter. */
  scrollKey: string;
  /** Sets the columns (--cols) for this table. */
  className: string | undefined;
  label: string;
  loadMoreError: string;
  testId: string;
  ref?: Ref<VirtualTableHandle>;
}

/**
 * Only the rows on screen exist in the DOM, so a million rows scroll like ten. Pages arrive by keyset
 * cursor as the end comes near; arrow keys and Page Up/Down move between rows.
 */
export function VirtualTable<Row>({
  rows,
  rowKey,
  renderRow,
  header,
  interactiveHeader = false,
  footer,
  rowHeight,
  hasMore,
  loadingMore,
  loadMoreFailed,
  onLoadMore,
  scrollKey,
  className,
  label,
  loadMoreError,
  testId,
  ref,
}: VirtualTableProps<Row>) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const offsetKey = `${testId}:${scrollKey}`;
  // TanStack Virtual hands out fresh functions on every render; the compiler skipping this component is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    initialOffset: () => savedOffsets.get(offsetKey) ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && !loadMoreFailed && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, loadMoreFailed, lastIndex, rows.length, onLoadMore]);

  // A different filter starts where that filter was left (or at the top).
  const shownKey = useRef(offsetKey);
  useEffect(() => {
    if (shownKey.current === offsetKey) return;
    shownKey.current = offsetKey;
    virtualizer.scrollToOffset(savedOffsets.get(offsetKey) ?? 0);
  }, [offsetKey, virtualizer]);

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
    <div className={`${classes.table} ${className}`}>
      <div className={classes.header} aria-hidden={!interactiveHeader}>
        {header}
      </div>
      <div
        ref={scroller}
        className={classes.scroller}
        onScroll={(event) => savedOffsets.set(offsetKey, event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        role="list"
        aria-label={label}
        data-testid={testId}
      >
        <div style={{ height: listHeight + (hasMore ? rowHeight : 0), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <div role="listitem" key={rowKey(row)}>
                {renderRow(row, {
                  className: classes.row ?? '',
                  style: { height: rowHeight, transform: `translateY(${item.start}px)` },
                  'data-index': item.index,
                })}
              </div>
            );
          })}
          {hasMore && (
            <div className={classes.footer} style={{ top: listHeight, height: rowHeight }}>
              {loadMoreFailed ? (
                <>
                  <Text size="sm" c="red">
                    {loadMoreError}
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
      {footer && (
        <div className={classes.footerRow} data-testid={`${testId}-footer`}>
          {footer}
        </div>
      )}
    </div>
  );
}
