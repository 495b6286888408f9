import "server-only";
import enApi from "@/messages/en/api.json";
import enAuth from "@/messages/en/auth.json";
import enCommon from "@/messages/en/common.json";
import enEditor from "@/messages/en/editor.json";
import enErrors from "@/messages/en/errors.json";
import enHistory from "@/messages/en/history.json";
import enLabels from "@/messages/en/labels.json";
import enMethodology from "@/messages/en/methodology.json";
import enSources from "@/messages/en/sources.json";
import enStatement from "@/messages/en/statement.json";
import enTimeline from "@/messages/en/timeline.json";
import enTrends from "@/messages/en/trends.json";
import frApi from "@/messages/fr/api.json";
import frAuth from "@/messages/fr/auth.json";
import frCommon from "@/messages/fr/common.json";
import frEditor from "@/messages/fr/editor.json";
import frErrors from "@/messages/fr/errors.json";
import frHistory from "@/messages/fr/history.json";
import frLabels from "@/messages/fr/labels.json";
import frMethodology from "@/messages/fr/methodology.json";
import frSources from "@/messages/fr/sources.json";
import frStatement from "@/messages/fr/statement.json";
import frTimeline from "@/messages/fr/timeline.json";
import frTrends from "@/messages/fr/trends.json";
import type { Messages } from "./messages-type";
import type { Locale } from "./routing";

/**
 * One file per namespace and language (messages/<locale>/<namespace>.json), so pages can be
 * translated in parallel without touching each other's files; merged here into one object.
 * French is checked against the English shape by the compiler, and key by key by
 * lib/i18n/messages.test.ts.
 */
const MESSAGES: Record<Locale, Messages> = {
  en: {
    api: enApi,
    auth: enAuth,
    common: enCommon,
    editor: enEditor,
    errors: enErrors,
    history: enHistory,
    labels: enLabels,
    methodology: enMethodology,
    sources: enSources,
    statement: enStatement,
    timeline: enTimeline,
    trends: enTrends,
  },
  fr: {
    api: frApi,
    auth: frAuth,
    common: frCommon,
    editor: frEditor,
    errors: frErrors,
    history: frHistory,
    labels: frLabels,
    methodology: frMethodology,
    sources: frSources,
    statement: frStatement,
    timeline: frTimeline,
    trends: frTrends,
  },
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return MESSAGES[locale];
}

/** The namespaces a client component tree needs, so only those are sent to the browser. */
export function pickMessages<N extends keyof Messages>(messages: Messages, namespaces: readonly N[]): Pick<Messages, N> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, N>;
}
