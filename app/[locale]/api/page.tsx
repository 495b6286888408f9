import type { Metadata } from "next";
import { connection } from "next/server";
import { ApiReference } from "@/components/api/ApiReference";
import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API", description: "The public JSON API, exports, feeds and embeds of the NATO–China Tracker." };

export default async function ApiPage() {
  await connection();
  const document = openApiDocument(env().siteUrl);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{document.info.title}</h1>
      <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">{document.info.description.replaceAll("`", "")}</p>
      <p className="mt-3">
        Machine-readable description:{" "}
        <a href="/api/openapi.json" className="underline underline-offset-2">
          OpenAPI 3.1 document
        </a>
        . Also: the <a href="/feed.xml" className="underline underline-offset-2">Atom feed</a> of the newest statements and, on every statement page, code to embed it.
      </p>
      <ApiReference document={document} />
    </>
  );
}
