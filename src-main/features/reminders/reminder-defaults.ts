import type { Language } from '../../../src-shared/i18n/language';
import type { ReminderChannel, ReminderStep } from '../../../src-shared/domain/reminders/types';

/**
 * What a new company starts with: polite before the due date, firmer after it, a letter and a person's
 * decision before legal action. Edited on the Reminders page; these only seed migration 12.
 */
export const DEFAULT_POLICY: { name: string; steps: Omit<ReminderStep, 'id'>[] } = {
  name: 'Standart tahsilat',
  steps: [
    { offsetDays: -7, channel: 'email', templateCode: 'before_due', needsApproval: false, level: 0, attachStatement: false },
    { offsetDays: 0, channel: 'email', templateCode: 'due_today', needsApproval: false, level: 0, attachStatement: false },
    { offsetDays: 3, channel: 'email', templateCode: 'first_reminder', needsApproval: false, level: 1, attachStatement: true },
    { offsetDays: 15, channel: 'email', templateCode: 'second_notice', needsApproval: false, level: 2, attachStatement: true },
    { offsetDays: 15, channel: 'call', templateCode: 'call_script', needsApproval: false, level: 2, attachStatement: false },
    { offsetDays: 30, channel: 'email', templateCode: 'final_notice', needsApproval: true, level: 3, attachStatement: true },
    { offsetDays: 30, channel: 'letter', templateCode: 'final_letter', needsApproval: false, level: 3, attachStatement: false },
    { offsetDays: 60, channel: 'letter', templateCode: 'legal_handover', needsApproval: false, level: 4, attachStatement: false },
  ],
};

interface TemplateSeed {
  code: string;
  language: Language;
  channel: ReminderChannel;
  subject: string;
  body: string;
}

const signature = { tr: 'Saygılarımızla,\n{{company_name}}', en: 'Kind regards,\n{{company_name}}' };
// Both empty when there is nothing to say (no statement attached, no IBAN given): see `templateValues`.
const bank = { tr: '{{payment_details}}', en: '{{payment_details}}' };

export const DEFAULT_TEMPLATES: TemplateSeed[] = [
  {
    code: 'before_due',
    language: 'tr',
    channel: 'email',
    subject: 'Yaklaşan ödeme hatırlatması — {{customer_title}}',
    body: `Sayın {{contact_name}},\n\nAşağıdaki faturalarınızın vadesi yaklaşmaktadır:\n\n{{items}}\n\nToplam: {{totals}}\n\n${bank.tr}\n\nÖdemeyi yaptıysanız bu mesajı dikkate almayınız.\n\n${signature.tr}`,
  },
  {
    code: 'before_due',
    language: 'en',
    channel: 'email',
    subject: 'Upcoming payment reminder — {{customer_title}}',
    body: `Dear {{contact_name}},\n\nThe following invoices fall due soon:\n\n{{items}}\n\nTotal: {{totals}}\n\n${bank.en}\n\nIf you have already paid, please disregard this message.\n\n${signature.en}`,
  },
  {
    code: 'due_today',
    language: 'tr',
    channel: 'email',
    subject: 'Bugün vadesi gelen ödeme — {{customer_title}}',
    body: `Sayın {{contact_name}},\n\nAşağıdaki faturalarınızın vadesi bugün ({{today}}) dolmaktadır:\n\n{{items}}\n\nToplam: {{totals}}\n\n${bank.tr}\n\n${signature.tr}`,
  },
  {
    code: 'due_today',
    language: 'en',
    channel: 'email',
    subject: 'Payment due today — {{customer_title}}',
    body: `Dear {{contact_name}},\n\nThe following invoices are due today ({{today}}):\n\n{{items}}\n\nTotal: {{totals}}\n\n${bank.en}\n\n${signature.en}`,
  },
  {
    code: 'first_reminder',
    language: 'tr',
    channel: 'email',
    subject: '1. hatırlatma: vadesi geçmiş ödeme — {{customer_title}}',
    body: `Sayın {{contact_name}},\n\nKayıtlarımıza göre aşağıdaki faturalarınızın ödemesi {{days_overdue}} gündür gecikmiştir:\n\n{{items}}\n\nToplam: {{totals}}\n\n{{attachment_note}}\n\n${bank.tr}\n\n${signature.tr}`,
  },
  {
    code: 'first_reminder',
    language: 'en',
    channel: 'email',
    subject: 'First reminder: overdue payment — {{customer_title}}',
    body: `Dear {{contact_name}},\n\nOur records show the following invoices are {{days_overdue}} days overdue:\n\n{{items}}\n\nTotal: {{totals}}\n\n{{attachment_note}}\n\n${bank.en}\n\n${signature.en}`,
  },
  {
    code: 'second_notice',
    language: 'tr',
    channel: 'email',
    subject: '2. ihtar: ödenmemiş faturalar — {{customer_title}}',
    body: `Sayın {{contact_name}},\n\nÖnceki hatırlatmamıza rağmen aşağıdaki faturalarınız {{days_overdue}} gündür ödenmemiştir:\n\n{{items}}\n\nToplam: {{totals}}\nİşlemiş temerrüt faizi: {{interest}}\n\nBorcunuzun en kısa sürede ödenmesini rica ederiz. ${bank.tr}\n\n${signature.tr}`,
  },
  {
    code: 'second_notice',
    language: 'en',
    channel: 'email',
    subject: 'Second notice: unpaid invoices — {{customer_title}}',
    body: `Dear {{contact_name}},\n\nDespite our earlier reminder, the following invoices have been unpaid for {{days_overdue}} days:\n\n{{items}}\n\nTotal: {{totals}}\nLate-payment interest accrued: {{interest}}\n\nPlease settle the balance as soon as possible. ${bank.en}\n\n${signature.en}`,
  },
  {
    code: 'call_script',
    language: 'tr',
    channel: 'call',
    subject: '{{customer_title}} ile görüşme',
    body: 'Merhaba {{contact_name}}, {{company_name}} adına arıyorum. {{days_overdue}} gündür geciken ödemeniz hakkında görüşmek istiyoruz.\n\n{{items}}\n\nToplam: {{totals}}\n\nÖdeme için bir tarih verebilir misiniz?',
  },
  {
    code: 'call_script',
    language: 'en',
    channel: 'call',
    subject: 'Call {{customer_title}}',
    body: 'Hello {{contact_name}}, I am calling on behalf of {{company_name}} about your payment, which is {{days_overdue}} days overdue.\n\n{{items}}\n\nTotal: {{totals}}\n\nCould you give us a date for the payment?',
  },
  {
    code: 'final_notice',
    language: 'tr',
    channel: 'email',
    subject: 'Son ihtar — {{customer_title}}',
    body: `Sayın {{contact_name}},\n\nAşağıdaki faturalarınız {{days_overdue}} gündür ödenmemiştir:\n\n{{items}}\n\nToplam: {{totals}}\nİşlemiş temerrüt faizi: {{interest}}\n\nBorcunuzun 7 gün içinde ödenmemesi halinde yasal yollara başvurmak zorunda kalacağımızı bildiririz. ${bank.tr}\n\n${signature.tr}`,
  },
  {
    code: 'final_notice',
    language: 'en',
    channel: 'email',
    subject: 'Final notice — {{customer_title}}',
    body: `Dear {{contact_name}},\n\nThe following invoices have been unpaid for {{days_overdue}} days:\n\n{{items}}\n\nTotal: {{totals}}\nLate-payment interest accrued: {{interest}}\n\nIf the balance is not paid within 7 days we will have to take legal action. ${bank.en}\n\n${signature.en}`,
  },
  {
    code: 'final_letter',
    language: 'tr',
    channel: 'letter',
    subject: 'Son ihtar',
    body: `Sayın {{customer_title}},\n\nŞirketimize olan aşağıdaki borcunuz, yapılan hatırlatmalara rağmen {{days_overdue}} gündür ödenmemiştir.\n\n{{items}}\n\nToplam: {{totals}}\nİşlemiş temerrüt faizi: {{interest}}\n\nBorcun işbu yazının tebliğinden itibaren 7 gün içinde ödenmesini, aksi halde yasal takip başlatılacağını ihtaren bildiririz.\n\n${bank.tr}`,
  },
  {
    code: 'final_letter',
    language: 'en',
    channel: 'letter',
    subject: 'Final notice',
    body: `Dear {{customer_title}},\n\nDespite our reminders, the following amounts owed to us have been unpaid for {{days_overdue}} days.\n\n{{items}}\n\nTotal: {{totals}}\nLate-payment interest accrued: {{interest}}\n\nWe hereby give notice that unless the balance is paid within 7 days of receipt of this letter, legal proceedings will be started.\n\n${bank.en}`,
  },
  {
    code: 'legal_handover',
    language: 'tr',
    channel: 'letter',
    subject: 'Yasal takip bildirimi',
    body: `Sayın {{customer_title}},\n\nSon ihtarımıza rağmen ödenmeyen aşağıdaki alacağımız yasal takip için avukatımıza devredilmiştir:\n\n{{items}}\n\nToplam: {{totals}}\nİşlemiş temerrüt faizi: {{interest}}\n\nBundan sonraki yazışmalarınızı avukatımızla yapmanızı rica ederiz.`,
  },
  {
    code: 'legal_handover',
    language: 'en',
    channel: 'letter',
    subject: 'Notice of legal proceedings',
    body: `Dear {{customer_title}},\n\nDespite our final notice, the following amounts remain unpaid and have been handed to our lawyer for collection:\n\n{{items}}\n\nTotal: {{totals}}\nLate-payment interest accrued: {{interest}}\n\nPlease address further correspondence to our lawyer.`,
  },
  {
    code: 'whatsapp_reminder',
    language: 'tr',
    channel: 'whatsapp',
    subject: '',
    body: 'Merhaba {{contact_name}}, {{company_name}} olarak {{totals}} tutarındaki vadesi geçmiş ödemenizi hatırlatmak isteriz. IBAN: {{company_ibans}}',
  },
  {
    code: 'whatsapp_reminder',
    language: 'en',
    channel: 'whatsapp',
    subject: '',
    body: 'Hello {{contact_name}}, this is {{company_name}} reminding you of your overdue payment of {{totals}}. IBAN: {{company_ibans}}',
  },
  {
    code: 'sms_reminder',
    language: 'tr',
    channel: 'sms',
    subject: '',
    body: '{{company_name}}: {{totals}} tutarındaki vadesi geçmiş ödemenizi hatırlatırız.',
  },
  {
    code: 'sms_reminder',
    language: 'en',
    channel: 'sms',
    subject: '',
    body: '{{company_name}}: a reminder of your overdue payment of {{totals}}.',
  },
];

/**
 * TCMB's short-term advance (avans) rate in force on 31 December / 30 June, which Law 3095 art. 2/2 applies
 * between merchants for the following six months. Checked against the Resmî Gazete notices for these dates;
 * the half-year from 2025-07-01 and later ones are entered by the user (Settings → Late-payment interest).
 */
export const DEFAULT_INTEREST_RATES = [
  { validFrom: '2022-01-01', annualRateBp: 1575, note: 'TCMB avans 31.12.2021' },
  { validFrom: '2022-07-01', annualRateBp: 1575, note: 'TCMB avans 30.06.2022' },
  { validFrom: '2023-01-01', annualRateBp: 1075, note: 'TCMB avans 31.12.2022' },
  { validFrom: '2023-07-01', annualRateBp: 1675, note: 'TCMB avans 30.06.2023' },
  { validFrom: '2024-01-01', annualRateBp: 4425, note: 'TCMB avans 31.12.2023' },
  { validFrom: '2024-07-01', annualRateBp: 5175, note: 'TCMB avans 30.06.2024' },
  { validFrom: '2025-01-01', annualRateBp: 4925, note: 'TCMB avans 31.12.2024' },
  { validFrom: '2026-01-01', annualRateBp: 3975, note: 'TCMB avans 31.12.2025' },
];
