import { PUBLIC_CACHE_CONTROL } from "../api/http";

/** A timeline export as a download, readable cross-origin like the rest of the API. */
export function exportResponse(body: string, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${contentType}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      "Access-Control-Allow-Origin": "*",
    },
  });
}
