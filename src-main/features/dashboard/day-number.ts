const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 for a business date. The forecast weighs every open invoice against every period,
 * so it works in day numbers, converting each distinct date string once.
 */
export function dayNumberCache(): (date: string) => number {
  const cache = new Map<string, number>();
  return (date) => {
    let n = cache.get(date);
    if (n === undefined) {
      n = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
      cache.set(date, n);
    }
    return n;
  };
}
