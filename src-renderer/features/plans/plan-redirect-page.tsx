import { IconCalendarTime } from '@tabler/icons-react';
import { Navigate } from 'react-router';
import { QueryState } from '../../components/query-state';
import { useT } from '../../i18n/i18n-context';
import { useRouteId } from '../../lib/use-route-id';
import { planTabPath } from './paths';
import { usePlanById } from './queries';
import { NotFoundState } from '../../components/not-found-state';

/** /plans/:id (the timeline's link): a plan lives on its customer's card. */
export function PlanRedirectPage() {
  const t = useT();
  const id = useRouteId();
  const query = usePlanById(id);
  return (
    <QueryState
      valid={id !== null}
      query={query}
      notFound={
        <NotFoundState
          icon={<IconCalendarTime />}
          title={t('plans.detailError')}
          body=""
          back={{ to: '/customers', label: t('nav.customers') }}
          testId="plan-not-found"
        />
      }
      errorTitle={t('plans.detailError')}
      skeletonTestId="plan-loading"
    >
      {(plan) => <Navigate to={planTabPath(plan.customerId, plan.id)} replace />}
    </QueryState>
  );
}
