import { describe, expect, it } from 'vitest';
import { renderTemplate, type TemplateValues } from './render-template';

const values = (overrides: Partial<TemplateValues> = {}): TemplateValues => ({
  customer_title: 'Anadolu Ltd.',
  customer_code: 'C00001',
  contact_name: 'Ayşe Yılmaz',
  items: '• F-1 · 100,00 ₺',
  totals: '100,00 ₺',
  days_overdue: '5',
  interest: '1,23 ₺',
  company_name: 'Deniz Gıda',
  company_ibans: 'TR33',
  payment_details: 'Ödemenizi aşağıdaki hesaplarımıza yapabilirsiniz:\nTR33',
  attachment_note: '',
  level: '1. hatırlatma',
  today: '23.11.2026',
  ...overrides,
});

describe('template rendering', () => {
  it('fills placeholders in subject, text and HTML, keeping line breaks', () => {
    const out = renderTemplate(
      { subject: '{{level}} — {{ customer_title }}', body: 'Sayın {{contact_name}},\n{{items}}' },
      values(),
    );
    expect(out.subject).toBe('1. hatırlatma — Anadolu Ltd.');
    expect(out.text).toBe('Sayın Ayşe Yılmaz,\n• F-1 · 100,00 ₺');
    expect(out.html).toContain('Sayın Ayşe Yılmaz,<br>\n• F-1 · 100,00 ₺');
  });

  it('never expands or interprets what a value contains', () => {
    const hostile = values({ contact_name: '{{interest}}</body><script>alert(1)</script>', customer_title: 'A\nB' });
    const out = renderTemplate({ subject: 'Re {{customer_title}}', body: '<p>{{contact_name}}</p> & {{days_overdue}}' }, hostile);
    expect(out.text).toBe('<p>{{interest}}</body><script>alert(1)</script></p> & 5');
    expect(out.html).toContain('&lt;p&gt;{{interest}}&lt;/body&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt; &amp; 5');
    expect(out.html).not.toContain('<script>');
    expect(out.subject).toBe('Re A B');
  });

  it('leaves an unknown placeholder as written', () => {
    expect(renderTemplate({ subject: '', body: 'x {{nope}} y' }, values()).text).toBe('x {{nope}} y');
  });

  it('leaves out the attachment sentence and the bank paragraph when there is nothing to say', () => {
    const template = {
      subject: 'x',
      body: 'Sayın {{contact_name}},\n\nToplam: {{totals}}\n\n{{attachment_note}}\n\n{{payment_details}}\n\nSaygılarımızla',
    };
    const bare = renderTemplate(template, values({ payment_details: '', attachment_note: '' }));
    expect(bare.text).toBe('Sayın Ayşe Yılmaz,\n\nToplam: 100,00 ₺\n\nSaygılarımızla');
    expect(bare.html).not.toContain('<br>\n<br>\n<br>');
    const full = renderTemplate(template, values({ attachment_note: 'Hesap ekstreniz ektedir.' }));
    expect(full.text).toContain('Hesap ekstreniz ektedir.\n\nÖdemenizi aşağıdaki hesaplarımıza yapabilirsiniz:\nTR33');
  });

  it('drops the label of an empty value: a short message says no "IBAN:" when there is no IBAN', () => {
    const template = { subject: '', body: 'Ödemenizi hatırlatırız. IBAN: {{company_ibans}}\nToplam: {{totals}}' };
    expect(renderTemplate(template, values({ company_ibans: '' })).text).toBe('Ödemenizi hatırlatırız.\nToplam: 100,00 ₺');
    expect(renderTemplate(template, values()).text).toBe('Ödemenizi hatırlatırız. IBAN: TR33\nToplam: 100,00 ₺');
    // On a line of its own the line goes too, with no gap left.
    const own = { subject: '', body: 'Merhaba.\nIBAN: {{company_ibans}}\nSaygılarımızla' };
    expect(renderTemplate(own, values({ company_ibans: '' })).text).toBe('Merhaba.\nSaygılarımızla');
  });
});
