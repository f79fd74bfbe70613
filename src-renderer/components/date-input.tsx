import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { isBusinessDate } from '../../src-shared/dates/business-date';
import type { Language } from '../../src-shared/i18n/language';
import { useI18n } from '../i18n/i18n-context';
import { parseDay } from '../../src-shared/dates/parse-day';

export interface DateInputProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'type' | 'min' | 'max'> {
  /** A business date 'YYYY-MM-DD'; '' when empty; the typed text while it is not a date yet. */
  value?: string;
  onChange: (day: string) => void;
  /** Earliest and latest day the calendar offers, 'YYYY-MM-DD'. */
  min?: string | undefined;
  max?: string | undefined;
}

const SEPARATOR: Record<Language, string> = { tr: '.', en: '/' };

/** 2026-12-31 → 31.12.2026 (tr) or 31/12/2026 (en); anything else is left as it is. */
export function formatDay(day: string, language: Language): string {
  if (!isBusinessDate(day)) return day;
  const [y, m, d] = day.split('-');
  return [d, m, y].join(SEPARATOR[language]);
}

/**
 * A calendar day typed the way the user writes it (31.12.2026) or picked from the browser's calendar,
 * handed over as 'YYYY-MM-DD'. Text that is not a day yet is handed over as typed, so validation can
 * say so.
 */
export function DateInput({ value = '', onChange, min, max, onBlur, disabled, ...rest }: DateInputProps) {
  const { language, t } = useI18n();
  const [text, setText] = useState(() => formatDay(value, language));
  // The last value this input reported: anything else arriving in `value` was set from outside.
  const reported = useRef(value);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      setText(formatDay(value, language));
    }
  }, [value, language]);

  const report = (day: string) => {
    reported.current = day;
    onChange(day);
  };

  const handleChange = (next: string) => {
    setText(next);
    report(next.trim() === '' ? '' : (parseDay(next) ?? next.trim()));
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    if (isBusinessDate(value)) setText(formatDay(value, language));
    onBlur?.(event);
  };

  const pick = () => {
    const input = picker.current;
    if (!input) return;
    input.value = isBusinessDate(value) ? value : '';
    input.showPicker();
  };

  return (
    <TextInput
      {...rest}
      disabled={disabled}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={rest.placeholder ?? t('common.datePlaceholder')}
      onChange={(event) => handleChange(event.currentTarget.value)}
      onBlur={handleBlur}
      rightSectionPointerEvents="all"
      rightSection={
        <>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={pick}
            disabled={disabled}
            aria-label={t('common.pickDate')}
            tabIndex={-1}
          >
            <IconCalendar size={16} />
          </ActionIcon>
          {/* The browser's own calendar, opened by the button; never seen or focused itself. */}
          <input
            ref={picker}
            type="date"
            min={min}
            max={max}
            tabIndex={-1}
            aria-hidden
            style={{ position: 'absolute', right: 0, bottom: 0, width: 0, height: 0, opacity: 0, border: 0, padding: 0 }}
            onChange={(event) => {
              const day = event.currentTarget.value;
              if (!isBusinessDate(day)) return;
              setText(formatDay(day, language));
              report(day);
            }}
          />
        </>
      }
    />
  );
}
