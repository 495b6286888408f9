"use client";

import { useActionState } from "react";
import type { StatementFormState } from "@/lib/statements/form";
import { DOCUMENT_TYPE_LABELS, PUBLICATION_STATUS_LABELS, STATEMENT_FIELD_LABELS, VERIFICATION_LABELS } from "@/lib/statements/labels";
import { TONE_LEVELS } from "@/lib/tone/scale";
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

/**
 * Every field of a statement. Values come back from the server with each refusal, so nothing
 * typed is lost; the server validates everything again, these attributes only help the editor.
 */
export function StatementForm({ action, initialState, sources, themes, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const { values, fieldErrors: errors } = state;
  const text = (name: keyof typeof STATEMENT_LIMITS & keyof typeof values, hint?: string) => (
    <Field name={name} label={STATEMENT_FIELD_LABELS[name]!} error={errors[name]} hint={hint}>
      <input type="text" {...describedBy(name, errors[name], hint)} defaultValue={values[name] as string} maxLength={STATEMENT_LIMITS[name]} className={inputClass} />
    </Field>
  );
  const area = (name: "quote" | "translation" | "summary" | "toneRationale", rows: number, hint?: string) => (
    <Field name={name} label={STATEMENT_FIELD_LABELS[name]!} error={errors[name]} hint={hint}>
      <textarea {...describedBy(name, errors[name], hint)} defaultValue={values[name]} maxLength={STATEMENT_LIMITS[name]} rows={rows} className={inputClass} />
    </Field>
  );
  const select = (name: "documentType" | "verification" | "status" | "toneLevel" | "sourceId", options: [string, string][], placeholder?: string) => (
    <Field name={name} label={STATEMENT_FIELD_LABELS[name]!} error={errors[name]}>
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

  return (
    <form key={state.attempt} action={formAction} noValidate className="flex flex-col gap-6" aria-describedby={state.message ? "form-message" : undefined}>
      <input type="hidden" name="version" value={state.version} />
      {state.message && (
        <div id="form-message" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950">
          <p>{state.message}</p>
          {errors.form && <p className="mt-1">{errors.form}</p>}
          {state.conflict && (
            <section aria-label={`Changes in version ${state.conflict.version}`} className="mt-3">
              <h2 className="mb-1 font-semibold">What changed in version {state.conflict.version}</h2>
              <ChangeList changes={state.conflict.changes} labels={STATEMENT_FIELD_LABELS} />
            </section>
          )}
        </div>
      )}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">What was said</legend>
        <Field name="date" label="Date" error={errors.date} hint={`Between ${EARLIEST_DATE} and today`}>
          <input type="date" {...describedBy("date", errors.date, `Between ${EARLIEST_DATE} and today`)} defaultValue={values.date} min={EARLIEST_DATE} className={inputClass} />
        </Field>
        {text("slug", "YYYY-MM-DD-short-title, starting with the date")}
        <div className="sm:col-span-2">{text("title")}</div>
        {text("speaker")}
        {text("body")}
        {select("documentType", Object.entries(DOCUMENT_TYPE_LABELS), "Choose a type")}
        {text("event")}
        <div className="sm:col-span-2">{area("quote", 5, "Exactly as published; leave empty only when China is not mentioned")}</div>
        <Field name="language" label="Language" error={errors.language} hint="Two-letter code, e.g. en or fr">
          <input type="text" {...describedBy("language", errors.language, "Two-letter code, e.g. en or fr")} defaultValue={values.language} maxLength={2} className={inputClass} />
        </Field>
        {text("paragraphRef")}
        <div className="sm:col-span-2">{area("translation", 4, "Required when the quote is not in English")}</div>
        <div className="sm:col-span-2">{area("summary", 4)}</div>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Reading and sourcing</legend>
        {select("toneLevel", TONE_LEVELS.map((tone) => [String(tone.level), `${tone.level} — ${tone.label}`]), "Choose a level")}
        {select("verification", Object.entries(VERIFICATION_LABELS), "Choose a status")}
        <div className="sm:col-span-2">{area("toneRationale", 3)}</div>
        <div className="sm:col-span-2">
          {select("sourceId", sources.map((source) => [source.id, `${source.outlet}: ${source.title}`]), "Choose a source")}
        </div>
        <fieldset className="sm:col-span-2" aria-describedby={errors.themes ? "themes-error" : undefined}>
          <legend className="text-sm font-medium">Themes</legend>
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
        {select("status", Object.entries(PUBLICATION_STATUS_LABELS))}
      </fieldset>

      <div>
        <button type="submit" disabled={pending} className="rounded bg-zinc-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900">
          {pending ? "Saving…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
