import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link, redirect and hooks: `href="/trends"` becomes `/fr/trends` on French pages. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
