import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../backend';
import { startBridge, type Bridge } from '../../transport/http-bridge';

export interface ServeOptions {
  port: number;
  staticDir: string;
}

/** Browser mode: the bridge over the same backend, until Ctrl+C or SIGTERM. */
export async function serveCommand(backend: Backend, options: ServeOptions): Promise<Bridge> {
  const hasRenderer = fs.existsSync(path.join(options.staticDir, 'index.html'));
  const bridge = await startBridge({
    dispatch: backend.dispatch,
    actor: () => backend.actor(),
    events: backend.events,
    staticDir: hasRenderer ? options.staticDir : undefined,
    port: options.port,
  });
  if (!hasRenderer) {
    console.log(`Arayüz derlenmemiş (${options.staticDir} yok): önce "npm run build:renderer". Yalnızca API sunuluyor.`);
  }
  console.log(`Vade tarayıcı kipinde çalışıyor — bu adresi açın / open this address: ${bridge.url}`);
  console.log(`Veri klasörü / data folder: ${backend.info.dataDir}  ·  Durdurmak için Ctrl+C / Ctrl+C to stop`);
  // The URL as the store shows it: its password masked.
  if (backend.store.kind === 'postgres') console.log(`Veritabanı sunucusu / database server: ${backend.store.file}`);
  return bridge;
}
