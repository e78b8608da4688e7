import { phoneProtector, type PhoneProtector } from '@duban/core';

const cache = new WeakMap<Buffer, PhoneProtector>();

/** The phone protector for the installation's data key (key derivation once per key). */
export function phonesFor(dataKey: Buffer): PhoneProtector {
  let p = cache.get(dataKey);
  if (!p) cache.set(dataKey, (p = phoneProtector(dataKey)));
  return p;
}
