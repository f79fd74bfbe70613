/**
 * The migrations are written once, in the SQLite SQL they have always run (a migration that has shipped is never
 * edited), and this turns each statement into PostgreSQL when a company lives on a server. It knows the finite set
 * of SQLite forms the migrations use and refuses any other it recognises, so a new migration that needs something
 * else fails its PostgreSQL test instead of creating a different schema. A new migration may also branch on
 * `storeKindOf(db)` (store/dialect/kind.ts) and write each store's SQL itself.
 *
 * - `integer` → `bigint` (money and ids pass 2^31); `integer primary key` (SQLite's row id) → an identity column;
 *   `blob` → `bytea`; text columns take `collate "C"` (byte order, as SQLite compares: sort keys, dates, codes);
 *   the table options `strict` and `without rowid` go.
 * - `create trigger … begin …; end` → a PL/pgSQL function and a row trigger calling it; its WHEN is tested inside
 *   the function (PostgreSQL's WHEN allows no subqueries); `select raise(abort, '…')` → `raise exception`.
 *   `drop trigger x` → drop the trigger on whichever table holds it, and its function.
 * - Upserts: `set n = n + excluded.n` names the table (`n` alone is ambiguous in PostgreSQL).
 * - Functions: `julianday(d)` → a day number from the date, `date(t, 'localtime')` → the day in the session's zone, `max(0, x)` → `greatest(0, x)`, `instr` → `strpos`;
 *   `insert or ignore` → `on conflict do nothing`.
 * - A statement that starts with `POSTGRES_AS_IS` is PostgreSQL already (a migration that branched on the store)
 *   and passes unchanged.
 */
export function sqliteDdlToPostgres(statement: string): string[] {
  const text = statement.trim().replace(/;\s*$/, '');
  if (text.startsWith(POSTGRES_AS_IS)) return [text];
  const translated = /^create\s+trigger\b/i.test(text)
    ? createTrigger(text)
    : /^drop\s+trigger\b/i.test(text)
      ? dropTrigger(text)
      : [plainStatement(text)];
  for (const sql of translated) assertNoSqliteLeft(sql);
  return translated;
}

/** Marks a migration statement written in PostgreSQL's own SQL (functions with transition tables, …). */
export const POSTGRES_AS_IS = '/* postgres */';

const TRIGGER =
  /^create\s+trigger\s+(\w+)\s+(before|after)\s+(insert|delete|update(?:\s+of\s+[\w\s,"]+?)?)\s+on\s+"?(\w+)"?(?:\s+when\s+([\s\S]+?))?\s+begin\s+([\s\S]*?)\s*end$/i;

function createTrigger(text: string): string[] {
  const match = TRIGGER.exec(text);
  if (!match) throw new Error(`A SQLite trigger this translation does not understand: ${text.slice(0, 120)}`);
  const [, name, timing, event, table, when, body] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  // A BEFORE trigger that returns null would skip the row's own change; an AFTER trigger's result is ignored.
  const pass = timing.toLowerCase() === 'after' ? 'null' : /^delete/i.test(event) ? 'old' : 'new';
  const statements = body
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const raise = /^select\s+raise\s*\(\s*(?:abort|fail|rollback)\s*,\s*('(?:[^']|'')*')\s*\)$/i.exec(s);
      return raise ? `raise exception ${raise[1]}` : plainStatement(s);
    });
  // SQLite fires a trigger only when WHEN is true (not when it is null).
  const guard = when ? `  if (${when.trim()}) is not true then return ${pass}; end if;\n` : '';
  const fn = `create or replace function ${name}_fn() returns trigger language plpgsql as $vade$
begin
${guard}${statements.map((s) => `  ${s};\n`).join('')}  return ${pass};
end $vade$`;
  return [fn, `create trigger ${name} ${timing} ${event} on ${table} for each row execute function ${name}_fn()`];
}

function dropTrigger(text: string): string[] {
  const match = /^drop\s+trigger\s+(?:if\s+exists\s+)?"?(\w+)"?$/i.exec(text);
  if (!match) throw new Error(`A SQLite drop trigger this translation does not understand: ${text}`);
  const name = match[1]!;
  return [
    `do $vade$ declare t regclass; begin
  select tgrelid into t from pg_trigger where tgname = '${name}' and not tgisinternal;
  if t is not null then execute format('drop trigger %I on %s', '${name}', t); end if;
end $vade$`,
    `drop function if exists ${name}_fn()`,
  ];
}

function plainStatement(text: string): string {
  // Table options: PostgreSQL types are always strict, and every table has the storage of SQLite's rowid tables.
  let sql = text.replace(/\)\s*(?:strict|without\s+rowid)(?:\s*,\s*(?:strict|without\s+rowid))*\s*$/i, ')');
  if (/^(create\s+table|alter\s+table)\b/i.test(sql)) sql = columnTypes(sql);
  sql = sql.replace(/\bcast\s*\(([\s\S]+?)\s+as\s+integer\s*\)/gi, 'cast($1 as bigint)');
  sql = sql.replace(/\bjulianday\s*\(([^()]+)\)/gi, "(($1)::date - date '2000-01-01')");
  sql = sql.replace(/\bmax\s*\(\s*0\s*,/gi, 'greatest(0,');
  // The local day of an ISO UTC time: the server session's time zone stands for "this computer's".
  sql = sql.replace(/\bdate\s*\(\s*([\w.]+)\s*,\s*'localtime'\s*\)/gi, "to_char(($1)::timestamptz, 'YYYY-MM-DD')");
  sql = sql.replace(/\binstr\s*\(/gi, 'strpos(');
  if (/^insert\s+or\s+ignore\s+into\b/i.test(sql))
    sql = `${sql.replace(/^insert\s+or\s+ignore\s+into/i, 'insert into')} on conflict do nothing`;
  return qualifyUpsert(sql);
}

/** Column types in `create table` and `alter table … add column`. */
function columnTypes(sql: string): string {
  return (
    sql
      // SQLite's `integer primary key` is the row id, numbered by the store; a key that references another is not.
      .replace(/("?\w+"?\s+)integer(\s+primary\s+key)(?!\s+references)/gi, '$1bigint generated by default as identity$2')
      .replace(/\binteger\b/gi, 'bigint')
      .replace(/\bblob\b/gi, 'bytea')
      // A column definition follows "(", "," or "add column"; a text column compares bytes, like SQLite's.
      .replace(/((?:[(,]|\badd\s+column)\s*"?\w+"?\s+)text\b/gi, '$1text collate "C"')
  );
}

/** `insert into t … on conflict … do update set n = n + excluded.n` → `n = t.n + excluded.n`. */
function qualifyUpsert(sql: string): string {
  const table = /^insert\s+into\s+"?(\w+)"?/i.exec(sql)?.[1];
  const at = sql.search(/\bdo\s+update\s+set\b/i);
  if (!table || at < 0) return sql;
  const set = sql.slice(at).replace(/\b(\w+)(\s*=\s*)\1\b(?!\s*\.)/g, `$1$2${table}.$1`);
  return sql.slice(0, at) + set;
}

const SQLITE_ONLY =
  /\b(without\s+rowid|julianday|pragma|insert\s+or\s+\w+|replace\s+into|raise\s*\(|instr\s*\(|strftime|date\s*\([^)]*'localtime'|ifnull|iif\s*\(|glob|autoincrement|group_concat)\b/i;

function assertNoSqliteLeft(sql: string): void {
  const found = SQLITE_ONLY.exec(sql);
  if (found) throw new Error(`SQLite-only SQL left for PostgreSQL (${found[0]}): ${sql.slice(0, 160)}`);
}
