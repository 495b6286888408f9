import { describe, expect, it } from "vitest";
import { savedVersion } from "./saved-notice";

describe("savedVersion", () => {
  it("names a real version of the record", () => {
    expect(savedVersion("3", 3)).toBe(3);
    expect(savedVersion("1", 3)).toBe(1);
  });

  it.each([
    ["text from a crafted link", "Your account is locked: call +1 555 0100"],
    ["markup", "<b>2</b>"],
    ["a version that does not exist", "4"],
    ["zero", "0"],
    ["a leading zero", "03"],
    ["a huge number", "99999999999999999999"],
    ["an array", ["2", "3"]],
    ["nothing", undefined],
  ])("shows no notice for %s", (_, value) => {
    expect(savedVersion(value as string | string[] | undefined, 3)).toBeNull();
  });
});
