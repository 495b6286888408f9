import { getAuth } from "@/lib/auth/auth";
import { authHttpHandler } from "@/lib/auth/http-handler";

const handle = (request: Request) => authHttpHandler(getAuth())(request);

export const GET = handle;
export const POST = handle;
