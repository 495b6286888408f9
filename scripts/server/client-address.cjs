/**
 * Preloaded into the Next.js server (`node --require`, see package.json's start and dev): stamps
 * every request with the address of the client that sent it, in the x-client-address header,
 * before Next.js or any route sees the request.
 *
 * Why here: a Next.js route never sees the socket. Next copies the socket's address into
 * X-Forwarded-For only when the client sent none, so a client that sends its own gets any address
 * it likes, and the sign-in rate limit keyed on it could be bypassed with a new value per
 * attempt. The socket's address is the only one a client cannot choose; forwarding headers are
 * believed only when they come from a proxy named in TRUSTED_PROXIES (addresses or CIDR ranges,
 * comma-separated; default none), walking X-Forwarded-For from the right past trusted hops.
 * Whatever the client sent in x-client-address itself is overwritten.
 */
"use strict";
const http = require("node:http");
const net = require("node:net");

const HEADER = "x-client-address";

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) reads as 127.0.0.1. */
function plain(address) {
  return address.startsWith("::ffff:") && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

function parseTrustedProxies(value) {
  const list = new net.BlockList();
  for (const entry of (value || "").split(",").map((item) => item.trim()).filter(Boolean)) {
    const [address, prefix, extra] = entry.split("/");
    const family = net.isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    if (!family || extra !== undefined || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= (family === 4 ? 32 : 128)))) {
      console.error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
      process.exit(1);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const isTrusted = (address) => net.isIP(address) !== 0 && trusted.check(address, net.isIPv4(address) ? "ipv4" : "ipv6");

function clientAddress(request) {
  let address = plain(request.socket.remoteAddress || "");
  if (!isTrusted(address)) return address;
  const forwarded = String(request.headers["x-forwarded-for"] || "").split(",").map((hop) => plain(hop.trim())).filter(Boolean);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    // A hop that is not an address was not written by a proxy we trust: stop at the last one that was.
    if (!net.isIP(forwarded[i])) return address;
    address = forwarded[i];
    if (!isTrusted(address)) return address;
  }
  return address;
}

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithClientAddress(event, request) {
  if (event === "request") request.headers[HEADER] = clientAddress(request);
  return emit.apply(this, arguments);
};
