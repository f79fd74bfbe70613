/** 'HH:MM' of a moment on this computer's clock. */
export const localClock = (now: Date): string =>
  `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
