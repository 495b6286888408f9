"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { languageName } from "@/lib/format/language";
import { toneName } from "@/lib/i18n/labels";
import type { StatementFormState } from "@/lib/statements/form";
import { TONE_LEVELS } from "@/lib/tone/scale";
import { DocumentType, PublicationStatus, VerificationStatus } from "@/lib/generated/sqlite/enums";
import { EARLIEST_DATE } from "@/lib/validation/fields";
import { STATEMENT_LIMITS } from "@/lib/validation/statement";
import { ChangeList } from "./ChangeList";
import { describedBy, Field, inputClass } from "./Field";

type Props = {
  action: (state: StatementFormState, formData: FormData) => Promise<StatementFormState>;
  initialState: StatementFormState;
  sources: { id: string; title: string; outlet: string }[];
  themes: { slug: string; name: string }[];
  submitLabel: string;
};

/** The quote is English or French, or another language translated into English (see statementInput). */
const translationLanguage = (language: string) => (language === "en" ? "fr" : "en");

/**
 * Every field of a statement. Values come back from the server with each refusal, so nothing
 * typed is lost; the server validates everything again, these attributes only help the editor.
 * The quote is labelled as the original in the language typed below it, and the translation
 * field names the other language as that language changes.
 */
export function StatementForm({ action, initialState, sources, themes, submitLabel }: Props) {
  const t = useTranslations("editor");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initialState);
  const { values, fieldErrors: errors } = state;
  const [language, setLanguage] = useState(values.language);
  const code = language.trim().toLowerCase();
  const originalLanguage = /^[a-z]{2}$/.test(code) ? languageName(code, locale) : code || "?";
  const otherLanguage = languageName(translationLanguage(code), locale);

  const text = (name: keyof typeof STATEMENT_LIMITS & keyof typeof values, hint?: string) => (
    <Field name={name} label={t(`fieldNames.${name}`)} error={errors[name]} hint={hint}>
      <input type="text" {...describedBy(name, errors[name], hint)} defaultValue={values[name] as string} maxLength={STATEMENT_LIMITS[name]} className={inputClass} />
    </Field>
  );
  const area = (name: "quote" | "translation" | "summary" | "toneRationale", rows: number, options: { hint?: string; label?: string; lang?: string } = {}) => (
    <Field name={name} label={options.label ?? t(`fieldNames.${name}`)} error={errors[name]} hint={options.hint}>
      <textarea {...describedBy(name, errors[name], options.hint)} lang={options.lang} defaultValue={values[name]} maxLength={STATEMENT_LIMITS[name]} rows={rows} className={inputClass} />
    </Field>
  );
  const select = (name: "documentType" | "verification" | "status" | "toneLevel" | "sourceId", options: [string, string][], placeholder?: string) => (
    <Field name={name} label={t(`fieldNames.${name}`)} error={errors[name]}>
      <select {...describedBy(name, errors[name])} defaultValue={values[name]} className={inputClass}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );
  const dateHint = t("statementForm.dateHint", { earliest: EARLIEST_DATE });

  return (
    <form key={state.attempt} action={formAction} noValidate className="flex flex-col gap-6" aria-describedby={state.message ? "form-message" : undefined}>
      <input type="hidden" name="version" value={state.version} />
      {state.message && (
        <div id="form-message" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950">
          <p>{state.message}</p>
          {errors.form && <p className="mt-1">{errors.form}</p>}
          {state.conflict && (
            <section aria-label={t("statementForm.changesInVersion", { version: state.conflict.version })} className="mt-3">
              <h2 className="mb-1 font-semibold">{t("statementForm.whatChangedInVersion", { version: state.conflict.version })}</h2>
              <ChangeList changes={state.conflict.changes} />
            </section>
          )}
        </div>
      )}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("statementForm.whatWasSaid")}</legend>
        <Field name="date" label={t("fieldNames.date")} error={errors.date} hint={dateHint}>
          <input type="date" {...describedBy("date", errors.date, dateHint)} defaultValue={values.date} min={EARLIEST_DATE} className={inputClass} />
        </Field>
        {text("slug", t("statementForm.slugHint"))}
        <div className="sm:col-span-2">{text("title")}</div>
        {text("speaker")}
        {text("body")}
        {select(
          "documentType",
          Object.values(DocumentType).map((type) => [type, labels(`documentType.${type}`)]),
          t("statementForm.chooseType"),
        )}
        {text("event")}
        <div className="sm:col-span-2">
          <p id="quote-original" className="mb-1 inline-block rounded bg-zinc-200 px-2 py-0.5 text-xs font-semibold dark:bg-zinc-800">
            {t("statementForm.quoteOriginal", { language: originalLanguage })}
          </p>
          {area("quote", 5, { hint: t("statementForm.quoteHint"), lang: /^[a-z]{2}$/.test(code) ? code : undefined })}
        </div>
        <Field name="language" label={t("fieldNames.language")} error={errors.language} hint={t("statementForm.languageHint")}>
          <input
            type="text"
            {...describedBy("language", errors.language, t("statementForm.languageHint"))}
            defaultValue={values.language}
            onChange={(event) => setLanguage(event.target.value)}
            maxLength={2}
            className={inputClass}
          />
        </Field>
        {text("paragraphRef")}
        <div className="sm:col-span-2">
          {area("translation", 4, {
            label: t("statementForm.translationInto", { language: otherLanguage }),
            hint: code === "en" ? t("statementForm.translationOptional") : t("statementForm.translationRequired"),
            lang: translationLanguage(code),
          })}
        </div>
        <div className="sm:col-span-2">{area("summary", 4)}</div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("statementForm.readingAndSourcing")}</legend>
        {select(
          "toneLevel",
          TONE_LEVELS.map((tone) => [String(tone.level), t("statementForm.toneOption", { level: tone.level, label: toneName(labels, tone.level) })]),
          t("statementForm.chooseLevel"),
        )}
        {select(
          "verification",
          Object.values(VerificationStatus).map((status) => [status, labels(`verification.${status}`)]),
          t("statementForm.chooseStatus"),
        )}
        <div className="sm:col-span-2">{area("toneRationale", 3)}</div>
        <div className="sm:col-span-2">
          {select("sourceId", sources.map((source) => [source.id, `${source.outlet}: ${source.title}`]), t("statementForm.chooseSource"))}
        </div>
        <fieldset className="sm:col-span-2" aria-describedby={errors.themes ? "themes-error" : undefined}>
          <legend className="text-sm font-medium">{t("statementForm.themes")}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {themes.map((theme) => (
              <label key={theme.slug} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="themes" value={theme.slug} defaultChecked={values.themes.includes(theme.slug)} />
                {theme.name}
              </label>
            ))}
          </div>
          {errors.themes && (
            <p id="themes-error" className="text-sm text-red-700 dark:text-red-400">
              {errors.themes}
            </p>
          )}
        </fieldset>
        {select(
          "status",
          Object.values(PublicationStatus).map((status) => [status, labels(`publicationStatus.${status}`)]),
        )}
      </fieldset>

      <div>
        <button type="submit" disabled={pending} className="rounded bg-zinc-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900">
          {pending ? t("saving") : submitLabel}
        </button>
      </div>
    </form>
  );
}
