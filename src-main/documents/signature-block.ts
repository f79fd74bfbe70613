import type { DocumentText } from './document-format';
import { cell, COLORS, rule, type Pdf } from './pdf-page';

const ROW = 14;
/** Blank height between the name and the line: room for a signature and a stamp. */
const SPACE = 44;
/** Height of one signature block: heading, name, room to sign, the line and what is written under it. */
export const SIGNATURE_HEIGHT = ROW + SPACE + ROW + 2;
export const SIGNATURE_HEADED_HEIGHT = SIGNATURE_HEIGHT + ROW;

export interface SignatureParty {
  /** "Tahsil eden", "Borçlu": whose signature this is (optional). */
  heading?: string;
  /** The company's or customer's name, in bold above the room to sign. */
  name: string;
  /** Written under the line: who signs ("Muhasebe Müdürü …"), else "Kaşe ve imza". */
  signer?: string;
}

/** One signature block from `top` in a column of `width`; returns the y below it. */
export function drawSignatureBlock(
  doc: Pdf,
  x: number,
  top: number,
  width: number,
  party: SignatureParty,
  text: DocumentText,
): number {
  let y = top;
  if (party.heading) {
    cell(doc, party.heading, x, y, width, { size: 7.5, color: COLORS.muted, align: 'center' });
    y += ROW;
  }
  cell(doc, party.name, x, y, width, { font: 'bold', align: 'center' });
  const line = y + ROW + SPACE;
  rule(doc, line, COLORS.text, x, width);
  cell(doc, party.signer || text.t('reconciliation.reply.signature'), x, line + 4, width, {
    size: party.signer ? 8 : 7.5,
    color: party.signer ? COLORS.text : COLORS.muted,
    align: 'center',
  });
  return line + ROW + 2;
}
