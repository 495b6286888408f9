"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SourceKind } from "@/lib/generated/sqlite/enums";
import type { SourceFormState } from "@/lib/sources/form";
import { ChangeList } from "./ChangeList";
import { describedBy, Field, inputClass } from "./Field";

export function SourceForm({ action, initialState }: { action: (state: SourceFormState, formData: FormData) => Promise<SourceFormState>; initialState: SourceFormState }) {
  const t = useTranslations("editor");
  const labels = useTranslations("labels");
  const [state, formAction, pending] = useActionState(action, initialState);
  const { values, fieldErrors: errors } = state;
  const text = (name: keyof typeof values, type: "text" | "date" | "url", maxLength?: number) => (
    <Field name={name} label={t(`fieldNames.${name}`)} error={errors[name]}>
      <input type={type} {...describedBy(name, errors[name])} defaultValue={values[name]} maxLength={maxLength} className={inputClass} />
    </Field>
  );
  return (
    <form key={state.attempt} action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="version" value={state.version} />
      {state.message && (
        <div id="form-message" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950">
          <p>{state.message}</p>
          {state.conflict && (
            <section aria-label={t("sourceForm.comparedRegion", { version: state.conflict.version })} className="mt-3">
              <h2 className="mb-1 font-semibold">{t("sourceForm.comparedRegion", { version: state.conflict.version })}</h2>
              <ChangeList changes={state.conflict.changes} />
            </section>
          )}
        </div>
      )}
      {text("title", "text", 300)}
      {text("outlet", "text", 160)}
      {text("url", "url", 2000)}
      <div className="grid gap-4 sm:grid-cols-3">
        {text("publishedAt", "date")}
        {text("retrievedAt", "date")}
        {text("language", "text", 2)}
      </div>
      <Field name="kind" label={t("fieldNames.kind")} error={errors.kind}>
        <select {...describedBy("kind", errors.kind)} defaultValue={values.kind} className={inputClass}>
          {Object.values(SourceKind).map((kind) => (
            <option key={kind} value={kind}>
              {labels(`sourceKind.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field name="reliabilityNote" label={t("fieldNames.reliabilityNote")} error={errors.reliabilityNote}>
        <textarea {...describedBy("reliabilityNote", errors.reliabilityNote)} defaultValue={values.reliabilityNote} maxLength={2000} rows={3} className={inputClass} />
      </Field>
      <Field name="fullText" label={t("fieldNames.fullText")} error={errors.fullText}>
        <textarea {...describedBy("fullText", errors.fullText)} defaultValue={values.fullText} maxLength={200_000} rows={8} className={inputClass} />
      </Field>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-zinc-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900">
          {pending ? t("saving") : t("sourceForm.submit")}
        </button>
      </div>
    </form>
  );
}
