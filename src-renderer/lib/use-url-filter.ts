import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** The option `value` names, or undefined (for reading enums from an address). */
export const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  options.find((option) => option === value);

/**
 * A list's filter kept in the URL, so coming back from a record shows the same list and a filtered list
 * can be linked to. Updates replace the history entry: typing a search should not fill the back button.
 */
export function useUrlFilter<F>(
  parse: (params: URLSearchParams) => F,
  toParams: (filter: F) => URLSearchParams,
): [F, (patch: Partial<F>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parse(params), [params, parse]);
  // Two quick updates (one field, then the next) must build on each other, even before the URL has
  // caught up with the first: each starts from the last one written.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (patch: Partial<F>) => {
      const next = toParams({ ...parse(latest.current), ...patch });
      latest.current = next;
      setParams(next, { replace: true });
    },
    [setParams, parse, toParams],
  );
  return [filter, update];
}
