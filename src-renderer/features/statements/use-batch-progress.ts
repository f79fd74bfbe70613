import { useEffect, useState } from 'react';
import { onEvent } from '../../api/client';

type Progress = { jobId: string; done: number; total: number };

/** The count/total the backend pushes while the batch `jobId` runs (null before the first push). */
export function useBatchProgress(jobId: string | null): { done: number; total: number } | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    if (!jobId) return undefined;
    return onEvent((event) => {
      if (event.type === 'statements/progress' && event.jobId === jobId)
        setProgress({ jobId, done: event.done, total: event.total });
    });
  }, [jobId]);
  return progress && progress.jobId === jobId ? progress : null;
}
