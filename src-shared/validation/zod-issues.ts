import type { z } from 'zod';
import type { FieldIssue } from '../contract/errors';
import type { Language } from '../i18n/language';
import { isMessageKey, translate, type MessageKey, type MessageParams } from '../i18n/translate';

/**
 * Turns zod issues into field issues with i18n keys. Schemas name their own key as the message
 * where it matters (e.g. 'validation.taxId.vkn'); zod's generic failures get a generic key.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], language: Language): FieldIssue[] {
  return issues.map((issue) => {
    const [key, params] = keyFor(issue);
    return {
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      key,
      ...(params ? { params } : {}),
      message: translate(language, key, params),
    };
  });
}

function keyFor(issue: z.core.$ZodIssue): [MessageKey, MessageParams?] {
  const limits = limitParams(issue);
  if (isMessageKey(issue.message)) return [issue.message, limits];
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? ['validation.required'] : ['validation.tooShort', limits];
      return ['validation.min', limits];
    case 'too_big':
      if (issue.origin === 'string') return ['validation.tooLong', limits];
      if (issue.origin === 'array') return ['validation.tooMany', limits];
      return ['validation.max', limits];
    case 'invalid_type':
      if (issue.expected === 'int') return ['validation.integer'];
      return issue.input === undefined ? ['validation.required'] : ['validation.invalidType'];
    case 'invalid_format':
      return issue.format === 'email' ? ['validation.email'] : ['validation.invalid'];
    case 'invalid_value':
      return ['validation.oneOf'];
    case 'unrecognized_keys':
      return ['validation.unknownField', { keys: issue.keys.join(', ') }];
    default:
      return ['validation.invalid'];
  }
}

function limitParams(issue: z.core.$ZodIssue): MessageParams | undefined {
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  // A schema's own rule may name what its message needs (`ctx.addIssue({ …, params: { max } })`).
  if (issue.code === 'custom' && issue.params) return issue.params as MessageParams;
  return undefined;
}
