// Starts the release mock (see mock-binary.mjs) for a benchmark and reads its origins from the banner.
import { spawn } from 'node:child_process';
import { MOCK_BIN } from './mock-binary.mjs';

/**
 * Spawns the mock on `port` (and the demo company site on `sitePort`, another origin) serving
 * the build in `dist`, with `extraArgs`, and resolves once both listen: `{ origin, siteOrigin, stop }`.
 */
export async function startMock({ port, sitePort, dist = 'dist', extraArgs = [] }) {
  const args = ['--port', String(port), '--site-port', String(sitePort), '--dist', dist,
    // Every cold load spends the demo key; the default 100 per 10 s would throttle the bench.
    '--rate-limit', '100000', ...extraArgs];
  const mock = spawn(MOCK_BIN, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const banner = await new Promise((resolve, reject) => {
    let text = '';
    mock.stdout.on('data', (chunk) => {
      text += String(chunk);
      // The company site's line is the banner's last one.
      if (/company site: \S+/.test(text)) resolve(text);
    });
    mock.on('exit', (code) => reject(new Error(`the mock exited with ${code}:\n${text}`)));
  });
  const origin = banner.match(/listening on (\S+)/)[1];
  const siteOrigin = banner.match(/company site: (\S+)/)[1].replace(/\/$/, '');
  return { origin, siteOrigin, stop: () => mock.kill() };
}

/** Zeroes the mock's request counters (`/__mock/` requests are never counted themselves). */
export async function resetMockStats(origin) {
  const response = await fetch(`${origin}/__mock/stats/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`POST /__mock/stats/reset answered ${response.status}`);
}

/** `{requests, preflights, by_path}` since the last reset. */
export async function mockStats(origin) {
  const response = await fetch(`${origin}/__mock/stats`);
  if (!response.ok) throw new Error(`GET /__mock/stats answered ${response.status}`);
  return response.json();
}
