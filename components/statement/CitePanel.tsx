import { useTranslations } from "next-intl";
import { CopyButton } from "./CopyButton";

/**
 * Share and cite: the link, two ready-made citations and reference-manager downloads. `path` is
 * the statement's address in the page's language, the one a reader would share; the citation
 * downloads live at the English address only.
 */
export function CitePanel({ path, downloadPath, chicago, apa }: { path: string; downloadPath: string; chicago: string; apa: string }) {
  const t = useTranslations("statement");
  const copyMessages = { copied: t("copy.copied"), failed: t("copy.failed") };
  const citations = [
    { id: "chicago", label: "Chicago", text: chicago },
    { id: "apa", label: "APA", text: apa },
  ];
  return (
    <section aria-labelledby="cite-heading" className="mt-8">
      <h2 id="cite-heading" className="text-xl font-semibold">
        {t("cite.title")}
      </h2>
      <div className="mt-3">
        <CopyButton label={t("cite.copyLink")} path={path} messages={copyMessages} />
      </div>
      {citations.map((citation) => (
        <figure key={citation.id} className="mt-4">
          <figcaption id={`cite-${citation.id}`} className="font-medium">
            {citation.label}
          </figcaption>
          <p aria-labelledby={`cite-${citation.id}`} className="mt-1 rounded border border-zinc-200 bg-white p-3 text-sm break-words select-all dark:border-zinc-800 dark:bg-zinc-900">
            {citation.text}
          </p>
          <div className="mt-2">
            <CopyButton label={t("cite.copyCitation", { style: citation.label })} text={citation.text} messages={copyMessages} />
          </div>
        </figure>
      ))}
      <p className="mt-4 flex flex-wrap gap-4 text-sm">
        <a href={`${downloadPath}/cite.bib`} download className="underline underline-offset-2">
          {t("cite.bibtex")}
        </a>
        <a href={`${downloadPath}/cite.ris`} download className="underline underline-offset-2">
          {t("cite.ris")}
        </a>
      </p>
    </section>
  );
}
