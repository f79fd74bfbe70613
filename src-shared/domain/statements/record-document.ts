import { z } from 'zod';
import { LANGUAGES } from '../../i18n/language';
import { idSchema } from '../common/schemas';
import { outputSchema } from './schemas';

/** A document of one record (a plan's schedule, a payment's receipt): in the app's language unless given. */
export const recordDocumentInput = z.object({ id: idSchema, language: z.enum(LANGUAGES).optional() }).strict();

/** The same saved as a file: `output` from the command line only; the app asks where. */
export const recordDocumentExportInput = recordDocumentInput.extend({ output: outputSchema.optional() }).strict();
