import { useTranslations } from "next-intl";
import { embedIframe } from "@/lib/embed/oembed";
import { CopyButton } from "./CopyButton";

/** The iframe code to show this statement's card on another site. */
export function EmbedCode({ siteUrl, statement }: { siteUrl: string; statement: { slug: string; title: string } }) {
  const t = useTranslations("statement");
  const code = embedIframe(siteUrl, statement);
  return (
    <section aria-labelledby="embed-heading" className="mt-8">
      <h2 id="embed-heading" className="text-xl font-semibold">
        {t("embed.title")}
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t("embed.body")}</p>
      <pre aria-label={t("embed.codeLabel")} className="mt-2 overflow-x-auto rounded border border-zinc-200 bg-white p-3 text-xs whitespace-pre-wrap break-all select-all dark:border-zinc-800 dark:bg-zinc-900">
        <code>{code}</code>
      </pre>
      <div className="mt-2">
        <CopyButton label={t("embed.copy")} text={code} messages={{ copied: t("copy.copied"), failed: t("copy.failed") }} />
      </div>
    </section>
  );
}
