import type { Metadata } from "next";
import { connection } from "next/server";
import { StatementForm } from "@/components/editor/StatementForm";
import { requirePageRole } from "@/lib/auth/session";
import { saveStatement } from "@/lib/statements/actions";
import { getEditorOptions } from "@/lib/statements/editor-queries";
import { EMPTY_STATEMENT_VALUES } from "@/lib/statements/form";

export const metadata: Metadata = { title: "New statement" };

export default async function NewStatementPage() {
  await connection();
  await requirePageRole("editor", "/statements/new");
  const { sources, themes } = await getEditorOptions();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">New statement</h1>
      <StatementForm
        action={saveStatement.bind(null, null)}
        initialState={{ attempt: 0, values: EMPTY_STATEMENT_VALUES, version: 0, fieldErrors: {} }}
        sources={sources}
        themes={themes}
        submitLabel="Create statement"
      />
    </>
  );
}
