import { useRouteId } from '../../lib/use-route-id';

/** The :id of the route as a positive integer, or null when the address is not a customer's. */
export const useCustomerId = (): number | null => useRouteId();
