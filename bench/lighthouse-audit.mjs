// Runs Lighthouse on one URL (argv) and prints {"scores", "transferredJsBytes"} as JSON.
// Plain JavaScript run by node, not tsx: Lighthouse sends some of its functions' source into the
// page, and tsx's transform adds a helper (__name) to them that does not exist there.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [url, chromePath] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
});
try {
  const result = await lighthouse(url, { port: chrome.port, logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
  const score = (id) => {
    const value = categories[id]?.score;
    if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${id} score for ${url}`);
    return Math.round(value * 100);
  };
  const requests = audits["network-requests"]?.details?.items ?? [];
  const failing = Object.values(audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
    .map((audit) => audit.id);
  console.log(
    JSON.stringify({
      scores: { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") },
      transferredJsBytes: requests.filter((request) => request.resourceType === "Script").reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
      failing,
    }),
  );
} finally {
  chrome.kill();
}
