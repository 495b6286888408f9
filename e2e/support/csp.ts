import type { Page } from "@playwright/test";

/**
 * Records every Content-Security-Policy violation a page reports, both as the browser's console
 * error and as the DOM's `securitypolicyviolation` event (which also catches report-only cases
 * the console words differently).
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return async () => {
    const fromEvents = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
    return [...fromConsole, ...fromEvents];
  };
}

/** The nonce in a page policy's script-src. */
export function nonceOf(policy: string | undefined): string | undefined {
  return policy?.match(/script-src[^;]*'nonce-([^']+)'/)?.[1];
}
