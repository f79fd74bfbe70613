import type { FormErrors } from '@mantine/form';
import { companyOpenServerInput, type ServerTargetInput } from '../../../src-shared/domain/companies/schemas';
import type { SslMode } from '../../../src-shared/domain/companies/server-schemas';
import type { ServerSettings } from '../../../src-shared/domain/companies/types';
import type { Language } from '../../../src-shared/i18n/language';
import { joinedPathIn } from '../../forms/issues-to-errors';
import { schemaErrors } from '../../forms/schema-errors';
import type { Translate } from '../../i18n/i18n-context';

/** The connection form: fields only (a pasted URL fills them); the password is sent only when typed. */
export interface ServerFormValues {
  host: string;
  port: number | string;
  database: string;
  user: string;
  password: string;
  sslmode: SslMode;
  /** The CA certificate file; used (and shown) only with the modes that check a certificate. */
  sslrootcert: string;
  name: string;
}

/** The modes whose certificate check can use the office's own CA file (require then checks it, as libpq does). */
export const usesCaFile = (mode: SslMode): boolean => mode === 'require' || mode === 'verify-full';

export const serverFormValues = (saved: ServerSettings | null | undefined): ServerFormValues => ({
  host: saved?.host ?? '',
  port: saved?.port ?? 5432,
  database: saved?.database ?? '',
  user: saved?.user ?? '',
  password: '',
  sslmode: saved?.sslmode ?? 'prefer',
  sslrootcert: saved?.sslrootcert ?? '',
  name: '',
});

/** What the backend gets: with `id`, an empty password keeps the saved one. */
export function toServerInput(values: ServerFormValues, id: string | null): ServerTargetInput & { name?: string } {
  return {
    host: values.host.trim(),
    port: typeof values.port === 'number' ? values.port : Number.NaN,
    database: values.database.trim(),
    user: values.user.trim(),
    ...(values.password !== '' ? { password: values.password } : {}),
    sslmode: values.sslmode,
    ...(usesCaFile(values.sslmode) && values.sslrootcert.trim() ? { sslrootcert: values.sslrootcert.trim() } : {}),
    ...(id ? { id } : {}),
    ...(values.name.trim() ? { name: values.name.trim() } : {}),
  };
}

export const serverPathOf = joinedPathIn(/^(host|port|database|user|password|sslmode|sslrootcert|name)$/);

export const validateServerForm = (values: ServerFormValues, id: string | null, language: Language, t: Translate): FormErrors =>
  schemaErrors(companyOpenServerInput, toServerInput(values, id), language, t, serverPathOf);
