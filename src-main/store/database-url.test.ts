import { describe, expect, it } from 'vitest';
import { isDatabaseUrl, maskDatabaseUrl, maskSecretsIn } from './database-url';

describe('database URLs', () => {
  it('tells a server URL from a folder path', () => {
    expect(isDatabaseUrl('postgres://vade@db.local/vade')).toBe(true);
    expect(isDatabaseUrl('postgresql://vade@db.local/vade')).toBe(true);
    expect(isDatabaseUrl('/home/ayse/Vade')).toBe(false);
    expect(isDatabaseUrl(undefined)).toBe(false);
  });

  it('never shows the password, in the URL or as a parameter', () => {
    expect(maskDatabaseUrl('postgres://vade:Gizli%2142@db.local:5432/vade?sslmode=require')).toBe(
      'postgres://vade:***@db.local:5432/vade?sslmode=require',
    );
    expect(maskDatabaseUrl('postgres://db.local/vade?user=vade&password=Gizli42&sslmode=require')).toBe(
      'postgres://db.local/vade?user=vade&password=***&sslmode=require',
    );
    expect(maskDatabaseUrl('postgres://vade@db.local/vade')).toBe('postgres://vade@db.local/vade');
  });

  it('takes the password out of a driver message that repeats it', () => {
    const url = 'postgres://vade:Gizli!42@db.local/vade';
    expect(maskSecretsIn(`password authentication failed for ${url} (Gizli!42)`, url)).toBe(
      'password authentication failed for postgres://vade:***@db.local/vade (***)',
    );
  });
});
