import { describe, expect, it } from "vitest";
import { englishProblem } from "../validation/english";
import { fieldProblemsOf } from "../validation/problems";
import { statementInput } from "../validation/statement";
import { readStatementForm, statementCandidate, statementFormValues } from "./form";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("statement form values", () => {
  const typed = formData([
    ["slug", "2021-06-14-brussels"],
    ["date", "2021-06-14"],
    ["title", "Brussels"],
    ["speaker", "  "],
    ["documentType", "COMMUNIQUE"],
    ["quote", "Systemic challenges."],
    ["language", "en"],
    ["toneLevel", "4"],
    ["verification", "VERIFIED_OFFICIAL"],
    ["status", "PUBLISHED"],
    ["sourceId", "nato-2021"],
    ["themes", "space"],
    ["themes", "arctic"],
  ]);

  it("reads every field as typed, themes as a list", () => {
    const values = readStatementForm(typed);
    expect(values.speaker).toBe("  ");
    expect(values.themes).toEqual(["space", "arctic"]);
    expect(values.event).toBe("");
  });

  it("turns blanks into absent values and the tone level into a number for the schema", () => {
    const parsed = statementInput.parse(statementCandidate(readStatementForm(typed)));
    expect(parsed).toMatchObject({ speaker: null, event: null, toneLevel: 4, themes: ["space", "arctic"] });
    expect(statementFormValues(parsed)).toMatchObject({ speaker: "", toneLevel: "4", themes: ["space", "arctic"] });
  });

  it("reports a missing required field by name", () => {
    const result = statementInput.safeParse(statementCandidate(readStatementForm(formData([["toneLevel", ""]]))));
    expect(result.success).toBe(false);
    const problems = fieldProblemsOf(result.error!.issues);
    expect(problems).toMatchObject({ title: { key: "required" }, date: { key: "required" }, toneLevel: { key: "required" } });
    expect(englishProblem("title", problems.title!)).toBe("Title is required");
    expect(englishProblem("toneLevel", problems.toneLevel!)).toBe("Tone level is required");
  });
});
