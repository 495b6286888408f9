import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { keyPhraseTracker } from "./key-phrases";
import { timelineHref } from "./links";
import { summitPassages } from "./summit-passages";
import { tonePoints, yearlyAverages, yearlyLevelCounts } from "./tone-series";
import type { TrendStatement } from "./types";
import enLabels from "@/messages/en/labels.json";
import enTrends from "@/messages/en/trends.json";
import frLabels from "@/messages/fr/labels.json";
import frTrends from "@/messages/fr/trends.json";
import { createTranslator } from "next-intl";

const seedFile = (name: string) => JSON.parse(fs.readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), "utf8"));

/** The published seed statements, shaped as the trends page reads them from the database. */
function seedStatements(): TrendStatement[] {
  const sources = new Map<string, { id: string; title: string }>(seedFile("sources.json").map((s: { id: string; title: string }) => [s.id, s]));
  return seedFile("statements.json")
    .filter((s: { status: string }) => s.status === "PUBLISHED")
    .map((s: TrendStatement & { date: string; sourceId: string }) => ({ ...s, date: new Date(`${s.date}T00:00:00Z`), source: sources.get(s.sourceId)! }));
}

function statement(date: string, toneLevel: number, extra: Partial<TrendStatement> = {}): TrendStatement {
  return {
    slug: `${date}-${toneLevel}-${extra.title ?? "s"}`,
    title: extra.title ?? "s",
    date: new Date(`${date}T00:00:00Z`),
    toneLevel,
    quote: null,
    translation: null,
    language: "en",
    documentType: "SPEECH",
    event: null,
    source: { id: "src", title: "Source" },
    ...extra,
  };
}

describe("timelineHref", () => {
  it("filters the timeline to a day, or a year and tone", () => {
    expect(timelineHref({ from: "2021-06-14", to: "2021-06-14" })).toBe("/?from=2021-06-14&to=2021-06-14");
    expect(timelineHref({ from: "2021", to: "2021", tone: 4 })).toBe("/?from=2021&to=2021&tone=4");
    expect(timelineHref({ from: "2017", to: "2017", tone: 0 })).toBe("/?from=2017&to=2017&tone=none");
  });
});

describe("tone series", () => {
  const sample = [statement("2017-05-25", 0), statement("2019-12-04", 2), statement("2021-06-14", 4, { title: "a" }), statement("2021-06-14", 4, { title: "b" }), statement("2021-09-27", 1)];

  it("makes every statement a point, spreading ones that would coincide", () => {
    const points = tonePoints(sample);
    expect(points.map((point) => [point.date, point.level])).toEqual([["2017-05-25", 0], ["2019-12-04", 2], ["2021-06-14", 4], ["2021-06-14", 4], ["2021-09-27", 1]]);
    const june = Date.UTC(2021, 5, 14);
    expect(points[2]!.t).toBeLessThan(june);
    expect(points[3]!.t).toBeGreaterThan(june);
    expect(points[2]!.t + points[3]!.t).toBe(2 * june);
    expect(points[0]!.href).toBe("/?from=2017-05-25&to=2017-05-25");
  });

  it("averages levels 1–5 per year, leaving out 'not mentioned' and keeping silent years", () => {
    expect(yearlyAverages(sample).map(({ year, average, mentioned, total }) => ({ year, average, mentioned, total }))).toEqual([
      { year: 2017, average: null, mentioned: 0, total: 1 },
      { year: 2018, average: null, mentioned: 0, total: 0 },
      { year: 2019, average: 2, mentioned: 1, total: 1 },
      { year: 2020, average: null, mentioned: 0, total: 0 },
      { year: 2021, average: 3, mentioned: 3, total: 3 },
    ]);
  });

  it("counts statements per year and level, level 0 included", () => {
    expect(yearlyLevelCounts(sample)[4]).toEqual({ year: 2021, counts: [0, 1, 0, 0, 2, 0], total: 3 });
    expect(yearlyLevelCounts(sample)[0]).toEqual({ year: 2017, counts: [1, 0, 0, 0, 0, 0], total: 1 });
    expect(yearlyLevelCounts([])).toEqual([]);
  });

  it("shows the shift in the seed data: silence in 2017–2018, then a rising average", () => {
    const averages = new Map(yearlyAverages(seedStatements()).map((year) => [year.year, year.average]));
    expect(averages.get(2017)).toBeNull();
    expect(averages.get(2018)).toBeNull();
    expect(averages.get(2019)).toBe(2);
    expect(averages.get(2024)!).toBeGreaterThan(averages.get(2021)!);
  });
});

describe("keyPhraseTracker on the seed statements", () => {
  const tracks = new Map(keyPhraseTracker(seedStatements()).map((track) => [track.id, track]));
  const years = (id: string) => tracks.get(id)!.years.map((year) => year.year);

  it("finds 'not an adversary' persisting from 2021 to 2023, in English and French quotes alike", () => {
    expect(years("not-an-adversary")).toEqual([2021, 2023]);
    expect(tracks.get("not-an-adversary")!.first?.date).toBe("2021-06-14");
    expect(tracks.get("not-an-adversary")!.years).toEqual([{ year: 2021, statements: 3 }, { year: 2023, statements: 2 }]);
  });

  it("dates the arrival of 'systemic challenges' (2021) and 'decisive enabler' (2024)", () => {
    expect(tracks.get("systemic-challenges")!.first).toMatchObject({ date: "2021-06-14", slug: "2021-06-14-brussels-communique-systemic-challenges" });
    expect(years("systemic-challenges")).toEqual([2021, 2022]);
    expect(tracks.get("decisive-enabler")!.first?.date).toBe("2024-07-10");
    expect(years("decisive-enabler")).toEqual([2024]);
    expect(tracks.get("opportunities")!.first?.date).toBe("2019-12-04");
  });

  it("orders phrases by first appearance", () => {
    const firsts = [...tracks.values()].map((track) => track.first?.date ?? "9999");
    expect(firsts).toEqual([...firsts].sort());
  });
});

describe("summitPassages", () => {
  it("compares the summit texts on China in order, from London 2019 to Washington 2024", () => {
    const passages = summitPassages(seedStatements());
    expect(passages.map((passage) => [passage.name, passage.date, passage.statements])).toEqual([
      ["London Leaders' Meeting 2019", "2019-12-04", 1],
      ["Brussels Summit 2021", "2021-06-14", 2],
      ["Madrid Summit 2022", "2022-06-29", 3],
      ["Vilnius Summit 2023", "2023-07-11", 3],
      ["Washington Summit 2024", "2024-07-10", 2],
    ]);
    expect(passages[0]!.changes).toBeNull();
    const washington = passages[4]!.changes!;
    const added = washington.parts.filter((part) => part.change === "added").map((part) => part.text).join(" ");
    const removed = washington.parts.filter((part) => part.change === "removed").map((part) => part.text).join(" ");
    expect(added).toMatch(/decisive/);
    expect(added).toMatch(/enabler/);
    expect(removed).toMatch(/constructive/);
    expect(washington.added).toBeGreaterThan(0);
    expect(washington.removed).toBeGreaterThan(0);
  });

  it("rebuilds each passage from its parts: unchanged and added words give the new text, unchanged and removed the old", () => {
    for (const [index, passage] of summitPassages(seedStatements()).entries()) {
      if (!passage.changes) continue;
      const previous = summitPassages(seedStatements())[index - 1]!;
      const parts = passage.changes.parts;
      expect(parts.filter((part) => part.change !== "removed").map((part) => part.text).join("")).toBe(passage.text);
      // The diff keeps the new text's spacing in unchanged runs, so the old text is compared without spaces.
      const squeeze = (text: string) => text.replace(/\s+/g, "");
      expect(squeeze(parts.filter((part) => part.change !== "added").map((part) => part.text).join(""))).toBe(squeeze(previous.text));
    }
  });

  it("leaves out summit texts that do not mention China and other document types", () => {
    const passages = summitPassages([
      statement("2018-07-11", 0, { documentType: "DECLARATION", source: { id: "a", title: "Brussels Summit Declaration" } }),
      statement("2019-12-04", 2, { documentType: "DOORSTEP", quote: "opportunities" }),
      statement("2019-12-04", 2, { documentType: "DECLARATION", quote: "opportunities and challenges", source: { id: "b", title: "London Declaration" } }),
    ]);
    expect(passages.map((passage) => passage.name)).toEqual(["London Declaration"]);
  });
});

describe("text summaries", () => {
  const text = (locale: "en" | "fr") => {
    const messages = { trends: locale === "en" ? enTrends : frTrends, labels: locale === "en" ? enLabels : frLabels };
    return {
      t: createTranslator({ locale, messages, namespace: "trends.summary" }),
      labels: createTranslator({ locale, messages, namespace: "labels" }),
      locale,
    };
  };

  it("say in words what each chart shows for the seed data", async () => {
    const { keyPhraseSummary, perYearSummary, summitSummary, toneOverTimeSummary } = await import("./summaries");
    const seeds = seedStatements();
    const en = text("en");
    expect(toneOverTimeSummary(yearlyAverages(seeds), en)).toMatch(/^29 statements from 2017 to 2024\. China is not mentioned in 2017 and 2018\. The yearly average tone .* from 2\.0 \(Not an adversary \/ mixed\) in 2019 to /);
    expect(perYearSummary(yearlyLevelCounts(seeds), en)).toMatch(/^2021 has the most statements/);
    expect(keyPhraseSummary(keyPhraseTracker(seeds), en)).toContain("“decisive enabler” first appears in 2024.");
    expect(summitSummary(summitPassages(seeds), en)).toMatch(/^5 summit texts mention China: London Leaders' Meeting 2019, /);
    expect(toneOverTimeSummary([], en)).toBe("No statements match these filters.");
  });

  it("say it in French, with French numbers and lists", async () => {
    const { keyPhraseSummary, summitSummary, toneOverTimeSummary } = await import("./summaries");
    const seeds = seedStatements();
    const fr = text("fr");
    expect(toneOverTimeSummary(yearlyAverages(seeds), fr)).toMatch(/^29 déclarations de 2017 à 2024\. La Chine n'est pas mentionnée en 2017 et 2018\. Le ton moyen .* passe de 2,0 \(Pas un adversaire \/ mitigé\) en 2019 à /);
    expect(keyPhraseSummary(keyPhraseTracker(seeds), fr)).toContain("« decisive enabler » apparaît pour la première fois en 2024");
    expect(summitSummary(summitPassages(seeds), fr)).toMatch(/^5 textes de sommet mentionnent la Chine : London Leaders' Meeting 2019, /);
    expect(toneOverTimeSummary([], fr)).toBe("Aucune déclaration ne correspond à ces filtres.");
  });
});
