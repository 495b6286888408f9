/**
 * The physical limit the app's `/` is compared with: node:http answering every request with the
 * same saved `/` HTML from memory. Runs as its own process (argv: file, port) so it does not
 * share an event loop with the load generator.
 */
import fs from "node:fs";
import http from "node:http";

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error("usage: tsx bench/static-server.ts <html file> <port>");
const html = fs.readFileSync(file);
http
  .createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": html.length });
    response.end(html);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`static server on ${port}`));
