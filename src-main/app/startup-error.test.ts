import { describe, expect, it } from 'vitest';
import { StoreError, type StoreErrorReason } from '../store/store-error';
import { startupErrorMessage } from './startup-error';

const REASONS: StoreErrorReason[] = ['not_a_database', 'damaged', 'newer_schema', 'cannot_open', 'migration_failed'];

describe('startupErrorMessage', () => {
  it.each(REASONS)('explains %s in Turkish and English with the file and the backups folder', (reason) => {
    const error = new StoreError(reason, '/data/companies/default.vade.sqlite', `technical ${reason}`);
    const message = startupErrorMessage(error, '/data');
    expect(message.title).toContain('Veriler açılamadı');
    expect(message.title).toContain('Data could not be opened');
    expect(message.body).toContain('/data/companies/default.vade.sqlite');
    expect(message.body).toMatch(/backups/);
    expect(message.body).toContain(`technical ${reason}`);
    const [turkish, english] = message.body.split('\n');
    expect(turkish).toMatch(/[ığüşöçİ]/);
    expect(english).toMatch(/^[\x20-\x7e]+$/);
  });

  it('says something plain for any other failure, without a stack trace', () => {
    const error = new Error('boom');
    const message = startupErrorMessage(error, '/data');
    expect(message.title).toContain('Could not start');
    expect(message.body).toContain('boom');
    expect(message.body).not.toContain('at ');
  });
});
