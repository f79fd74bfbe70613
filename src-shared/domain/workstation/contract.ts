import { z } from 'zod';
import { action, query } from '../../contract/method';
import { workstationUpdateInput, type Workstation } from './schemas';

// Kept in the data folder's vade-app.json (per PC), not in the company: two PCs of one office name two people.
export const workstationContract = {
  'workstation/get': query<Workstation>()(z.object({}).strict(), 'The person using this PC (who the audit log names)'),
  'workstation/update': action<Workstation>()(
    workstationUpdateInput,
    'Name the person using this PC ("" clears it); later changes are recorded under that name',
    {
      outside: ['files'],
      detail: "Writes the person's name into this PC's vade-app.json in the data folder; the company's store is not touched.",
      storeWrites: false,
    },
  ),
};
