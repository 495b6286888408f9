"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ThemeFormState } from "@/lib/themes/actions";
import { describedBy, Field, inputClass } from "./Field";

export function ThemeForm({ action }: { action: (state: ThemeFormState, formData: FormData) => Promise<ThemeFormState> }) {
  const t = useTranslations("editor");
  const [state, formAction, pending] = useActionState(action, { attempt: 0, values: { slug: "", name: "", description: "" }, fieldErrors: {} });
  const { values, fieldErrors: errors } = state;
  return (
    <form key={state.attempt} action={formAction} noValidate className="flex max-w-xl flex-col gap-4">
      {state.created && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm dark:border-green-900 dark:bg-green-950">
          {t("themeForm.created", { name: state.created })}
        </p>
      )}
      {state.message && (
        <p id="form-message" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950">
          {state.message}
        </p>
      )}
      <Field name="name" label={t("fieldNames.name")} error={errors.name}>
        <input type="text" {...describedBy("name", errors.name)} defaultValue={values.name} maxLength={80} className={inputClass} />
      </Field>
      <Field name="slug" label={t("fieldNames.slug")} error={errors.slug} hint={t("themeForm.slugHint")}>
        <input type="text" {...describedBy("slug", errors.slug, t("themeForm.slugHint"))} defaultValue={values.slug} maxLength={60} className={inputClass} />
      </Field>
      <Field name="description" label={t("fieldNames.description")} error={errors.description}>
        <textarea {...describedBy("description", errors.description)} defaultValue={values.description} maxLength={500} rows={3} className={inputClass} />
      </Field>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-zinc-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900">
          {pending ? t("saving") : t("themeForm.submit")}
        </button>
      </div>
    </form>
  );
}
