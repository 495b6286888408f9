/**
 * Reads a request body up to a byte limit, refusing a larger one while it streams in: a declared
 * Content-Length over the limit is refused before a byte is read, and an undeclared or lying one
 * is cut off as soon as the limit is passed. Reading a 50 MB body in full before refusing it let
 * any anonymous client hold the server's only thread for seconds.
 */
export type LimitedBody = { ok: true; text: string } | { ok: false; reason: "too_large" | "unreadable" };

export async function readLimitedText(request: Request, maxBytes: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too_large" };
      }
      chunks.push(value);
    }
  } catch {
    // A dropped connection mid-body.
    return { ok: false, reason: "unreadable" };
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}
