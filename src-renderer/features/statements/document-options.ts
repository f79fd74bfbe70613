import type { DocumentKind } from '../../../src-shared/domain/statements/schemas';
import type { Language } from '../../../src-shared/i18n/language';

/** What the user picks for a statement or letter, in the form the backend takes. */
export interface DocumentChoice {
  kind: DocumentKind;
  from: string;
  to: string;
  language: Language;
  openItemsOnly: boolean;
}

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export const defaultChoice = (kind: DocumentKind, language: Language): DocumentChoice => {
  const to = today();
  return { kind, from: `${to.slice(0, 4)}-01-01`, to, language, openItemsOnly: false };
};

/** The backend's arguments: a letter has no period, open items no start. */
export const documentArgs = (choice: DocumentChoice) => ({
  kind: choice.kind,
  to: choice.to,
  language: choice.language,
  ...(choice.kind === 'statement' ? { openItemsOnly: choice.openItemsOnly } : {}),
  ...(choice.kind === 'statement' && !choice.openItemsOnly ? { from: choice.from } : {}),
});

export const choiceProblem = (choice: DocumentChoice): 'validation.date' | 'statements.fromAfterTo' | null => {
  const isDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day);
  if (!isDay(choice.to) || (choice.kind === 'statement' && !choice.openItemsOnly && !isDay(choice.from)))
    return 'validation.date';
  if (choice.kind === 'statement' && !choice.openItemsOnly && choice.from > choice.to) return 'statements.fromAfterTo';
  return null;
};
