import type { Language } from '../../i18n/language';
import type { Currency } from '../../money/currency';
import type { RiskSegment } from '../reports/types';

export const REMINDER_CHANNELS = ['email', 'whatsapp', 'sms', 'call', 'letter'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

/** 0: before or on the due date; 1 1. hatırlatma, 2 2. ihtar, 3 son ihtar, 4 yasal takip devri. */
export const DUNNING_LEVELS = [0, 1, 2, 3, 4] as const;
export type DunningLevel = (typeof DUNNING_LEVELS)[number];

/** Placeholders a template may use, written `{{name}}`. */
export const TEMPLATE_PLACEHOLDERS = [
  'customer_title',
  'customer_code',
  'contact_name',
  'items',
  'totals',
  'days_overdue',
  'interest',
  'company_name',
  'company_ibans',
  /** The bank paragraph with the IBANs; empty when the company gave none. */
  'payment_details',
  /** "Hesap ekstreniz ektedir."; empty when nothing is attached. */
  'attachment_note',
  'level',
  'today',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

export interface ReminderStep {
  id: number;
  offsetDays: number;
  channel: ReminderChannel;
  templateCode: string;
  needsApproval: boolean;
  level: DunningLevel;
  attachStatement: boolean;
}

export interface ReminderPolicy {
  id: number;
  name: string;
  steps: ReminderStep[];
  /** The risk segments that follow this policy. */
  segments: RiskSegment[];
}

export interface ReminderTemplate {
  code: string;
  language: Language;
  channel: ReminderChannel;
  subject: string;
  body: string;
}

export interface RenderedReminder {
  subject: string;
  text: string;
  html: string;
}

export interface ReminderRun {
  id: number;
  runDate: string;
  trigger: 'startup' | 'interval' | 'manual';
  status: 'done' | 'skipped_hours' | 'skipped_holiday' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  customers: number;
  emails: number;
  approvals: number;
  tasks: number;
  error: string | null;
}

export interface ReminderRunPage {
  items: ReminderRun[];
  nextCursor: number | null;
}

export interface ApprovalItem {
  id: number;
  customerId: number | null;
  customerTitle: string;
  to: string[];
  subject: string;
  bodyText: string;
  createdAt: string;
}

export interface InterestRate {
  validFrom: string;
  annualRateBp: number;
  note: string;
}

export interface CustomerReminderSettings {
  /** Null: the policy of the customer's risk segment. */
  policyId: number | null;
  optedOut: boolean;
  /** A late-payment rate agreed with the customer (basis points a year); null: the dated legal rates. */
  interestRateBp: number | null;
}

export interface CustomerDunning {
  level: DunningLevel;
  /** The policy that applies (own or the segment's) and where it comes from. */
  policyId: number | null;
  policySource: 'customer' | 'segment' | 'opted_out';
  segment: RiskSegment;
  interest: { currency: Currency; amount: number }[];
  interestSource: 'agreed' | 'legal';
  settings: CustomerReminderSettings;
}

export interface ReminderSchedule {
  /** 'HH:MM' local time: automatic runs only happen between these on business days. */
  businessHoursStart: string;
  businessHoursEnd: string;
  /** Days a customer is left alone after a reminder, unless the next one is a higher dunning level. */
  minDaysBetween: number;
}
