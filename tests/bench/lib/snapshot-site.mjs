// A mock on free ports (see free-port.mjs) that also serves a `careers snapshot` of its own
// jobs at /snapshot/, written the way `make demo` writes target/demo-snapshot.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.mjs';
import { CAREERS_BIN } from './mock-binary.mjs';
import { startMock } from './mock-process.mjs';

/**
 * Starts the mock (with the company site) and writes the snapshot into a temporary folder it
 * serves; resolves to startMock's `{ origin, siteOrigin }` plus `snapshotUrl` and a `stop`
 * that also removes the folder.
 */
export async function startMockWithSnapshot({ dist = 'dist' } = {}) {
  const port = await freePort();
  const sitePort = await freePort();
  const folder = await mkdtemp(path.join(tmpdir(), 'careers-bench-'));
  const site = path.join(folder, 'site');
  // The mock reads the folder per request, so it may be written after the mock is up (it
  // has to be: the snapshot reads the jobs from this very mock).
  const mock = await startMock({ port, sitePort, dist, extraArgs: ['--snapshot-dir', site] });
  try {
    await promisify(execFile)(CAREERS_BIN, ['snapshot', '--out', site, '--dist', dist,
      '--site-url', `${mock.origin}/snapshot`, '--company-name', 'Northwind', '--api-base', mock.origin],
    { env: { ...process.env, TEAMTAILOR_API_KEY: 'demo-public-key' } });
  } catch (error) {
    mock.stop();
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    ...mock,
    snapshotUrl: `${mock.origin}/snapshot/`,
    async stop() {
      mock.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
