import { useLocale } from "next-intl";
import NextLink from "next/link";
import type { ComponentProps } from "react";
import { localizePath } from "./locale-path";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * next/link with the address in the page's language ("/trends" -> "/fr/trends"), for server
 * components. Unlike next-intl's Link it adds no client code: the locale is read on the server,
 * so pages without client translations (a statement page) ship none of next-intl's runtime.
 */
export function Link({ href, ...props }: Props) {
  return <NextLink href={localizePath(href, useLocale())} {...props} />;
}
