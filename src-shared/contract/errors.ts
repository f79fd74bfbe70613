import type { MessageKey, MessageParams } from '../i18n/translate';

/** `unavailable`: the company's database server cannot be reached (nothing was written; try again later). */
export const ERROR_KINDS = ['validation', 'not_found', 'conflict', 'internal', 'unavailable'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One refused field: where it is, which message explains it (i18n key) and that message rendered. */
export interface FieldIssue {
  path: (string | number)[];
  key: MessageKey;
  params?: MessageParams;
  message: string;
}

/** What crosses the wire when a call fails. Plain data: it survives IPC, HTTP and the CLI. */
export interface AppErrorData {
  kind: ErrorKind;
  message: string;
  issues?: FieldIssue[];
}

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly issues: FieldIssue[] | undefined;

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'AppError';
    this.kind = data.kind;
    this.issues = data.issues;
  }

  toData(): AppErrorData {
    return { kind: this.kind, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

export const isAppErrorData = (value: unknown): value is AppErrorData =>
  typeof value === 'object' &&
  value !== null &&
  ERROR_KINDS.includes((value as AppErrorData).kind) &&
  typeof (value as AppErrorData).message === 'string';
