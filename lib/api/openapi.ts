import { DocumentType, SourceKind, VerificationStatus } from "../generated/sqlite/enums";
import { toUrlValue } from "../statements/filters";
import { MAX_TONE_LEVEL } from "../tone/scale";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./params";

/*
 * The OpenAPI 3.1 description of the public API: served at /api/openapi.json, rendered as the
 * /api page, and used by the end-to-end tests to validate real responses (so it cannot drift
 * from what the routes send: objects are closed with additionalProperties: false).
 */

const text = { type: "string" } as const;
const nullableText = { type: ["string", "null"] } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const closed = (properties: Record<string, unknown>) => ({
  type: "object",
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});

const sourceSummaryProperties = {
  id: { ...text, description: "The source's id, as in /sources/{id}." },
  title: text,
  outlet: { ...text, description: "Outlet or publisher, e.g. NATO." },
  kind: { type: "string", enum: Object.values(SourceKind) },
  url: { type: ["string", "null"], format: "uri", description: "The original document, when it is online." },
  publishedAt: { type: ["string", "null"], format: "date" },
  page: { type: "string", format: "uri", description: "The source's page on this site." },
};

const schemas = {
  Error: closed({
    error: closed({
      code: { type: "string", enum: ["invalid_parameter", "not_found", "not_implemented"] },
      message: { ...text, description: "What is wrong; for a bad parameter it starts with the parameter's name." },
    }),
  }),
  Theme: closed({ slug: text, name: text }),
  SourceSummary: closed(sourceSummaryProperties),
  Statement: closed({
    slug: { ...text, description: "Permalink key: YYYY-MM-DD-short-title." },
    date: { type: "string", format: "date" },
    title: text,
    speaker: { ...nullableText, description: "The person speaking." },
    body: { ...nullableText, description: "The issuing body, e.g. Heads of State and Government." },
    documentType: { type: "string", enum: Object.values(DocumentType) },
    event: nullableText,
    quote: { ...nullableText, description: "The words exactly as published; null for a “China not mentioned” data point." },
    language: { ...text, description: "BCP 47 language code of the quote." },
    translation: { ...nullableText, description: "English translation when the quote is not in English." },
    paragraphRef: nullableText,
    summary: { ...nullableText, description: "The editor's summary and context." },
    toneLevel: { type: "integer", minimum: 0, maximum: MAX_TONE_LEVEL, description: "0 China not mentioned, 1 engagement … 5 threat / enabler." },
    toneRationale: nullableText,
    autoToneLevel: { type: ["integer", "null"], minimum: 0, maximum: MAX_TONE_LEVEL, description: "The automatic reading of the quote (see /methodology)." },
    autoToneScore: { type: ["number", "null"] },
    verification: { type: "string", enum: Object.values(VerificationStatus) },
    updatedAt: { type: "string", format: "date-time" },
    url: { type: "string", format: "uri", description: "The statement's page on this site." },
    source: ref("SourceSummary"),
    themes: { type: "array", items: ref("Theme") },
  }),
  StatementPage: closed({
    data: { type: "array", items: ref("Statement") },
    nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last page." },
  }),
  StatementExport: closed({ data: { type: "array", items: ref("Statement") } }),
  StatementResponse: closed({ data: ref("Statement") }),
  Source: closed({ ...sourceSummaryProperties, language: text, reliabilityNote: nullableText }),
  SourceList: closed({ data: { type: "array", items: ref("Source") } }),
  SourceResponse: closed({
    data: closed({
      ...sourceSummaryProperties,
      language: text,
      reliabilityNote: nullableText,
      statements: { type: "array", items: text, description: "Slugs of the source's published statements, oldest first." },
    }),
  }),
  ThemeList: closed({
    data: {
      type: "array",
      items: closed({ slug: text, name: text, description: nullableText, statementCount: { type: "integer", minimum: 0, description: "Published statements with this theme." } }),
    },
  }),
  OEmbed: closed({
    version: { const: "1.0" },
    type: { const: "rich" },
    html: { ...text, description: "An iframe showing the statement card." },
    width: { type: "integer", minimum: 1 },
    height: { type: "integer", minimum: 1 },
    title: text,
    author_name: text,
    provider_name: text,
    provider_url: { type: "string", format: "uri" },
    cache_age: { type: "integer" },
  }),
};

type Parameter = { name: string; in: "query" | "path"; required?: boolean; description: string; schema: Record<string, unknown>; example?: string };

const filterParameters: Parameter[] = [
  { name: "q", in: "query", description: "Words to find in the quote, translation, title, summary or speaker (accents and case ignored; all words must match).", schema: { type: "string", maxLength: 200 }, example: "adversaire" },
  { name: "from", in: "query", description: "Earliest date: a year (2021) or a date (2021-06-14).", schema: { type: "string" }, example: "2021" },
  { name: "to", in: "query", description: "Latest date: a year (2023) or a date (2023-12-31).", schema: { type: "string" }, example: "2023" },
  { name: "tone", in: "query", description: `Comma list of tone levels 1–${MAX_TONE_LEVEL}, or none for “China not mentioned”.`, schema: { type: "string" }, example: "4,5" },
  { name: "type", in: "query", description: `Comma list of document types: ${Object.values(DocumentType).map(toUrlValue).join(", ")}.`, schema: { type: "string" }, example: "communique,declaration" },
  { name: "speaker", in: "query", description: "Exact speaker or issuing body.", schema: { type: "string", maxLength: 120 }, example: "Jens Stoltenberg" },
  { name: "theme", in: "query", description: "Comma list of theme slugs (see /api/themes).", schema: { type: "string" }, example: "russia-ukraine" },
  { name: "source", in: "query", description: `Comma list of source kinds: ${Object.values(SourceKind).map(toUrlValue).join(", ")}.`, schema: { type: "string" }, example: "official-nato" },
  { name: "lang", in: "query", description: "Comma list of two-letter quote languages.", schema: { type: "string" }, example: "fr" },
  { name: "disagree", in: "query", description: "1: only statements whose automatic tone reading is more than one level from the editor's.", schema: { type: "string", enum: ["1"] } },
  { name: "sort", in: "query", description: "Date order: asc (default) or desc.", schema: { type: "string", enum: ["asc", "desc"], default: "asc" }, example: "desc" },
];

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const jsonResponse = (description: string, schema: string) => ({ description, content: { "application/json": { schema: ref(schema) } } });

export function openApiDocument(siteUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "NATO–China Tracker API",
      version: "1.0.0",
      description:
        "Read-only access to the published statements, their sources and themes. Every endpoint answers GET from any origin (CORS) and may be cached by shared caches for a minute. Errors are `{ \"error\": { \"code\", \"message\" } }`.",
    },
    servers: [{ url: siteUrl }],
    paths: {
      "/api/statements": {
        get: {
          operationId: "listStatements",
          summary: "Published statements, filtered like the timeline, a page at a time",
          "x-example": "/api/statements?tone=4,5&sort=desc&limit=2",
          parameters: [
            ...filterParameters,
            { name: "limit", in: "query", description: `Statements per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`, schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }, example: "20" },
            { name: "cursor", in: "query", description: "The nextCursor of the previous page (with the same filters and sort).", schema: { type: "string" } },
          ],
          responses: { "200": jsonResponse("A page of statements", "StatementPage"), "400": errorResponse("A parameter is invalid; the message names it") },
        },
      },
      "/api/statements/export.csv": {
        get: {
          operationId: "exportStatementsCsv",
          summary: "Every statement matching the filters, as CSV (UTF-8 with BOM, every field quoted)",
          "x-example": "/api/statements/export.csv?lang=fr",
          parameters: filterParameters,
          responses: { "200": { description: "CSV download", content: { "text/csv": { schema: { type: "string" } } } }, "400": errorResponse("A parameter is invalid") },
        },
      },
      "/api/statements/export.json": {
        get: {
          operationId: "exportStatementsJson",
          summary: "Every statement matching the filters, as one JSON file",
          "x-example": "/api/statements/export.json?theme=russia-ukraine",
          parameters: filterParameters,
          responses: { "200": jsonResponse("JSON download", "StatementExport"), "400": errorResponse("A parameter is invalid") },
        },
      },
      "/api/statements/{slug}": {
        get: {
          operationId: "getStatement",
          summary: "One published statement",
          "x-example": "/api/statements/2024-07-10-washington-declaration-decisive-enabler",
          parameters: [{ name: "slug", in: "path", required: true, description: "The statement's slug.", schema: { type: "string" }, example: "2024-07-10-washington-declaration-decisive-enabler" }],
          responses: { "200": jsonResponse("The statement", "StatementResponse"), "404": errorResponse("No published statement has this slug") },
        },
      },
      "/api/sources": {
        get: {
          operationId: "listSources",
          summary: "Every source, by id",
          "x-example": "/api/sources",
          parameters: [],
          responses: { "200": jsonResponse("The sources", "SourceList") },
        },
      },
      "/api/sources/{id}": {
        get: {
          operationId: "getSource",
          summary: "One source with the slugs of its published statements",
          "x-example": "/api/sources/nato-2024-07-10-washington-summit-declaration",
          parameters: [{ name: "id", in: "path", required: true, description: "The source's id.", schema: { type: "string" } }],
          responses: { "200": jsonResponse("The source", "SourceResponse"), "404": errorResponse("No source has this id") },
        },
      },
      "/api/themes": {
        get: {
          operationId: "listThemes",
          summary: "Every theme, with its number of published statements",
          "x-example": "/api/themes",
          parameters: [],
          responses: { "200": jsonResponse("The themes", "ThemeList") },
        },
      },
      "/api/oembed": {
        get: {
          operationId: "oembed",
          summary: "oEmbed 1.0 for a statement page: an iframe with the statement card",
          "x-example": `/api/oembed?url=${encodeURIComponent(`${siteUrl}/statements/2024-07-10-washington-declaration-decisive-enabler`)}`,
          parameters: [
            { name: "url", in: "query", required: true, description: "The address of a statement page on this site.", schema: { type: "string", format: "uri" } },
            { name: "format", in: "query", description: "json (the default); xml is not offered (501).", schema: { type: "string", enum: ["json", "xml"], default: "json" } },
            { name: "maxwidth", in: "query", description: "Largest width the consumer can show, in pixels.", schema: { type: "integer", minimum: 1 } },
            { name: "maxheight", in: "query", description: "Largest height the consumer can show, in pixels.", schema: { type: "integer", minimum: 1 } },
          ],
          responses: {
            "200": jsonResponse("The embed", "OEmbed"),
            "400": errorResponse("url is missing or not an address; a bad format or size"),
            "404": errorResponse("Not a published statement page on this site"),
            "501": errorResponse("format=xml"),
          },
        },
      },
    },
    components: { schemas },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
