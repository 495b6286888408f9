import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getSourceWithStatements } from "@/lib/sources/queries";

/** Answers an unknown source with a real 404, above the page's loading boundary (see the statement layout). */
export default async function SourceLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await connection();
  if (!(await getSourceWithStatements((await params).id))) notFound();
  return children;
}
