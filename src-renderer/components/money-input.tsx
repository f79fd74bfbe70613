import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { formatAmount } from '../../src-shared/money/format';
import { parseMoney } from '../../src-shared/money/parse';
import { useLanguage } from '../i18n/i18n-context';

export interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange'> {
  /** Integer minor units (kuruş); null when empty; NaN while the text is not an amount. */
  value?: number | null;
  onChange: (minor: number | null) => void;
}

const textFor = (minor: number | null, language: ReturnType<typeof useLanguage>): string =>
  minor === null || !Number.isFinite(minor) ? '' : formatAmount(minor, language);

/**
 * An amount typed the way people write it ("1.234,56", "1234,5"), kept as integer minor units.
 * The text is left alone while typing and shown formatted once the field loses focus.
 */
export function MoneyInput({ value = null, onChange, onBlur, ...rest }: MoneyInputProps) {
  const language = useLanguage();
  const [text, setText] = useState(() => textFor(value, language));
  // The last value this input reported: anything else arriving in `value` was set from outside.
  const reported = useRef<number | null>(value);
  const focused = useRef(false);

  useEffect(() => {
    if (!Object.is(value, reported.current)) {
      reported.current = value;
      setText(textFor(value, language));
    }
  }, [value, language]);

  useEffect(() => {
    if (!focused.current && Number.isFinite(reported.current)) setText(textFor(reported.current, language));
  }, [language]);

  const handleChange = (next: string) => {
    setText(next);
    const minor = next.trim() === '' ? null : (parseMoney(next, language) ?? Number.NaN);
    reported.current = minor;
    onChange(minor);
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    focused.current = false;
    if (value !== null && Number.isFinite(value)) setText(formatAmount(value, language));
    onBlur?.(event);
  };

  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(event) => handleChange(event.currentTarget.value)}
      onFocus={(event) => {
        focused.current = true;
        rest.onFocus?.(event);
      }}
      onBlur={handleBlur}
    />
  );
}
