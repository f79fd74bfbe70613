import { todayLocal } from '../../../src-shared/dates/business-date';
import type { RunMode } from '../../../src-shared/domain/system/contract';
import type { Language } from '../../../src-shared/i18n/language';
import { translate } from '../../../src-shared/i18n/translate';
import { safeFileNamePart } from '../../../src-shared/text/turkish';
import type { HandlerContext } from '../../core/context';
import { notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { documentAssets } from '../../documents/document-assets';
import { exportDocument, renderedDocument, renderPdf } from '../../documents/document-export';
import type { DocumentHost } from '../../documents/document-host';
import { drawPlanSchedule } from '../../documents/plan-schedule-pdf';
import { requireCompanyProfile } from '../company/company-guard';
import { readSettings } from '../settings/settings-repo';
import { documentCustomers } from '../statements/statement-documents';
import { keepPlansCurrent } from './plan-progress';
import { readPlanSettings } from './plan-settings';
import { loadPlan } from './plans-repo';

export type ScheduleMethods = 'plans/schedulePdf' | 'plans/exportSchedulePdf';

/** Everything one plan's printable schedule needs, read before anything is drawn. */
async function planDocument(ctx: HandlerContext, id: number, requested: Language | undefined) {
  await keepPlansCurrent(ctx.db, ctx.now());
  const today = todayLocal(ctx.now());
  const plan = await loadPlan(ctx.db, id, today, (await readPlanSettings(ctx.db)).graceDays);
  if (!plan) throw notFound(`Plan ${id} does not exist`);
  const [customer] = await documentCustomers(ctx.db, [plan.customerId]);
  if (!customer) throw notFound(`Customer ${plan.customerId} does not exist`);
  const language = requested ?? (await readSettings(ctx.db)).language;
  const assets = documentAssets(await requireCompanyProfile(ctx.db, await ctx.language()));
  const fileName = `${[safeFileNamePart(customer.code, 32), safeFileNamePart(customer.title), translate(language, 'plans.pdf.fileName'), String(plan.id)].filter(Boolean).join('-')}.pdf`;
  const render = () =>
    renderPdf(
      assets,
      language,
      ctx.now(),
      (text) => `${text.t('plans.pdf.title')} #${plan.id} — ${customer.title}`,
      (doc, text) => drawPlanSchedule(doc, { customer, plan, issued: today }, assets, text),
    );
  return { fileName, render };
}

/** The plan's printable schedule: for the preview, and saved as a file. */
export function scheduleHandlers(deps: { host: DocumentHost; mode: RunMode }): Pick<DomainHandlers<'plans'>, ScheduleMethods> {
  return {
    'plans/schedulePdf': async ({ id, language }, ctx) => {
      const { fileName, render } = await planDocument(ctx, id, language);
      return renderedDocument(fileName, await render());
    },
    'plans/exportSchedulePdf': async ({ id, language, output }, ctx) => {
      const { fileName, render } = await planDocument(ctx, id, language);
      return exportDocument(deps, ctx, output, fileName, render);
    },
  };
}
