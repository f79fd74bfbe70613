import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { virtualTableClasses as base } from '../../../components/virtual-table/virtual-table';
import { useT } from '../../../i18n/i18n-context';
import type { CustomerSort } from '../query-keys';
import classes from './customer-table.module.css';

/** Sorts that run high to low (the largest amounts first); the others run low to high. */
const DESCENDING: readonly CustomerSort[] = ['balance', 'overdue', 'recent'];

interface SortHeaderProps {
  sort: CustomerSort;
  current: CustomerSort;
  onSort: (sort: CustomerSort) => void;
  label: string;
  className?: string;
  numeric?: boolean;
  title?: string;
}

/** A column header that sorts the list by its column (each column has its one natural direction). */
export function SortHeader({ sort, current, onSort, label, className, numeric, title }: SortHeaderProps) {
  const t = useT();
  const active = sort === current;
  const Arrow = DESCENDING.includes(sort) ? IconArrowDown : IconArrowUp;
  return (
    <div
      className={`${base.cell} ${numeric ? base.numeric : ''} ${className ?? ''}`}
      aria-sort={active ? (DESCENDING.includes(sort) ? 'descending' : 'ascending') : 'none'}
      role="columnheader"
    >
      <UnstyledButton
        className={`${classes.sortButton} ${active ? classes.sortActive : ''}`}
        onClick={() => onSort(sort)}
        title={title ?? t('customers.sort.byHeader', { column: label })}
        data-testid={`sort-${sort}`}
      >
        {label}
        {active && <Arrow size={12} stroke={2.5} />}
      </UnstyledButton>
    </div>
  );
}
