/**
 * Runs `task` now, or — when a mouse button or finger is down — just after it is released.
 *
 * Validating a field when it loses focus shows its error message, which pushes everything below it
 * down. If that focus loss came from pressing a button further down the page, the button moves
 * away before the release and the click is lost. Waiting for the release keeps the click.
 */
let pointerDown = false;
window.addEventListener('pointerdown', () => (pointerDown = true), true);
window.addEventListener('pointerup', () => (pointerDown = false), true);
window.addEventListener('pointercancel', () => (pointerDown = false), true);

export function afterPointerRelease(task: () => void): void {
  if (!pointerDown) {
    task();
    return;
  }
  const release = () => {
    window.removeEventListener('pointerup', release, true);
    window.removeEventListener('pointercancel', release, true);
    // The click event follows pointerup in the same task: run after it.
    setTimeout(task, 0);
  };
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}
