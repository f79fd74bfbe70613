import type { Language } from '../../i18n/language';
import type { FailureKind, OutboxStatus, SmtpSecurity } from './schemas';

/** Where the SMTP password is kept: the OS keychain (Electron safeStorage) or a key file in the data folder. */
export type SecretStorageKind = 'os-keychain' | 'key-file';

export interface SmtpSettingsView {
  configured: boolean;
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string;
  /** Whether a password is stored; the password itself never leaves the main process. */
  passwordSet: boolean;
  fromName: string;
  fromAddress: string;
  replyTo: string;
  secretStorage: SecretStorageKind;
}

export interface OutboxMessageSummary {
  id: number;
  source: 'reminder' | 'manual' | 'test';
  customerId: number | null;
  customerTitle: string | null;
  to: string[];
  subject: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  failureKind: FailureKind | null;
  lastError: string | null;
  serverResponse: string | null;
  createdAt: string;
  sentAt: string | null;
  attachmentCount: number;
}

export interface OutboxAttachmentInfo {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
}

export interface OutboxMessageDetail extends OutboxMessageSummary {
  cc: string[];
  bodyText: string;
  language: Language;
  messageId: string;
  attachments: OutboxAttachmentInfo[];
}

export interface OutboxPage {
  items: OutboxMessageSummary[];
  nextCursor: string | null;
}

export interface OutboxCounts {
  awaitingApproval: number;
  queued: number;
  failed: number;
}

/** What one run of the sender did. `skipped` says why nothing was tried. */
export interface SendRunResult {
  sent: number;
  retrying: number;
  failed: number;
  interrupted: number;
  skipped: 'not_configured' | 'password_unavailable' | null;
}
