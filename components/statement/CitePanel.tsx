import { CopyButton } from "./CopyButton";

/** Share and cite: the link, two ready-made citations and reference-manager downloads. */
export function CitePanel({ path, chicago, apa }: { path: string; chicago: string; apa: string }) {
  const citations = [
    { id: "chicago", label: "Chicago", text: chicago },
    { id: "apa", label: "APA", text: apa },
  ];
  return (
    <section aria-labelledby="cite-heading" className="mt-8">
      <h2 id="cite-heading" className="text-xl font-semibold">
        Share and cite
      </h2>
      <div className="mt-3">
        <CopyButton label="Copy link" path={path} />
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
            <CopyButton label={`Copy ${citation.label} citation`} text={citation.text} />
          </div>
        </figure>
      ))}
      <p className="mt-4 flex flex-wrap gap-4 text-sm">
        <a href={`${path}/cite.bib`} download className="underline underline-offset-2">
          Download BibTeX (.bib)
        </a>
        <a href={`${path}/cite.ris`} download className="underline underline-offset-2">
          Download RIS (.ris)
        </a>
      </p>
    </section>
  );
}
