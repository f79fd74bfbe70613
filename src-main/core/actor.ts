import os from 'node:os';

/**
 * Who is acting, as the audit log and the timeline record it: the person named on the PC the call came from
 * (Settings, `vade --as`, VADE_USER; null when none is set) and the computer's account the app runs under.
 * Each door (IPC, the browser bridge, the CLI) hands it to dispatch with the call.
 */
export interface Actor {
  name: string | null;
  account: string;
}

/** The OS user the process runs as ('user' where the system cannot say). */
export function osAccount(): string {
  try {
    return os.userInfo().username || 'user';
  } catch {
    return 'user';
  }
}
