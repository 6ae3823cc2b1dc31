/** The accessibility check the browser tests share: axe's WCAG 2.2 AA rules. */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** WCAG 2.2 AA violations on the page as "rule: targets" lines: serious and critical ones, or of every impact. */
async function violations(page: Page, everyImpact: boolean): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return results.violations
    .filter((violation) => everyImpact || violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Serious and critical violations on the page (empty when there are none). */
export function seriousViolations(page: Page): Promise<string[]> {
  return violations(page, false);
}

/** No serious or critical violation; `where` names the page state in the failure. */
export async function expectNoSeriousAxeViolations(page: Page, where?: string): Promise<void> {
  expect(await violations(page, false), where).toEqual([]);
}

/** No violation at all, minor ones included: for pages held to the stricter bar since they were built. */
export async function expectNoAxeViolations(page: Page, where?: string): Promise<void> {
  expect(await violations(page, true), where).toEqual([]);
}
