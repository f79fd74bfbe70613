/**
 * A create form sends the next number it was shown (`suggestedNumber` / `suggestedCode`). When the user kept it and
 * another PC took it meanwhile, the backend uses the next free one and says so here; a number typed by hand that is
 * taken is still refused.
 */
export interface NumberReplaced {
  numberReplaced?: { given: string; used: string };
}
