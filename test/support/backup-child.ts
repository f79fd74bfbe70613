// Child process for the SIGKILL test: writes to a company and backs it up in a loop until it is killed. The company
// is the data folder's file, or with VADE_DATABASE_URL a company on a server (its backup: the app's logical copy).
import path from 'node:path';
import { backupInto } from '../../src-main/store/backup';
import { copyToCompanyFile } from '../../src-main/store/copy/company-file-copy';
import { openStore } from '../../src-main/store/open-store';

const [dataDir, password] = process.argv.slice(2);
const databaseUrl = process.env.VADE_DATABASE_URL;
const store = await openStore(dataDir!, databaseUrl ? { databaseUrl } : {});
const row = (i: number) => ({ key: `k${i}`, value: JSON.stringify('x'.repeat(300)), updated_at: 'now' });
/** 5,000 settings rows in one transaction: what is on disk holds a whole number of them, never part of one. */
const fill = async (from: number) => {
  const keys = Array.from({ length: 5000 }, (_, i) => from + i);
  if (store.kind === 'sqlite') {
    const insert = store.raw.prepare("insert into settings (key, value, updated_at) values (?, ?, 'now')");
    store.raw.transaction(() => keys.forEach((i) => insert.run(`k${i}`, row(i).value)))();
    return;
  }
  await store.db.transaction().execute(async (trx) => {
    for (let at = 0; at < keys.length; at += 1000)
      await trx
        .insertInto('settings')
        .values(keys.slice(at, at + 1000).map(row))
        .execute();
  });
};
for (let n = 0; n < 8; n++) await fill(n * 5000);
process.stdout.write('ready\n');
for (let round = 0; ; round++) {
  await fill(100_000 + round * 5000);
  process.stdout.write('backing up\n');
  const options = { password, scratchDir: path.join(dataDir!, 'tmp') };
  await backupInto((plain) => copyToCompanyFile(store, plain), 'default', path.join(dataDir!, 'backups'), 'auto', options);
  process.stdout.write('backed up\n');
}
