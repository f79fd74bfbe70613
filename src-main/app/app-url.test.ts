import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './app-url';

describe('isAppUrl', () => {
  it('accepts pages and files of the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('vade://app/index.html#/customers/12')).toBe(true);
    expect(isAppUrl('vade://app/assets/index-abc.js')).toBe(true);
  });

  it('refuses other origins, look-alikes and garbage', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'vade://other/',
      'vade://app.evil.com/',
      'vade://app@evil.com/',
      'vade://user:pw@app/',
      'vade://app',
      'about:blank',
      'data:text/html,hi',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});
