// A stand-in for a company's website on its own origin: a local server that passes every
// request through to the mock. The board page it returns keeps the mock's
// `data-api-base`, so the API is another origin than the page, as on a real site.
// (page.route could rewrite the page instead, but while any route is active Playwright
// answers CORS preflights itself and the mock would never see them.)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mockOrigin } from './mock-server';

export interface CrossOriginHost {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

const passedHeaders = ['content-type', 'cache-control', 'etag', 'last-modified'];

export async function startCrossOriginHost(): Promise<CrossOriginHost> {
  const server = http.createServer(async (request, response) => {
    try {
      const upstream = await fetch(`${mockOrigin}${request.url ?? '/'}`, {
        method: request.method,
      });
      const headers: Record<string, string> = {};
      for (const name of passedHeaders) {
        const value = upstream.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      response.writeHead(upstream.status, headers);
      response.end(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`cross-origin host: ${String(error)}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
