import type { ReactNode } from "react";

/**
 * The pages' real root layout is app/[locale]/layout.tsx, which knows the language for
 * `<html lang>`. This one only exists so that the 404 of an address outside every page
 * (app/not-found.tsx) has a layout.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
