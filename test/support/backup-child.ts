// Child process for the SIGKILL test: writes to a company and backs it up in a loop until it is killed.
import path from 'node:path';
import { backupDatabase } from '../../src-main/store/backup';
import { openStore } from '../../src-main/store/open-store';

const [dataDir, password] = process.argv.slice(2);
const store = await openStore(dataDir!);
const insert = store.raw.prepare("insert into settings (key, value, updated_at) values (?, ?, 'now')");
const fill = store.raw.transaction((from: number) => {
  for (let i = from; i < from + 5000; i++) insert.run(`k${i}`, JSON.stringify('x'.repeat(300)));
});
for (let n = 0; n < 8; n++) fill(n * 5000);
process.stdout.write('ready\n');
for (let round = 0; ; round++) {
  fill(100_000 + round * 5000);
  await backupDatabase(store.raw, path.join(dataDir!, 'backups'), 'auto', { password, scratchDir: path.join(dataDir!, 'tmp') });
  process.stdout.write('backed up\n');
}
