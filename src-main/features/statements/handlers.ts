import type { RunMode } from '../../../src-shared/domain/system/contract';
import type { DocumentOptions } from '../../../src-shared/domain/statements/schemas';
import { safeFileNamePart } from '../../../src-shared/text/turkish';
import { notFound } from '../../core/errors';
import type { HandlerContext } from '../../core/context';
import type { EventHub } from '../../core/events';
import type { DomainHandlers } from '../../core/registry';
import { callerOutputPath, exportDocument } from '../../documents/document-export';
import { documentAssets } from '../../documents/document-assets';
import type { DocumentHost } from '../../documents/document-host';
import { requireCompanyProfile } from '../company-profile/company-guard';
import { readSettings } from '../settings/settings-repo';
import { runBatch } from './batch-export';
import { batchCustomerIds } from './batch-filter';
import { documentCustomers, documentFileName, renderCustomerDocument, resolveOptions } from './statement-documents';

export interface StatementsDeps {
  host: DocumentHost;
  events: EventHub;
  mode: RunMode;
}

const PROGRESS_EVERY_MS = 100;

export function statementsHandlers(deps: StatementsDeps): DomainHandlers<'statements'> {
  const running = new Map<string, { cancelled: boolean }>();

  /** A path from the caller is taken from the command line only; the app's windows ask the host. */
  const callerOutput = (output: string | undefined, ctx: HandlerContext) => callerOutputPath(deps.mode, output, ctx);

  const resolve = async (options: DocumentOptions, ctx: HandlerContext) => {
    const settings = await readSettings(ctx.db);
    const now = ctx.now();
    return { now, resolved: resolveOptions(options, settings.language, now) };
  };

  /** What drawing a document needs; refused before anything is asked or written while the company has no name. */
  const prepare = async (options: DocumentOptions, ctx: HandlerContext) => {
    const assets = documentAssets(await requireCompanyProfile(ctx.db, await ctx.language()));
    return { ...(await resolve(options, ctx)), assets };
  };

  const oneCustomer = async (ctx: HandlerContext, customerId: number) => {
    const [customer] = await documentCustomers(ctx.db, [customerId]);
    if (!customer) throw notFound(`Customer ${customerId} does not exist`);
    return customer;
  };

  return {
    'statements/render': async ({ customerId, ...options }, ctx) => {
      const customer = await oneCustomer(ctx, customerId);
      const { now, resolved, assets } = await prepare(options, ctx);
      const { bytes, pages } = await renderCustomerDocument(ctx.db, customer, resolved, assets, now);
      return { fileName: documentFileName(customer, resolved), pdfBase64: bytes.toString('base64'), pages };
    },

    'statements/export': async ({ customerId, output, ...options }, ctx) => {
      await callerOutput(output, ctx);
      const customer = await oneCustomer(ctx, customerId);
      const { now, resolved, assets } = await prepare(options, ctx);
      return exportDocument(deps, ctx, output, documentFileName(customer, resolved), () =>
        renderCustomerDocument(ctx.db, customer, resolved, assets, now),
      );
    },

    'statements/export-batch': async ({ filter, layout, jobId, output, ...options }, ctx) => {
      const explicit = await callerOutput(output, ctx);
      const { now, resolved, assets } = await prepare(options, ctx);
      const ids = await batchCustomerIds(ctx, filter, resolved.to, resolved.today);
      const kind = safeFileNamePart(
        resolved.kind === 'reconciliation'
          ? resolved.language === 'tr'
            ? 'mutabakat'
            : 'reconciliation'
          : resolved.language === 'tr'
            ? 'ekstre'
            : 'statements',
      );
      const suggested = `${kind}-${resolved.to}`;
      const target =
        explicit ??
        (layout === 'combined' ? await deps.host.saveFile(`${suggested}.pdf`) : await deps.host.chooseFolder(suggested));
      if (!target) return { status: 'cancelled', path: null, total: ids.length, written: [], failed: [], skipped: ids.length };

      const id = jobId ?? `job-${now.getTime()}`;
      const state = { cancelled: false };
      running.set(id, state);
      let lastPush = 0;
      try {
        const result = await runBatch({
          db: ctx.db,
          customerIds: ids,
          options: resolved,
          assets,
          now,
          target,
          layout,
          isCancelled: () => state.cancelled,
          progress: (done, total) => {
            const at = Date.now();
            if (done < total && at - lastPush < PROGRESS_EVERY_MS) return;
            lastPush = at;
            deps.events.publish({ type: 'statements/progress', jobId: id, done, total });
          },
        });
        if (!explicit && result.path) deps.host.reveal(result.path);
        return result;
      } finally {
        running.delete(id);
      }
    },

    'statements/count': async ({ filter }, ctx) => {
      const { resolved } = await resolve({ kind: 'statement', openItemsOnly: false }, ctx);
      return { total: (await batchCustomerIds(ctx, filter, resolved.to, resolved.today)).length };
    },

    'statements/cancel': ({ jobId }) => {
      const state = running.get(jobId);
      if (state) state.cancelled = true;
      return { cancelled: state !== undefined };
    },
  };
}
