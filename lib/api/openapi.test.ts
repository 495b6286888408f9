import { describe, expect, it } from "vitest";
import { FILTER_PARAMS } from "../statements/filters";
import { openApiValidator } from "../testing/openapi-validator";
import { openApiDocument } from "./openapi";
import { toApiStatement, type StatementRow } from "./serialize";

const document = openApiDocument("http://localhost:3000");
const validate = openApiValidator(document);

const row: StatementRow = {
  slug: "2021-06-14-brussels-communique-systemic-challenges",
  date: new Date("2021-06-14T00:00:00Z"),
  title: "Brussels Summit Communiqué",
  speaker: null,
  body: "Heads of State and Government",
  documentType: "COMMUNIQUE",
  event: "Brussels Summit",
  quote: "China's stated ambitions and assertive behaviour present systemic challenges",
  language: "en",
  translation: null,
  paragraphRef: "55",
  summary: null,
  toneLevel: 4,
  toneRationale: null,
  autoToneLevel: 4,
  autoToneScore: 5,
  verification: "VERIFIED_OFFICIAL",
  updatedAt: new Date("2024-01-01T10:00:00Z"),
  source: { id: "nato-brussels", title: "Brussels Summit Communiqué", outlet: "NATO", kind: "OFFICIAL_NATO", url: "https://www.nato.int/", publishedAt: new Date("2021-06-14T00:00:00Z") },
  themes: [{ slug: "systemic-challenge", name: "Systemic challenge" }],
};

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every schema compiling in strict mode", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const name of Object.keys(document.components.schemas)) expect(() => validate(name, {})).not.toThrow();
  });

  it("accepts a serialized statement and a page of them", () => {
    const statement = toApiStatement(row, "http://localhost:3000");
    expect(validate("Statement", statement)).toEqual([]);
    expect(validate("StatementPage", { data: [statement], nextCursor: null })).toEqual([]);
  });

  it("rejects a statement with an undocumented field or a missing one", () => {
    const statement = toApiStatement(row, "http://localhost:3000");
    expect(validate("Statement", { ...statement, id: "internal" })).not.toEqual([]);
    const { quote: _quote, ...withoutQuote } = statement;
    expect(validate("Statement", withoutQuote)).not.toEqual([]);
    expect(validate("Statement", { ...statement, date: "14 June 2021" })).not.toEqual([]);
  });

  it("describes every filter parameter of the timeline on the list endpoint", () => {
    const names = document.paths["/api/statements"].get.parameters.map((parameter) => parameter.name);
    expect(names).toEqual([...FILTER_PARAMS, "limit", "cursor"]);
  });
});
