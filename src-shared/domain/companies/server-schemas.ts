import { z } from 'zod';

/** libpq's sslmode, as a PostgreSQL administrator knows it (verify-ca is left out: verify-full is what to use). */
export const SSL_MODES = ['disable', 'prefer', 'require', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

const required = (max: number) =>
  z.string().trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });

/** How to reach a company on a PostgreSQL server (`schemas.ts` adds the saved company's id). The password travels only towards the backend. */
export const serverConnectionSchema = z
  .object({
    host: required(255).regex(/^[^\s/?#@]+$/, { error: 'validation.invalid' }),
    port: z
      .number()
      .int({ error: 'validation.invalid' })
      .min(1, { error: 'validation.invalid' })
      .max(65535, { error: 'validation.invalid' }),
    database: required(63),
    user: required(63),
    /** Omitted: the one saved for `id` (the form shows "saved"); '' means none. */
    password: z.string().max(500, { error: 'validation.tooLong' }).optional(),
    sslmode: z.enum(SSL_MODES),
    /**
     * The office's own CA certificate (a PEM file on this PC) that the server's certificate must be signed by; without
     * it the system's trusted CAs. Read when connecting; '' or omitted: none.
     */
    sslrootcert: z
      .string()
      .trim()
      .max(1000, { error: 'validation.tooLong' })
      .refine((v) => v === '' || /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(v), { error: 'servers.form.caFileAbsolute' })
      .optional(),
  })
  .strict();
