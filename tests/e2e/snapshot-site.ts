// A `careers snapshot` folder built from the mock, served by a small static server on a free
// port: what a CDN would serve. The snapshot is taken with the demo Public key.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { demoApiKey, mockOrigin } from './mock-server';

const repoRoot = path.resolve(__dirname, '../..');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

export interface SnapshotSite {
  origin: string;
  folder: string;
  close(): Promise<void>;
}

/** Serves `folder` like a CDN: `/x/` is `/x/index.html`, unknown paths are 404. */
function serveFolder(folder: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(folder, path.normalize(urlPath));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Starts the server, then writes the snapshot for its URL (the site URL must be known first). */
export async function startSnapshotSite(name: string): Promise<SnapshotSite> {
  const folder = path.join(__dirname, 'artifacts', name);
  const server = await serveFolder(folder);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const args = ['snapshot', '--out', folder,
    '--site-url', origin, '--company-name', 'Northwind', '--api-base', mockOrigin];
  if (existsSync(path.join(repoRoot, 'dist', 'index.html'))) args.push('--dist', path.join(repoRoot, 'dist'));
  // Built with the mock before the specs start (the config's webServer).
  execFileSync(path.join(repoRoot, 'target', 'release', 'careers'), args, {
    cwd: repoRoot,
    env: { ...process.env, TEAMTAILOR_API_KEY: demoApiKey },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return {
    origin,
    folder,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
