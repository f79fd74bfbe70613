import { z } from 'zod';
import { mutation, query } from '../../contract/method';
import { settingsUpdateInput, type Settings } from './schemas';

export const settingsContract = {
  'settings/get': query<Settings>()(z.object({}).strict(), 'Read the application settings'),
  'settings/update': mutation<Settings>()(settingsUpdateInput, 'Change some settings; returns all of them'),
};
