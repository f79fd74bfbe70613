import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { pdfText } from '../../support/pdf-text';

/** A report's Export menu: downloads a format and reads the file back. */
export class ReportExport {
  constructor(readonly page: Page) {}

  private async download(format: 'csv' | 'xlsx' | 'pdf'): Promise<{ name: string; file: string }> {
    await this.page.getByTestId('report-export').click();
    const waiting = this.page.waitForEvent('download');
    await this.page.getByTestId(`report-export-${format}`).click();
    const download = await waiting;
    const file = await download.path();
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    return { name: download.suggestedFilename(), file };
  }

  /** The CSV's lines split into cells (it must start with a UTF-8 byte-order mark). */
  async csv(): Promise<{ name: string; lines: string[][] }> {
    const { name, file } = await this.download('csv');
    const text = fs.readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    return {
      name,
      lines: text
        .slice(1)
        .split('\r\n')
        .map((line) => line.split(';')),
    };
  }

  /** The PDF's text as pdftotext reads it; the file is kept at `saveAs` to be looked at. */
  async pdf(saveAs: string): Promise<{ name: string; text: string }> {
    const { name, file } = await this.download('pdf');
    fs.mkdirSync(path.dirname(saveAs), { recursive: true });
    fs.copyFileSync(file, saveAs);
    return { name, text: pdfText(saveAs) };
  }

  /** The workbook parsed back with the same library that wrote it. */
  async xlsx(): Promise<{ name: string; workbook: ExcelJS.Workbook }> {
    const { name, file } = await this.download('xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return { name, workbook };
  }
}
