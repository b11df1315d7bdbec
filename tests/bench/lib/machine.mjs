// The line every benchmark prints so a reader can tell how busy the machine was.
import { cpus, loadavg } from 'node:os';

export function machineLine(browser) {
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  return `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}; Chromium ${browser.version()}; load average ${load}`;
}
