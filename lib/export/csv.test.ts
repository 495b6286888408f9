import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ApiStatement } from "../api/serialize";
import { CSV_COLUMNS, statementsCsv } from "./csv";

const tricky: ApiStatement = {
  slug: "2023-11-28-nato-fr-foreign-ministers-china-not-adversary",
  date: "2023-11-28",
  title: "« La Chine n’est pas notre adversaire », dit l'OTAN",
  speaker: "Jens Stoltenberg",
  body: null,
  documentType: "PRESS_CONFERENCE",
  event: "Réunion des ministres, Bruxelles",
  quote: 'Il a dit : "La Chine n’est pas notre adversaire",\nmais elle « pose des défis ».\r\nDeuxième ligne; fin',
  language: "fr",
  translation: 'He said: "China is not our adversary", but it "poses challenges".',
  paragraphRef: null,
  summary: "Ça, c'est l'été — Noël à Brême",
  toneLevel: 2,
  toneRationale: null,
  autoToneLevel: 3,
  autoToneScore: 1.5,
  verification: "VERIFIED_OFFICIAL",
  updatedAt: "2024-01-02T03:04:05.678Z",
  url: "http://localhost:3000/statements/2023-11-28-nato-fr-foreign-ministers-china-not-adversary",
  source: { id: "nato-fr", title: "OTAN, « conférence »", outlet: "NATO", kind: "OFFICIAL_NATO", url: null, publishedAt: "2023-11-28", page: "http://localhost:3000/sources/nato-fr" },
  themes: [
    { slug: "russia-ukraine", name: "Russia and Ukraine" },
    { slug: "values", name: "Values" },
  ],
};

function parseBack(csv: string) {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("statementsCsv", () => {
  it("starts with a UTF-8 byte order mark and a header of every column", () => {
    const csv = statementsCsv([]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parseBack(csv)).toEqual([[...CSV_COLUMNS]]);
  });

  it("quotes every field", () => {
    const csv = statementsCsv([tricky]);
    const header = csv.slice(1).split("\r\n")[0]!;
    expect(header).toBe(CSV_COLUMNS.map((column) => `"${column}"`).join(","));
    expect(csv).toContain('"2"'); // numbers quoted too
    expect(csv).toContain(',"",'); // and empty values
    expect(csv).not.toMatch(/,,|,\r\n|\r\n,|^\uFEFF[^"]/);
  });

  it("parses back to the same values: accents, quotes, commas and newlines intact", () => {
    const [header, row] = parseBack(statementsCsv([tricky]));
    const record = Object.fromEntries(header!.map((column, index) => [column, row![index]]));
    expect(record.quote).toBe(tricky.quote);
    expect(record.title).toBe(tricky.title);
    expect(record.translation).toBe(tricky.translation);
    expect(record.summary).toBe(tricky.summary);
    expect(record.sourceTitle).toBe(tricky.source.title);
    expect(record.event).toBe(tricky.event);
    expect(record.body).toBe("");
    expect(record.toneLevel).toBe("2");
    expect(record.autoToneScore).toBe("1.5");
    expect(record.themes).toBe("russia-ukraine;values");
    expect(record.sourceUrl).toBe("");
  });

  it("writes one record per statement, in order", () => {
    const second = { ...tricky, slug: "2024-07-10-washington", quote: null };
    const rows = parseBack(statementsCsv([tricky, second]));
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((row) => row[0])).toEqual([tricky.slug, second.slug]);
  });

  it("neutralises cells a spreadsheet would run as formulas, and keeps numbers as numbers", () => {
    const attacks = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=1\n+2"];
    const rows = attacks.map((quote, index) => ({ ...tricky, slug: `s${index}`, quote, title: quote, autoToneScore: -1.5 }));
    const [header, ...records] = parseBack(statementsCsv(rows));
    const quoteColumn = header!.indexOf("quote");
    const titleColumn = header!.indexOf("title");
    const scoreColumn = header!.indexOf("autoToneScore");
    records.forEach((record, index) => {
      expect(record[quoteColumn]).toBe(`'${attacks[index]}`);
      expect(record[titleColumn]).toBe(`'${attacks[index]}`);
      expect(record[scoreColumn]).toBe("-1.5");
    });
  });
});
