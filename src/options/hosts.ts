/**
 * Turns what a person types into the exception list ("https://www.Example.com/news", "example.com ")
 * into the bare lowercase hostname the settings store, or null when it names no host.
 */

/** The shape settings validation keeps; anything else would be silently dropped on save. */
const STORABLE_HOST = /^[a-z0-9.-]{1,253}$/;

/** Normalises input to a hostname (IDNs become punycode, as page hostnames do), or null. */
export function normaliseHost(input: string): string | null {
  const raw = input.trim();
  if (!raw || /\s/.test(raw)) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (!STORABLE_HOST.test(host) || host.startsWith('.') || host.includes('..')) return null;
  return host;
}

/** Adds host to list unless already present, keeping the list sorted for easy scanning. */
export function addHost(list: readonly string[], host: string): string[] {
  return list.includes(host) ? [...list] : [...list, host].sort();
}
