import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SourceForm } from "@/components/editor/SourceForm";
import { requirePageRole } from "@/lib/auth/session";
import { saveSource } from "@/lib/sources/actions";
import { getSourceForEditing } from "@/lib/sources/queries";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requirePageRole("editor", `/sources/${id}/edit`);
  const source = await getSourceForEditing(id);
  if (!source) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">Edit source: {source.values.title}</h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {source.id} · version {source.version}
      </p>
      {typeof query.saved === "string" && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-sm dark:border-green-900 dark:bg-green-950">
          Saved version {query.saved}.
        </p>
      )}
      <SourceForm action={saveSource.bind(null, source.id)} initialState={{ attempt: 0, values: source.values, version: source.version, fieldErrors: {} }} />
    </>
  );
}
