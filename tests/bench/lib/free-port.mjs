// A free loopback port in 38000–38999, the range these benchmarks keep to so they do not
// collide with `make demo` (8080), the e2e tier (18080) or first-title.mjs (18096).
import net from 'node:net';

const LOW = 38000;
const HIGH = 38999;
// Ports handed out by this process: a mock that has not bound its port yet still owns it.
const taken = new Set();

/** Resolves to a port in the range that nothing listened on a moment ago. */
export async function freePort() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW + 1));
    if (taken.has(port)) continue;
    if (await canListen(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${LOW}–${HIGH}`);
}

function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
