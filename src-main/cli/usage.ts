export const USAGE = `Vade — command line (the same backend as the app)

Usage:
  vade methods [--json]              list every method (with --json: its input JSON Schema)
  vade call <method> [json | -]      call a method; arguments as JSON, or - to read them from stdin
  vade serve [--port N]              browser mode: serve the app on http://127.0.0.1 with a per-launch token
  vade demo [--customers N] [--invoices M]   fill an EMPTY data folder with a realistic demo company
  vade companies copy --from <file|url> --to <file|url> [--json]
                                     copy a whole company (ledger, history, audit log) between a company
                                     file and a PostgreSQL server, either way; the target must hold no company;
                                     checked by rows and money per currency; a missing target file is created

Options:
  --data-dir DIR   the data folder (default: VADE_DATA_DIR, else the OS app-data folder for Vade)
  --as NAME        call: the person the change history and the timeline name for this call (default:
                   VADE_USER, else the person set for this PC: vade call workstation/update '{"personName":"…"}')
  --database-url URL   open the company on a PostgreSQL server instead of the data folder's file
                   (default: VADE_DATABASE_URL), e.g. postgres://vade@db.local:5432/vade?sslmode=require;
                   keep the password out of the command line: PGPASSWORD or ~/.pgpass
  --help, -h       this text
  --version        the Vade version

Method names are domain/verb in kebab-case (backups/create, reminders/run-now); the names of 0.x
(backup/create, customers/suggestCode …) still work until 1.1 and print which name to use on stderr.

Exit codes: 0 success · 1 the call was refused (typed error as JSON on stderr) · 2 wrong usage · 3 the database cannot be opened · 4 it ran but did nothing (an import that imported no document; the report is on stdout)

Examples:
  vade call customers/create '{"title":"Deniz Gıda Ltd. Şti.","taxId":"4540536920","city":"İzmir"}'
  vade call customers/list '{"search":"istanbul","limit":20}'
  echo '{"code":"C00001"}' | vade call customers/get -
  vade companies copy --from ~/.config/vade/companies/default.vade.sqlite --to postgres://vade@db.office.lan/vade
`;
