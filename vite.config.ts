import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * `VADE_BRIDGE=http://127.0.0.1:5199 npm run dev:renderer` (with `vade serve --port 5199` running) lets the
 * dev server reach a real backend: calls and events are proxied, presenting the bridge's own origin so its
 * Origin check passes. Open http://localhost:5173/?token=… with the token that `vade serve` printed.
 */
function bridgeProxy(bridge: string | undefined): Record<string, ProxyOptions> | undefined {
  if (!bridge) return undefined;
  const common = { target: bridge, changeOrigin: true, headers: { origin: new URL(bridge).origin } };
  return { '/rpc': common, '/events': { ...common, ws: true } };
}

export default defineConfig({
  root: fromRoot('./src-renderer'),
  // Relative asset URLs: the same build is served from vade://app/ (Electron) and http://127.0.0.1:PORT/ (bridge).
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    target: 'es2023',
    // One bundle read from disk: the size warning says nothing useful for a desktop app.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: true, proxy: bridgeProxy(process.env.VADE_BRIDGE) },
});
