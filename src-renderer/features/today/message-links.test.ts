import { describe, expect, it } from 'vitest';
import { smsLink, whatsappDigits, whatsappLink } from './message-links';

describe('prepared message links', () => {
  it('writes Turkish numbers with the country code', () => {
    expect(whatsappDigits('0532 111 22 33')).toBe('905321112233');
    expect(whatsappDigits('532 111 22 33')).toBe('905321112233');
    expect(whatsappDigits('+90 (532) 111 22 33')).toBe('905321112233');
    expect(whatsappDigits('0049 30 1234567')).toBe('49301234567');
    expect(whatsappDigits('')).toBeNull();
  });

  it('carries the Turkish text encoded', () => {
    expect(whatsappLink('0532 111 22 33', 'Sayın İlkay, ödemeniz gecikti.')).toBe(
      'https://wa.me/905321112233?text=Say%C4%B1n%20%C4%B0lkay%2C%20%C3%B6demeniz%20gecikti.',
    );
    expect(smsLink('0532 111 22 33', 'ş')).toBe('sms:+905321112233?body=%C5%9F');
    expect(smsLink('', 'x')).toBeNull();
  });
});
