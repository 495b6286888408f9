import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff";

describe("diffSnapshots", () => {
  it("lists only the changed fields, with the words removed and added", () => {
    const changes = diffSnapshots({ title: "Not an adversary", toneLevel: 2, themes: ["a"] }, { title: "A systemic challenge", toneLevel: 2, themes: ["a"] });
    expect(changes.map((c) => c.field)).toEqual(["title"]);
    const change = changes[0]!;
    expect(change.parts.filter((p) => p.removed).map((p) => p.value).join("")).toContain("Not");
    expect(change.parts.filter((p) => p.added).map((p) => p.value).join("")).toContain("systemic");
  });

  it("shows lists and unset values readably, and every set field of a creation", () => {
    expect(diffSnapshots({ themes: ["arctic"], speaker: null }, { themes: ["arctic", "space"], speaker: "Jens Stoltenberg" })).toMatchObject([
      { field: "themes", before: "arctic", after: "arctic, space" },
      { field: "speaker", before: "", after: "Jens Stoltenberg" },
    ]);
    expect(diffSnapshots(null, { title: "x", event: null }).map((c) => c.field)).toEqual(["title"]);
  });
});
