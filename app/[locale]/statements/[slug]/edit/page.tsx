import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { StatementForm } from "@/components/editor/StatementForm";
import { requirePageRole } from "@/lib/auth/session";
import { saveStatement } from "@/lib/statements/actions";
import { getEditorOptions, getStatementForEditing } from "@/lib/statements/editor-queries";
import { statementFormValues } from "@/lib/statements/form";

export const metadata: Metadata = { title: "Edit statement" };

export default async function EditStatementPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  await requirePageRole("editor", `/statements/${slug}/edit`);
  const statement = await getStatementForEditing(slug);
  if (!statement) notFound();
  const { sources, themes } = await getEditorOptions();
  return (
    <>
      <h1 className="text-2xl font-bold">Edit: {statement.title}</h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Version {statement.version} ·{" "}
        <Link href={`/statements/${statement.slug}/history`} className="underline underline-offset-2">
          History
        </Link>{" "}
        ·{" "}
        <Link href={`/sources/${encodeURIComponent(statement.input.sourceId)}/edit`} className="underline underline-offset-2">
          Edit its source
        </Link>
        . To withdraw a statement, set its status to Archived: statements are never deleted.
      </p>
      <StatementForm
        action={saveStatement.bind(null, statement.id)}
        initialState={{ attempt: 0, values: statementFormValues(statement.input), version: statement.version, fieldErrors: {} }}
        sources={sources}
        themes={themes}
        submitLabel="Save changes"
      />
    </>
  );
}
