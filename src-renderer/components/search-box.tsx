import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { FocusSearchState } from '../app/hotkeys';
import { useT } from '../i18n/i18n-context';

const SEARCH_DEBOUNCE_MS = 200;

interface SearchBoxProps {
  value: string;
  onChange: (search: string) => void;
  /** Arrow-down from the box moves into the results. */
  onArrowDown: () => void;
  placeholder: string;
  label: string;
  testId: string;
  /** The keyboard shortcut that jumps here, shown in the empty box (e.g. "Ctrl K"). */
  shortcut?: string;
}

const wantsFocus = (state: unknown): state is FocusSearchState =>
  typeof state === 'object' && state !== null && 'focusSearch' in state;

/** Search text is local while typing and reaches the list (and the URL) after a short pause. */
export function SearchBox({ value, onChange, onArrowDown, placeholder, label, testId, shortcut }: SearchBoxProps) {
  const t = useT();
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const input = useRef<HTMLInputElement>(null);
  const location = useLocation();

  useEffect(() => {
    if (debounced !== value) onChange(debounced);
    // Only a new debounced text should search; `value` catching up must not loop back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  // Filters cleared elsewhere (the "clear filters" button) show up in the box too. Adjusted during
  // render rather than in an effect, as React recommends for state derived from a prop.
  const [seenValue, setSeenValue] = useState(value);
  if (value !== seenValue) {
    setSeenValue(value);
    if (value !== debounced) setText(value);
  }

  const focusToken = wantsFocus(location.state) ? location.state.focusSearch : 0;
  useEffect(() => {
    if (focusToken) input.current?.select();
  }, [focusToken]);

  return (
    <TextInput
      ref={input}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') {
          event.preventDefault();
          onArrowDown();
        } else if (event.key === 'Escape' && text) {
          setText('');
        }
      }}
      placeholder={placeholder}
      aria-label={label}
      leftSection={<IconSearch size={16} />}
      rightSectionWidth={text || !shortcut ? 36 : 64}
      rightSection={
        text ? (
          <CloseButton size="sm" aria-label={t('common.clearSearch')} onClick={() => setText('')} />
        ) : (
          shortcut && <Kbd size="xs">{shortcut}</Kbd>
        )
      }
      rightSectionPointerEvents={text ? 'all' : 'none'}
      data-testid={testId}
      autoFocus
      style={{ flex: 1, minWidth: 240 }}
    />
  );
}
