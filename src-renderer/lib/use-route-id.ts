import { useParams } from 'react-router';

/** The :id of the route as a positive integer, or null when the address names no record. */
export function useRouteId(): number | null {
  const { id } = useParams();
  const parsed = Number(id);
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : null;
}

/** A positive integer id from a search parameter (?customer=12), or null. */
export function idParam(params: URLSearchParams, name: string): number | null {
  const parsed = Number(params.get(name));
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : null;
}
