import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getPublishedStatement } from "@/lib/statements/permalink";

/**
 * Answers an unknown or unpublished slug with a real 404. The check sits here, above the page's
 * loading boundary: once the loading state has streamed, the status is already 200.
 */
export default async function StatementLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  await connection();
  if (!(await getPublishedStatement((await params).slug))) notFound();
  return children;
}
