import type { Backend } from '../../src-main/backend';
import type { BacktestAnswer } from '../../src-shared/domain/dashboard/types';

type Ready = Extract<BacktestAnswer, { status: 'ready' }>;

/** Resolves when the backend publishes that the day's back-test over `weeks` weeks is ready. */
export function backtestReadyEvent(backend: Backend, weeks: number): Promise<void> {
  return new Promise((resolve) => {
    const stop = backend.events.subscribe((event) => {
      if (event.type !== 'dashboard/backtest-ready' || event.weeks !== weeks) return;
      stop();
      resolve();
    });
  });
}

async function askBacktest(backend: Backend, weeks: number): Promise<BacktestAnswer> {
  const result = await backend.dispatch('dashboard/backtest', { weeks });
  if (!result.ok) throw new Error(`dashboard/backtest refused: ${JSON.stringify(result.error)}`);
  return result.value as BacktestAnswer;
}

/** `dashboard/backtest` as the renderer uses it: asked, and asked again after the ready event if it was computing. */
export async function backtestWhenReady(backend: Backend, weeks = 8): Promise<Ready> {
  const ready = backtestReadyEvent(backend, weeks);
  let answer = await askBacktest(backend, weeks);
  if (answer.status === 'computing') {
    await ready;
    answer = await askBacktest(backend, weeks);
  }
  if (answer.status !== 'ready') throw new Error('dashboard/backtest still computing after its ready event');
  return answer;
}
