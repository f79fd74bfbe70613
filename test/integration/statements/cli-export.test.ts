import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesWith, pdfText } from '../../support/pdf-text';
import { tempDir } from '../../support/temp-dir';

const BIN = path.resolve('bin/vade.mjs');
const vade = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000, cwd: tempDir() });

// Starts a CLI process that loads the whole backend through tsx: seconds on a busy 2-core machine.
describe('vade call statements/export', { timeout: 60_000 }, () => {
  it('writes the PDF to the path given on the command line, from any working folder', () => {
    const dir = tempDir();
    const file = path.join(tempDir(), 'ekstre.pdf');
    expect(
      vade('call', 'company-profile/update', '{"title":"Deniz Gıda Ticaret A.Ş.","taxId":"4540536920"}', '--data-dir', dir).status,
    ).toBe(0);
    expect(vade('call', 'customers/create', '{"title":"Ilgaz Kimya Tic. A.Ş."}', '--data-dir', dir).status).toBe(0);
    expect(
      vade(
        'call',
        'invoices/create',
        '{"customerId":1,"number":"F-1","issueDate":"2026-03-01","total":987654}',
        '--data-dir',
        dir,
      ).status,
    ).toBe(0);
    const result = vade(
      'call',
      'statements/export',
      JSON.stringify({ customerId: 1, from: '2026-01-01', to: '2026-06-30', output: file }),
      '--data-dir',
      dir,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ status: 'written', path: file, pages: 1 });
    const text = pdfText(file);
    expect(text).toContain('Ilgaz Kimya Tic. A.Ş.');
    expect(linesWith(text, '01.03.2026', 'F-1', 'Fatura', '9.876,54', '9.876,54')).toHaveLength(1);
    expect(linesWith(text, 'Bakiye (30.06.2026)', '9.876,54 ₺')).toHaveLength(1);
  });
});
