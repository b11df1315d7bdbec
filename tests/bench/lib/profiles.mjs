// The two conditions every case loads under. Slow 4G is Lighthouse's mobile preset (150 ms
// RTT, 1.6 Mbps down, 750 kbps up, CPU 4x slower), applied as DevTools does it: through the
// Chrome DevTools Protocol, per page, before navigation.

export const PROFILES = [
  { name: 'loopback', label: 'loopback', network: null, cpuRate: 1 },
  {
    name: 'slow4g',
    label: 'slow 4G + 4x CPU',
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
    cpuRate: 4,
  },
];

/** Applies `profile` to the page behind `cdp` (a CDP session of that page). */
export async function applyProfile(cdp, profile) {
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  if (profile.cpuRate !== 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  }
}
