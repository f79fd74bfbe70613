import { describe, expect, it } from 'vitest';
import { parseServerUrl } from './server-url';

describe('a pasted server address', () => {
  it('fills every field, the password decoded', () => {
    expect(parseServerUrl(' postgres://muhasebe:p%40ss%2Fw@db.ofis.lan:6543/vade_ofis?sslmode=require ')).toEqual({
      host: 'db.ofis.lan',
      port: 6543,
      database: 'vade_ofis',
      user: 'muhasebe',
      password: 'p@ss/w',
      sslmode: 'require',
      sslrootcert: '',
    });
  });

  it('fills the CA file from sslrootcert', () => {
    expect(parseServerUrl('postgres://vade@db/vade?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Fofis-ca.crt')).toMatchObject({
      sslmode: 'verify-full',
      sslrootcert: '/etc/ssl/ofis-ca.crt',
    });
  });

  it('takes the defaults of libpq: port 5432, sslmode prefer', () => {
    expect(parseServerUrl('postgresql://vade@10.0.0.5/vade')).toMatchObject({ port: 5432, sslmode: 'prefer', password: '' });
    expect(parseServerUrl('postgres://vade@[::1]:5432/vade?sslmode=verify-ca')).toMatchObject({
      host: '::1',
      sslmode: 'verify-full',
    });
  });

  it('refuses what is not a server address', () => {
    expect(parseServerUrl('db.ofis.lan')).toBeNull();
    expect(parseServerUrl('postgres://vade@db.ofis.lan')).toBeNull();
    expect(parseServerUrl('mysql://vade@db/vade')).toBeNull();
  });
});
