/**
 * The value of `--data-dir` in an argv, as `--data-dir X` or `--data-dir=X`; undefined when absent.
 * Electron's argv also carries Chromium switches and the app path, so the flag is looked for anywhere.
 */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--data-dir=')) return nonEmpty(arg.slice('--data-dir='.length));
    if (arg === '--data-dir') return nonEmpty(argv[i + 1]);
  }
  return undefined;
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== '' && !value.startsWith('--') ? value : undefined;
