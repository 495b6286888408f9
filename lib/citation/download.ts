/** A citation file as a download: the right type for reference managers, named after the statement. */
export function citationResponse(body: string, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${contentType}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
