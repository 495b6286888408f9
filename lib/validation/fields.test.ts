import { expect, it, vi } from "vitest";

it("schemas parse without evaluating code, which the pages' CSP forbids", async () => {
  vi.resetModules();
  const spy = vi.spyOn(globalThis, "Function");
  try {
    const { statementFilters } = await import("../statements/filters");
    const { statementInput } = await import("./statement");
    expect(statementFilters.safeParse({ q: "china", tone: "4,5" }).success).toBe(true);
    expect(statementInput.safeParse({ slug: "x" }).success).toBe(false);
    expect(spy).not.toHaveBeenCalled();
  } finally {
    spy.mockRestore();
  }
});
