import { sql } from 'kysely';

/** An item's reference, paper kind and plan, looked up by its kind and id (`y` is the item row). */
export const detailColumns = sql`
  case y.kind
    when 'invoice' then (select number from invoices where id = y.id)
    when 'instalment' then (select cast(seq as text) from plan_instalments where id = y.id)
    when 'cheque' then (select serial_number from cheques where id = y.id)
    else (select note from promises where id = y.id)
  end as reference,
  case when y.kind = 'cheque' then (select kind from cheques where id = y.id) end as cheque_kind,
  case when y.kind = 'instalment' then (select plan_id from plan_instalments where id = y.id) end as plan_id`;
