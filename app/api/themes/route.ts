import { connection } from "next/server";
import { listThemes } from "@/lib/api/catalog";
import { apiJson } from "@/lib/api/http";

export async function GET() {
  await connection();
  return apiJson({ data: await listThemes() });
}
