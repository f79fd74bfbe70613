import type { SheetKind } from '../../../src-shared/domain/import/fields';
import { columnMappingSchema, type ColumnMapping } from '../../../src-shared/domain/import/schemas';
import type { Db } from '../../store/schema';

/** Spreadsheet imports remember a layout per kind; bank statements share the table as kind 'bank'. */
export type LayoutKind = SheetKind | 'bank';
import { safeJson } from '../settings/settings-repo';

export async function readLayout(db: Db, hash: string, kind: LayoutKind): Promise<ColumnMapping | null> {
  const row = await db
    .selectFrom('import_layouts')
    .select('mapping')
    .where('layout_hash', '=', hash)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row) return null;
  const parsed = columnMappingSchema.safeParse(safeJson(row.mapping));
  return parsed.success ? parsed.data : null;
}

export async function saveLayout(db: Db, hash: string, kind: LayoutKind, mapping: ColumnMapping, now: Date): Promise<void> {
  const values = { mapping: JSON.stringify(mapping), updated_at: now.toISOString() };
  await db
    .insertInto('import_layouts')
    .values({ layout_hash: hash, kind, ...values })
    .onConflict((oc) => oc.columns(['layout_hash', 'kind']).doUpdateSet(values))
    .execute();
}
