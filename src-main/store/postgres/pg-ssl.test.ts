import { describe, expect, it } from 'vitest';
import { pgTarget } from './pg-ssl';

describe('sslmode as libpq means it', () => {
  it('takes the mode out of the URL and turns it into TLS settings', () => {
    const url = (mode: string) => `postgres://vade:p@db.ofis.lan:5432/vade?sslmode=${mode}&application_name=x`;
    expect(pgTarget(url('disable'))).toEqual({
      connectionString: 'postgres://vade:p@db.ofis.lan:5432/vade?application_name=x',
      ssl: false,
      plainFallback: false,
    });
    expect(pgTarget(url('prefer'))).toMatchObject({ ssl: { rejectUnauthorized: false }, plainFallback: true });
    expect(pgTarget(url('require'))).toMatchObject({ ssl: { rejectUnauthorized: false }, plainFallback: false });
    expect(pgTarget(url('verify-full'))).toMatchObject({ ssl: { rejectUnauthorized: true }, plainFallback: false });
    expect(pgTarget(url('require')).connectionString).not.toContain('sslmode');
  });

  it("leaves a URL without sslmode to pg's own default", () => {
    expect(pgTarget('postgres://vade@db/vade')).toEqual({
      connectionString: 'postgres://vade@db/vade',
      ssl: undefined,
      plainFallback: false,
    });
  });
});
