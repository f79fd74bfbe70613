import { mutation, query } from '../../contract/method';
import { holidayAddInput, holidayListInput, holidayRemoveInput, type Holiday } from './schemas';

export const holidaysContract = {
  'holidays/list': query<Holiday[]>()(holidayListInput, 'Public holidays, half days and company closures, by date'),
  'holidays/add': mutation<Holiday>()(holidayAddInput, 'Add a holiday or company closure (a day with no business)'),
  'holidays/remove': mutation<{ date: string }>()(holidayRemoveInput, 'Remove a day from the holiday list'),
};
