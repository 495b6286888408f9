import fc from "fast-check";

/** Strings an attacker or a broken client sends: markup, SQL, control characters, bad dates and URLs. */
export const HOSTILE_SAMPLES = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "' OR '1'='1",
  "1; DROP TABLE \"Statement\"; --",
  "%' UNION SELECT * FROM \"User\" --",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m\u007f",
  "\r\n\r\nX-Injected: 1",
  "\ud800",
  "\u202e\u200b\ufeff",
  "2024-02-30",
  "2024-13-01",
  "0000-00-00",
  "+275760-09-13",
  "-1",
  "NaN",
  "Infinity",
  "1e309",
  "9".repeat(400),
  "http://",
  "https://evil.example/statements/2024-07-10-x",
  "http://localhost:3000/statements/../../etc/passwd",
  "//evil.example",
  "data:text/html,<script>alert(1)</script>",
  "%00%ff%fe",
  "%E0%A4%A",
  "null",
  "undefined",
  "[]",
  "{}",
  "true",
  "__proto__",
  "constructor",
] as const;

const controlCharacter = fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code));

/** Any string, biased to hostile ones: samples, mixes of them, control characters, huge strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_SAMPLES), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: controlCharacter, maxLength: 20 }), weight: 1 },
  { arbitrary: fc.array(fc.constantFrom(...HOSTILE_SAMPLES), { minLength: 2, maxLength: 4 }).map((parts) => parts.join("")), weight: 1 },
  { arbitrary: fc.nat({ max: 100_000 }).map((n) => "x".repeat(n + 1000)), weight: 1 },
  { arbitrary: fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? "Invalid Date" : date.toISOString().slice(0, 10))), weight: 1 },
);

/** A query string made of the given parameter names (and unknown ones), each with a hostile value. */
export function hostileQuery(names: readonly string[]): fc.Arbitrary<URLSearchParams> {
  const name = fc.oneof({ arbitrary: fc.constantFrom(...names), weight: 5 }, { arbitrary: hostileString, weight: 1 });
  return fc.array(fc.tuple(name, hostileString), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs));
}

/** numRuns for every property: enough to find what these found, bounded so `npm test` stays quick. */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 30);
