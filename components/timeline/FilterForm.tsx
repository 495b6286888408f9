"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { DocumentType, SourceKind } from "@/lib/generated/sqlite/enums";
import { toneName } from "@/lib/i18n/labels";
import { localizePath } from "@/lib/i18n/locale-path";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { filterQuery, toUrlValue, type FilterParam } from "@/lib/statements/filter-query";
import { TONE_LEVELS } from "@/lib/tone/scale";

type Values = Partial<Record<FilterParam, string>>;
type Option = { value: string; label: string };

const LIST_FIELDS = ["tone", "type", "theme", "source", "lang"] as const;

const split = (value: string | undefined) => (value ? value.split(",") : []);
const hasMoreFilters = (values: Values) => LIST_FIELDS.some((key) => values[key]) || Boolean(values.speaker);
const inputClass =
  "mt-1 block w-full rounded border border-zinc-400 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100";

/**
 * The timeline filters. A plain GET form, so it works without JavaScript (repeated checkbox
 * values are joined by the parser); with JavaScript, choices apply at once, typed fields on
 * Enter or Apply, and the URL stays the one canonical query so views can be shared.
 */
export function FilterForm({
  current,
  speakers,
  themes,
  languages,
}: {
  current: Values;
  speakers: string[];
  themes: Option[];
  languages: Option[];
}) {
  const t = useTranslations("timeline.filters");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState<Values>(current);
  const [moreOpen, setMoreOpen] = useState(() => hasMoreFilters(current));
  // Back/Forward or a link changes the URL: take the values it describes.
  const currentKey = filterQuery(current);
  const [syncedKey, setSyncedKey] = useState(currentKey);
  if (currentKey !== syncedKey) {
    setSyncedKey(currentKey);
    setValues(current);
    if (hasMoreFilters(current)) setMoreOpen(true);
  }

  const toneOptions: Option[] = TONE_LEVELS.map(({ level }) => ({ value: level === 0 ? "none" : String(level), label: `${level} · ${toneName(labels, level)}` }));
  const typeOptions: Option[] = Object.values(DocumentType).map((type) => ({ value: toUrlValue(type), label: labels(`documentType.${type}`) }));
  const sourceOptions: Option[] = Object.values(SourceKind).map((kind) => ({ value: toUrlValue(kind), label: labels(`sourceKind.${kind}`) }));

  const navigate = (next: Values) => {
    const query = filterQuery(next);
    startTransition(() => router.push(query ? `/?${query}` : "/", { scroll: false }));
  };
  const setField = (key: FilterParam, value: string, apply: boolean) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (apply) navigate(next);
  };
  const toggle = (key: (typeof LIST_FIELDS)[number], value: string, checked: boolean) => {
    const chosen = new Set(split(values[key]));
    if (checked) chosen.add(value);
    else chosen.delete(value);
    setField(key, [...chosen].join(","), true);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(values);
  };

  const checkboxGroup = (key: (typeof LIST_FIELDS)[number], legend: string, options: Option[]) => (
    <fieldset className="min-w-0">
      <legend className="font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-1.5">
            <input
              type="checkbox"
              name={key}
              value={option.value}
              checked={split(values[key]).includes(option.value)}
              onChange={(event) => toggle(key, option.value, event.target.checked)}
              className="size-4"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <form
      role="search"
      aria-label={t("formLabel")}
      action={localizePath("/", locale)}
      method="get"
      onSubmit={onSubmit}
      className="rounded-lg border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr]">
        <label className="block">
          <span className="font-medium">{t("search")}</span>
          <input
            type="search"
            name="q"
            value={values.q ?? ""}
            onChange={(event) => setField("q", event.target.value, false)}
            placeholder={t("searchPlaceholder")}
            className={inputClass}
          />
        </label>
        <label className="block">
          <span className="font-medium">{t("from")}</span>
          <input
            type="text"
            name="from"
            inputMode="numeric"
            value={values.from ?? ""}
            onChange={(event) => setField("from", event.target.value, false)}
            placeholder={t("fromPlaceholder")}
            className={inputClass}
          />
        </label>
        <label className="block">
          <span className="font-medium">{t("to")}</span>
          <input
            type="text"
            name="to"
            inputMode="numeric"
            value={values.to ?? ""}
            onChange={(event) => setField("to", event.target.value, false)}
            placeholder={t("toPlaceholder")}
            className={inputClass}
          />
        </label>
        <label className="block">
          <span className="font-medium">{t("order")}</span>
          <select name="sort" value={values.sort ?? "asc"} onChange={(event) => setField("sort", event.target.value, true)} className={inputClass}>
            <option value="asc">{t("oldestFirst")}</option>
            <option value="desc">{t("newestFirst")}</option>
          </select>
        </label>
      </div>

      <details open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)} className="mt-3">
        <summary className="cursor-pointer font-medium">{t("more")}</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {checkboxGroup("tone", t("tone"), toneOptions)}
          {checkboxGroup("type", t("documentType"), typeOptions)}
          <label className="block">
            <span className="font-medium">{t("speaker")}</span>
            <select name="speaker" value={values.speaker ?? ""} onChange={(event) => setField("speaker", event.target.value, true)} className={inputClass}>
              <option value="">{t("anyone")}</option>
              {speakers.map((speaker) => (
                <option key={speaker} value={speaker}>
                  {speaker}
                </option>
              ))}
            </select>
          </label>
          {checkboxGroup("theme", t("theme"), themes)}
          {checkboxGroup("source", t("source"), sourceOptions)}
          {checkboxGroup("lang", t("quoteLanguage"), languages)}
        </div>
      </details>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-zinc-900 px-4 py-2 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300">
          {t("apply")}
        </button>
        <Link href="/" className="underline underline-offset-2">
          {t("reset")}
        </Link>
        <span role="status" className="text-zinc-700 dark:text-zinc-300">
          {pending ? t("updating") : ""}
        </span>
      </div>
    </form>
  );
}
