import type { RenderedReminder, TemplatePlaceholder } from './types';

export type TemplateValues = Record<TemplatePlaceholder, string>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z_]+)\s*\}\}/g;
/** A one-word label right before a placeholder on its line ("IBAN: {{company_ibans}}"). */
const LABEL_BEFORE = /(^|\s)\p{L}+:[ \t]*$/u;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * Fills `{{name}}` in one pass over the template only: a value is never scanned again, so a customer called
 * "{{interest}} <b>Ltd</b>" stays that text. `wrap` escapes the template's own text and each value for HTML.
 * An unknown name is left as written (saving a template refuses it, so this only shows in a preview). A value that is
 * empty takes its label with it: a short message's "IBAN: {{company_ibans}}" says nothing when no IBAN is given.
 */
function fill(template: string, values: TemplateValues, wrap: (text: string) => string): string {
  let out = '';
  let last = 0;
  // A label and its empty value alone on a line take the line away (its line break too).
  let dropLineBreak = false;
  const text = (slice: string) => (dropLineBreak ? slice.replace(/^[ \t]*\r?\n/, '') : slice);
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] as TemplatePlaceholder;
    const value = Object.hasOwn(values, name) ? values[name] : match[0];
    let before = text(template.slice(last, match.index));
    dropLineBreak = false;
    if (value === '' && LABEL_BEFORE.test(before)) {
      before = before.replace(LABEL_BEFORE, '$1');
      dropLineBreak = /(^|\n)[ \t]*$/.test(out + before);
    }
    out += wrap(before) + wrap(value);
    last = match.index + match[0].length;
  }
  return out + wrap(text(template.slice(last)));
}

const toHtml = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>\n');

/** The subject (one line), the plain text and the HTML part of a message. */
export function renderTemplate(template: { subject: string; body: string }, values: TemplateValues): RenderedReminder {
  const subject = fill(template.subject, values, (t) => t)
    .replace(/[\r\n]+/g, ' ')
    .trim();
  // A paragraph whose placeholder was empty (no attachment, no IBAN) leaves no blank gap or trailing space.
  const text = fill(template.body, values, (t) => t)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Escaped after filling: the same as escaping the template's text and each value apart.
  const html = `<!doctype html><html><body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.5; color: #1f2933">${toHtml(text)}</body></html>`;
  return { subject, text, html };
}
