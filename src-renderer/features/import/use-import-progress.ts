import { useEffect, useState } from 'react';
import { onEvent } from '../../api/client';

export interface ImportProgress {
  phase: 'validate' | 'write';
  done: number;
  total: number;
}

/** The rows the backend reports while the import `jobId` runs (null before its first report). */
export function useImportProgress(jobId: string | null): ImportProgress | null {
  const [progress, setProgress] = useState<(ImportProgress & { jobId: string }) | null>(null);
  useEffect(() => {
    if (!jobId) return undefined;
    return onEvent((event) => {
      if (event.type === 'imports/progress' && event.jobId === jobId)
        setProgress({ jobId, phase: event.phase, done: event.done, total: event.total });
    });
  }, [jobId]);
  return progress && progress.jobId === jobId ? progress : null;
}
