import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to";

/** Where a browser on http://site.test goes when it follows a redirect to `location`. */
function browserTarget(location: string): URL {
  return new URL(location, "http://site.test/sign-in");
}

describe("safeReturnTo", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeReturnTo("/statements/new")).toBe("/statements/new");
    expect(safeReturnTo("/fr/statements/new?source=a#quote")).toBe("/fr/statements/new?source=a#quote");
    expect(safeReturnTo(["/a", "/b"])).toBe("/a");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "https://evil.example",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\t\\evil.example",
    "/\r\n/evil.example",
    "/.//evil.example",
    "\t//evil.example",
    "",
  ])("refuses %j, which a browser would take off the site", (value) => {
    expect(safeReturnTo(value)).toBe("/");
  });

  it("never returns a location a browser resolves to another origin (control characters, backslashes)", () => {
    const piece = fc.constantFrom("/", "\\", "\t", "\n", "\r", " ", ".", "evil.example", "%2f", "%5c", ":", "@", "\u0000", "\u001f", "a");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join("")), (value) => {
        const location = safeReturnTo(value);
        expect(browserTarget(location).origin).toBe("http://site.test");
      }),
      { numRuns: 2000 },
    );
  });
});
