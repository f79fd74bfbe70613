import { useHotkeys } from '@mantine/hooks';
import { useNavigate } from 'react-router';

/** Navigation state that asks the customer list to focus its search box (see use-search-focus.ts). */
export interface FocusSearchState {
  focusSearch: number;
}

/**
 * App-wide shortcuts: Ctrl/Cmd+K (also inside inputs) and "/" (outside them) jump to the customer
 * search; Ctrl/Cmd+N opens a new customer card.
 */
export function useGlobalHotkeys(): void {
  const navigate = useNavigate();
  const focusSearch = () => navigate('/customers', { state: { focusSearch: Date.now() } satisfies FocusSearchState });
  const newCustomer = () => navigate('/customers/new');

  useHotkeys(
    [
      ['mod+K', focusSearch],
      ['mod+N', newCustomer],
    ],
    [],
  );
  useHotkeys([['/', focusSearch]]);
}
