import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaFileError, pgTarget } from './pg-ssl';

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

  it('reads sslrootcert itself, so pg never swaps the mode for its own, and says when it cannot', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-ca-'));
    const ca = path.join(dir, 'ofis ca.crt');
    fs.writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const url = (mode: string, file = ca) => `postgres://vade@db/vade?sslmode=${mode}&sslrootcert=${encodeURIComponent(file)}`;
    const full = pgTarget(url('verify-full'));
    expect(full.connectionString).toBe('postgres://vade@db/vade');
    expect(full.ssl).toMatchObject({ rejectUnauthorized: true, ca: expect.stringContaining('BEGIN CERTIFICATE') });
    expect(pgTarget(url('require')).ssl).toMatchObject({ rejectUnauthorized: true, ca: expect.any(String) });
    expect(pgTarget(url('disable'))).toMatchObject({ connectionString: 'postgres://vade@db/vade', ssl: false });
    expect(() => pgTarget(url('verify-full', path.join(dir, 'yok.crt')))).toThrow(CaFileError);
    fs.writeFileSync(ca, 'not a certificate');
    expect(() => pgTarget(url('verify-full'))).toThrow(/no PEM certificate/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
