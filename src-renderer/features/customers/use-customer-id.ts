import { useParams } from 'react-router';

/** The :id of the route as a positive integer, or null when the address is not a customer's. */
export function useCustomerId(): number | null {
  const { id } = useParams();
  const parsed = Number(id);
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : null;
}
