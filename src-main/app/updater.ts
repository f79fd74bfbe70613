/**
 * Looks for a new version in the background, only in a packaged app (a dev run has no update feed).
 * An offline desk is the normal case, so every failure is a log line, never a dialog or a crash.
 */
export async function checkForUpdatesInBackground(isPackaged: boolean): Promise<void> {
  if (!isPackaged) return;
  try {
    const { autoUpdater } = await import('electron-updater'); // loaded lazily: dev runs never touch it
    // Without an 'error' listener an updater error would be thrown as an uncaught 'error' event.
    autoUpdater.on('error', (error: Error) => console.warn(`Update check failed: ${error.message}`));
    await autoUpdater.checkForUpdatesAndNotify();
  } catch (error) {
    console.warn(`Update check failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
