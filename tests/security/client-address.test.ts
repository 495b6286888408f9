import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "../../lib/security/client-address";

const PRELOAD = path.resolve("scripts/server/client-address.cjs");
// A plain Node server with the preload, answering with the header the app would read.
const ECHO = `require("node:http").createServer((q, s) => s.end(String(q.headers["${CLIENT_ADDRESS_HEADER}"]))).listen(0, "127.0.0.1", function () { console.log(this.address().port); });`;

let child: ChildProcess | undefined;
afterEach(() => child?.kill());

async function startEcho(trustedProxies?: string): Promise<number> {
  child = spawn(process.execPath, ["--require", PRELOAD, "-e", ECHO], { env: { ...process.env, TRUSTED_PROXIES: trustedProxies ?? "" }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    child!.stdout!.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child!.once("exit", (code) => reject(new Error(`echo server exited with ${code}`)));
  });
}

function addressSeen(port: number, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, headers }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

describe("the client-address preload", () => {
  it("with no trusted proxy, uses the socket's address whatever the client claims", async () => {
    const port = await startEcho();
    expect(await addressSeen(port, {})).toBe("127.0.0.1");
    expect(await addressSeen(port, { "x-forwarded-for": "203.0.113.9" })).toBe("127.0.0.1");
    expect(await addressSeen(port, { [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "198.51.100.1, 203.0.113.9" })).toBe("127.0.0.1");
  });

  it("through a trusted proxy, takes the nearest untrusted hop of X-Forwarded-For", async () => {
    const port = await startEcho("127.0.0.1, 10.0.0.0/8");
    expect(await addressSeen(port, { "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    // The client prepended a hop of its own: the proxies' view (rightmost untrusted) wins.
    expect(await addressSeen(port, { "x-forwarded-for": "198.51.100.1, 203.0.113.9, 10.1.2.3" })).toBe("203.0.113.9");
    // Garbage where a proxy would have written an address: stop at the last trusted hop.
    expect(await addressSeen(port, { "x-forwarded-for": "not-an-ip, 10.1.2.3" })).toBe("10.1.2.3");
    expect(await addressSeen(port, {})).toBe("127.0.0.1");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range, in one line", async () => {
    child = spawn(process.execPath, ["--require", PRELOAD, "-e", ECHO], { env: { ...process.env, TRUSTED_PROXIES: "10.0.0.0/33" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child!.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('TRUSTED_PROXIES: "10.0.0.0/33" is not an IP address or CIDR range.');
  });
});
