import { networkInterfaces } from 'node:os';

/** The machine's IPv4 addresses in its local networks (what a phone in the shop's Wi-Fi would open). */
export function localNetworkAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry!.address);
}
