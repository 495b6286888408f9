import type api from "@/messages/en/api.json";
import type auth from "@/messages/en/auth.json";
import type common from "@/messages/en/common.json";
import type editor from "@/messages/en/editor.json";
import type errors from "@/messages/en/errors.json";
import type history from "@/messages/en/history.json";
import type labels from "@/messages/en/labels.json";
import type methodology from "@/messages/en/methodology.json";
import type sources from "@/messages/en/sources.json";
import type statement from "@/messages/en/statement.json";
import type timeline from "@/messages/en/timeline.json";
import type trends from "@/messages/en/trends.json";

/** The shape of every language's messages: the English files are the reference. */
export type Messages = {
  api: typeof api;
  auth: typeof auth;
  common: typeof common;
  editor: typeof editor;
  errors: typeof errors;
  history: typeof history;
  labels: typeof labels;
  methodology: typeof methodology;
  sources: typeof sources;
  statement: typeof statement;
  timeline: typeof timeline;
  trends: typeof trends;
};
