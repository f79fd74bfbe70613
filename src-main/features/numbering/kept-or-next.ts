import type { NumberReplaced } from '../../../src-shared/domain/common/number-replaced';
import type { HandlerContext } from '../../core/context';
import type { Db } from '../../store/schema';

/**
 * The number a create uses: the typed one; none typed, the next free one; and when the user kept the number the form
 * suggested but another PC took it meanwhile, the next free one with a notice (they never chose that number, so a
 * "taken" refusal would only make them save again). It runs in the writer's transaction, which on a server holds the
 * company's writer lock, so the next free number read here is still free at the insert. A number typed by hand
 * stays as typed, and the caller refuses it when taken.
 */
export async function keptOrNext(
  ctx: HandlerContext,
  given: string | undefined,
  suggested: string | undefined,
  takenBy: (db: Db, value: string) => Promise<number | undefined>,
  next: () => Promise<string>,
): Promise<{ used: string; notice: NumberReplaced }> {
  if (given === undefined) return { used: await next(), notice: {} };
  if (given !== suggested || (await takenBy(ctx.db, given)) === undefined) return { used: given, notice: {} };
  const used = await next();
  return { used, notice: { numberReplaced: { given, used } } };
}
