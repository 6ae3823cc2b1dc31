import { LEARNER, TestPlatform } from "../tests/lti/platform";
import { attemptIdOn, PASSWORD } from "./support/reading";
import { expect, test } from "./support/world";

/**
 * closeread inside an LMS, in a browser: an admin registers the test LMS,
 * a teacher adds a reading through deep linking in the LMS's iframe, a
 * student launches it, opens closeread in a new tab signed in, submits, and
 * the LMS receives the score. A second LMS registers closeread itself (LTI
 * Dynamic Registration) from the admin's one-time URL, and a student with a
 * closeread account links it from the launch page. The LMS runs on
 * localhost, closeread on 127.0.0.1: another site, as in a school.
 */
test("deep linking, launch into a new tab and the score back to the LMS", async ({ page, context, baseURL, world }) => {
  // Three people, two sites and a sign-up's password hashing: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const platform = await new TestPlatform(async () => (await fetch(`${baseURL}/api/lti/jwks`)).json(), "localhost").start();
  try {
    // The admin (CLOSEREAD_ADMINS, set by e2e/support/serve.ts) registers the LMS.
    await page.goto("/sign-up");
    await page.getByRole("radio", { name: /A teacher/ }).check();
    await page.getByLabel("Your name").fill("LTI Admin");
    await page.getByLabel("Email").fill("lti-admin@example.org");
    await page.getByLabel("Password", { exact: true }).fill("lamp orbit tulip 7");
    await page.getByLabel("Password again").fill("lamp orbit tulip 7");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/teach$/, { timeout: 30_000 });
    const admin = await page.goto("/teach/lti");
    // Only the LTI endpoints may be framed (by registered LMSs); every page keeps DENY.
    expect(admin!.headers()["x-frame-options"]).toBe("DENY");
    await expect(page.getByText(`${baseURL}/api/lti/jwks`)).toBeVisible();
    const registration = platform.registration;
    await page.getByLabel("Name").fill(registration.name);
    await page.getByLabel("Issuer (platform ID)").fill(registration.issuer);
    await page.getByLabel("Client ID").fill(registration.clientId);
    await page.getByLabel("Deployment IDs").fill(registration.deploymentIds);
    await page.getByLabel("Authentication request URL (OIDC auth endpoint)").fill(registration.authLoginUrl);
    await page.getByLabel("Access token URL").fill(registration.tokenUrl);
    await page.getByLabel("Public keyset URL (JWKS)").fill(registration.jwksUrl);
    await page.getByRole("button", { name: "Register LMS" }).click();
    await expect(page.getByText("Test LMS is registered.")).toBeVisible();

    // Another LMS registers closeread itself: it opens the admin's one-time URL in its iframe and closes it when told.
    const selfRegistering = await new TestPlatform(async () => (await fetch(`${baseURL}/api/lti/jwks`)).json(), "localhost").start();
    try {
      await page.getByRole("button", { name: "Make a registration URL" }).click();
      const registrationUrl = await page.getByLabel("Registration URL").inputValue();
      expect(registrationUrl).toMatch(new RegExp(`^${baseURL}/api/lti/register/`));
      const adding = await context.newPage();
      await adding.goto(selfRegistering.url(`/register-tool?url=${encodeURIComponent(registrationUrl)}`));
      await expect(adding.getByText("Tool registered.")).toBeVisible({ timeout: 30_000 });
      expect(selfRegistering.registrations).toHaveLength(1);
      await adding.close();
    } finally {
      await selfRegistering.stop();
    }
    await page.reload();
    await expect(page.getByText(/test-lms — http:\/\/localhost:/)).toBeVisible();
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/lti-admin-${width}.png`, fullPage: true });
    }

    // The teacher adds a reading from inside the LMS (deep linking, in the iframe).
    const lms = await context.newPage();
    platform.nextLaunch = platform.deepLinkingLaunch({ sub: "e2e-teacher", name: "Ms. Okafor" });
    await lms.goto(platform.url(`/course?tool=${encodeURIComponent(`${baseURL}/api/lti/login`)}`));
    const frame = lms.frameLocator("iframe[title=closeread]");
    await frame.getByLabel("Reading").selectOption({ index: 0 });
    await frame.getByLabel("Attempts allowed").fill("2");
    await frame.getByRole("button", { name: "Add to the course" }).click();
    // Creating the assignment, signing the reply and the LMS checking it against closeread's JWKS: allow a busy machine time.
    await expect(frame.getByText("Added to the course.")).toBeVisible({ timeout: 30_000 });
    const [item] = platform.deepLinkReplies[0]!["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as { custom: Record<string, string> }[];

    // A student launches the new link and opens closeread in a new tab, signed in without an account of their own.
    platform.nextLaunch = platform.resourceLaunch({ sub: "e2e-student", name: "Sam Lee", roles: ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"] }, item!.custom);
    const student = await context.browser()!.newContext();
    const studentLms = await student.newPage();
    await studentLms.goto(platform.url(`/course?tool=${encodeURIComponent(`${baseURL}/api/lti/login`)}`));
    const studentFrame = studentLms.frameLocator("iframe[title=closeread]");
    await expect(studentFrame.getByText("Signed in from your course as Sam Lee.")).toBeVisible({ timeout: 30_000 });
    const [reading] = await Promise.all([student.waitForEvent("page"), studentFrame.getByRole("link", { name: "Open in closeread (new tab)" }).click()]);
    await expect(reading).toHaveURL(new RegExp(`/read/${item!.custom.closeread_assignment}`));
    // The reading's start page, signed in as the student; its first part opens the attempt.
    await reading.locator(`main a[href^="/read/${item!.custom.closeread_assignment}/"]`).first().click();

    // Submitting sends the score to the LMS gradebook.
    const attemptId = await attemptIdOn(reading);
    // As the reading's own client does (lib/http/client.ts), from the page.
    const submitted = await reading.evaluate(async (id) => {
      const response = await fetch(`/api/attempts/${id}/submit`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      return `${response.status} ${await response.text()}`;
    }, attemptId);
    expect(submitted).toMatch(/^200 /);
    await expect.poll(() => platform.scores.length).toBe(1);
    expect(platform.scores[0]).toMatchObject({ userId: "e2e-student", activityProgress: "Completed" });
    await student.close();

    // A student who already has a closeread account links it from the launch page, by signing in to it once.
    platform.nextLaunch = platform.resourceLaunch({ sub: "e2e-linker", name: "Ava from the LMS", roles: [LEARNER] }, item!.custom);
    const linker = await context.browser()!.newContext();
    const linkerLms = await linker.newPage();
    await linkerLms.goto(platform.url(`/course?tool=${encodeURIComponent(`${baseURL}/api/lti/login`)}`));
    const linkerFrame = linkerLms.frameLocator("iframe[title=closeread]");
    const [linkPage] = await Promise.all([linker.waitForEvent("page"), linkerFrame.getByRole("link", { name: "Use it from this course (new tab)" }).click()]);
    await linkPage.getByLabel("Email or username").fill(world.students.ava!);
    await linkPage.getByLabel("Password").fill(PASSWORD);
    for (const width of [1280, 360]) {
      await linkPage.setViewportSize({ width, height: 800 });
      await linkPage.screenshot({ path: `test-results/lti-link-${width}.png`, fullPage: true });
    }
    await linkPage.getByRole("button", { name: "Sign in and link" }).click();
    await expect(linkPage.getByText(/^Linked\. Your course now opens your closeread account/)).toBeVisible({ timeout: 30_000 });
    await linker.close();
  } finally {
    await platform.stop();
  }
});
