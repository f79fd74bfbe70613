import { Link } from 'react-router';
import type { CustomerListItem } from '../../../../src-shared/domain/customers/types';
import { TagList } from '../../../components/tag-list';
import { virtualTableClasses as base, type VirtualRowProps } from '../../../components/virtual-table/virtual-table';
import { useT } from '../../../i18n/i18n-context';
import { ArchivedBadge, KindBadge, RiskBadge } from '../customer-badges';
import { CustomerFigureCells } from './customer-figure-cells';
import classes from './customer-table.module.css';

interface CustomerRowProps {
  customer: CustomerListItem;
  rowProps: VirtualRowProps;
}

function Cell({ value, className }: { value: string; className?: string }) {
  const t = useT();
  return (
    <div className={`${base.cell} ${className ?? ''} ${value ? '' : base.dim}`} title={value || undefined}>
      {value || t('common.none')}
    </div>
  );
}

/** One customer in the list: a link to its card, so click, Enter and middle-click all work. */
export function CustomerRow({ customer, rowProps }: CustomerRowProps) {
  return (
    <Link
      to={`/customers/${customer.id}`}
      {...rowProps}
      className={`${rowProps.className} ${customer.archived ? classes.archived : ''}`}
      data-testid="customer-row"
      data-customer-id={customer.id}
    >
      <div className={`${base.cell} ${base.mono} ${classes.colCode}`}>{customer.code}</div>
      <div className={base.cell}>
        <div className={classes.titleLine}>
          <span className={classes.title} title={customer.title}>
            {customer.title}
          </span>
          {customer.archived && <ArchivedBadge size="xs" />}
        </div>
        {customer.tags.length > 0 && (
          <div className={classes.tags}>
            <TagList tags={customer.tags} size="xs" max={3} />
          </div>
        )}
      </div>
      <div className={`${base.cell} ${classes.colKind}`}>
        <KindBadge kind={customer.kind} size="xs" />
      </div>
      <div className={`${base.cell} ${classes.colRisk}`}>
        <RiskBadge segment={customer.riskSegment} />
      </div>
      <CustomerFigureCells figures={customer.figures} />
      <Cell value={customer.taxId} className={classes.colTaxId} />
      <Cell value={customer.city} className={classes.colCity} />
      <Cell value={customer.phone} className={classes.colPhone} />
      <Cell value={customer.email} className={classes.colEmail} />
    </Link>
  );
}
