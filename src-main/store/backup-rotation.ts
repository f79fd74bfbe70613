/**
 * Which automatic backups to keep ("grandfather-father-son"): the newest backup of each of the last
 * `daily` days that have one, of the last `weekly` Monday-weeks, and of the last `monthly` months (UTC, as
 * the file names are). A backup kept for any reason stays; a backup dated after `now` (a clock set back)
 * is never deleted.
 */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

export interface Dated {
  name: string;
  createdAt: Date;
}

const dayKey = (d: Date) => d.toISOString().slice(0, 10);
const monthKey = (d: Date) => d.toISOString().slice(0, 7);
const weekKey = (d: Date) => {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
  return dayKey(monday);
};

export function backupsToDelete(backups: readonly Dated[], policy: RotationPolicy, now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  for (const [bucket, count] of [
    [dayKey, policy.daily],
    [weekKey, policy.weekly],
    [monthKey, policy.monthly],
  ] as const) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = bucket(backup.createdAt);
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(backup.name);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name) && b.createdAt.getTime() <= now.getTime()).map((b) => b.name);
}
