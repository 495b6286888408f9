import { getAuth } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { authHttpHandler } from "@/lib/auth/http-handler";

const handle = (request: Request) => authHttpHandler(getAuth(), db)(request);

export const GET = handle;
export const POST = handle;
