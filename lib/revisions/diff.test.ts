import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff";

describe("diffSnapshots", () => {
  it("lists only the changed fields, with the words removed and added", () => {
    const changes = diffSnapshots(
      { title: "China's stated ambitions and assertive behaviour present systemic challenges", toneLevel: 2, themes: ["a"] },
      { title: "China's stated ambitions and coercive policies present systemic challenges", toneLevel: 2, themes: ["a"] },
    );
    expect(changes.map((c) => c.field)).toEqual(["title"]);
    const change = changes[0]!;
    expect(change.parts.filter((p) => p.removed).map((p) => p.value).join("")).toMatch(/assertive.*behaviour/);
    expect(change.parts.filter((p) => !p.added && !p.removed).map((p) => p.value).join("")).toContain("present systemic challenges");
    expect(change.parts.filter((p) => p.added).map((p) => p.value).join("")).toMatch(/coercive.*policies/);
  });

  it("shows a rewritten value whole, struck out then replaced, rather than interleaved fragments", () => {
    const [change] = diffSnapshots({ title: "Press conference on China" }, { title: "First editor's title" });
    expect(change!.parts).toEqual([
      { value: "Press conference on China", added: false, removed: true },
      { value: "First editor's title", added: true, removed: false },
    ]);
  });

  it("shows lists and unset values readably, and every set field of a creation", () => {
    expect(diffSnapshots({ themes: ["arctic"], speaker: null }, { themes: ["arctic", "space"], speaker: "Jens Stoltenberg" })).toMatchObject([
      { field: "themes", before: "arctic", after: "arctic, space" },
      { field: "speaker", before: "", after: "Jens Stoltenberg" },
    ]);
    expect(diffSnapshots(null, { title: "x", event: null }).map((c) => c.field)).toEqual(["title"]);
  });
});
