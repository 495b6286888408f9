/**
 * The header the server's preload (scripts/server/client-address.cjs) sets on every request: the
 * client's address, from the socket, or from X-Forwarded-For only through proxies named in
 * TRUSTED_PROXIES. Rate limits key on it; nothing a client sends can change it.
 */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/** The Node options that load the preload into a `next start` / `next dev` process. */
export const CLIENT_ADDRESS_NODE_OPTIONS = "--require=./scripts/server/client-address.cjs";

/** The client's address, or null when the server was started without the preload. */
export function clientAddressOf(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER) || null;
}
