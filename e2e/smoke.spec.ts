import { expect, test } from "@playwright/test";

test("home page says what closeread is, for whom, with working keyboard skip link", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/closeread/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const audience of ["Students", "Teachers", "Self-study learners"]) {
    await expect(page.getByRole("heading", { name: audience })).toBeVisible();
  }
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});

test("health reports the database and migrations as ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "up-to-date" });
});

test("responses carry the security headers and no framework banner", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
