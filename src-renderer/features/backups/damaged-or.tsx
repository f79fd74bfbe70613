import type { ReactNode } from 'react';
import { useBackupStatus } from './queries';
import { DamagedDatabaseScreen } from './damaged-database-screen';

/** The screens, unless the company file is damaged: then only the way back to the latest good backup. */
export function DamagedOr({ children }: { children: ReactNode }) {
  const status = useBackupStatus();
  return status.data?.damaged ? <DamagedDatabaseScreen status={status.data} /> : <>{children}</>;
}
