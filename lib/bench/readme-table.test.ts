import { describe, expect, it } from "vitest";
import { README_END, README_START, withLatestResults } from "./readme-table";

describe("README results", () => {
  it("replaces what is between the markers and keeps the rest", () => {
    const readme = `# Title\n\n${README_START}\n| old |\n${README_END}\n\n## Next\n`;
    expect(withLatestResults(readme, "| new |\n")).toBe(`# Title\n\n${README_START}\n| new |\n${README_END}\n\n## Next\n`);
  });

  it("leaves a README without markers alone", () => {
    expect(withLatestResults("# Title\n", "| new |")).toBe("# Title\n");
  });
});
