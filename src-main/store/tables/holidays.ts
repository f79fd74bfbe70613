export type HolidayKind = 'public' | 'half_day' | 'company';

export interface HolidaysTable {
  date: string;
  name: string;
  kind: HolidayKind;
}
