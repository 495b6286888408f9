import type { Metadata } from "next";
import { connection } from "next/server";
import { ThemeForm } from "@/components/editor/ThemeForm";
import { requirePageRole } from "@/lib/auth/session";
import { saveTheme } from "@/lib/themes/actions";

export const metadata: Metadata = { title: "New theme" };

export default async function NewThemePage() {
  await connection();
  await requirePageRole("editor", "/themes/new");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">New theme</h1>
      <ThemeForm action={saveTheme} />
    </>
  );
}
