import type { Page } from "@playwright/test";
import { expect, test } from "./support/world";
import { expectNoSeriousAxeViolations } from "./support/axe";

/** Names no other test (or run) uses. */
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = "lamp orbit tulip 7";

async function signUpTeacher(page: Page, id: string) {
  await page.goto("/sign-up");
  await page.getByRole("radio", { name: /A teacher/ }).check();
  await page.getByLabel("Your name").fill(`Teacher ${id}`);
  await page.getByLabel("Email").fill(`teacher-${id}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/teach$/);
}

async function createClass(page: Page, name: string): Promise<string> {
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return (await page.locator(".join-code").innerText()).trim();
}

async function joinAsNewStudent(page: Page, code: string, id: string) {
  await page.goto(`/join?code=${code}`);
  await expect(page.getByLabel("Class code")).toHaveValue(code);
  await page.getByLabel("Your name").fill(`Student ${id}`);
  await page.getByLabel("Choose a username").fill(`student-${id}`);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByLabel("Password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page).toHaveURL(/\/classes\?joined=active$/);
}

test("a teacher signs up, creates a class and assigns a reading; a student joins with the code and starts it", async ({ page, browser }) => {
  const id = unique();
  await signUpTeacher(page, id);
  const className = `Period 4 ${id}`;
  const code = await createClass(page, className);
  expect(code).toMatch(/^[A-Z2-9]{6}$/);

  await page.getByRole("link", { name: "Assign a reading" }).click();
  const readings = page.getByRole("group", { name: "Reading" }).getByRole("radio");
  await readings.first().check();
  const title = (await page.getByRole("group", { name: "Reading" }).locator("label").first().locator("strong").innerText()).trim();
  await page.getByLabel("Due (optional)").fill("2099-05-01T17:00");
  await page.getByRole("radio", { name: /After they submit the whole reading/ }).check();
  await page.getByLabel("Attempts allowed").fill("2");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Reading assigned.")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("After submitting · 2 attempts");
  await expect(row).toContainText("Open");

  // The student is a stranger on another device: a fresh browser context.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await joinAsNewStudent(student, code, id);
  const section = student.getByRole("region", { name: className });
  await expect(section.getByRole("row", { name: new RegExp(title) })).toContainText("Not started");
  const start = section.getByRole("link", { name: new RegExp(`Start ${title}`) });
  const href = await start.getAttribute("href");
  expect(href).toMatch(/^\/read\/c[a-z0-9]{24}$/);
  await start.click();
  await expect(student).toHaveURL(href!);
  await expect(student.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The teacher sees the new student on the roster.
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(`Student ${id}`) })).toContainText(`student-${id}`);
  await studentContext.close();
});

test("a student of another class cannot open an assignment by its URL", async ({ page, browser, world }) => {
  const id = unique();
  await signUpTeacher(page, id);
  const code = await createClass(page, `Class ${id}`);
  await page.getByRole("link", { name: "Assign a reading" }).click();
  await page.getByRole("group", { name: "Reading" }).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("Reading assigned.")).toBeVisible();

  const insiderContext = await browser.newContext();
  const insider = await insiderContext.newPage();
  await joinAsNewStudent(insider, code, `in-${id}`);
  const assignmentUrl = await insider.getByRole("link", { name: /^Start / }).first().getAttribute("href");

  // An outsider: a student of another class, who knows (or guessed) the URL.
  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await joinAsNewStudent(outsider, world.joinCode, `out-${id}`);
  const response = await outsider.goto(assignmentUrl!);
  expect([403, 404]).toContain(response?.status());
  await expect(outsider.getByRole("heading", { level: 1 })).toHaveText(/not found|not for your account/i);
  // The teacher pages of that class are not theirs either.
  const teacherPage = await outsider.goto(page.url());
  expect(teacherPage?.status()).toBe(403);
  await insiderContext.close();
  await outsiderContext.close();
});

test("anonymous visitors are sent to sign in and come back; the session cookie is httpOnly, Secure and SameSite=Lax", async ({ page }) => {
  const id = unique();
  await signUpTeacher(page, id);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/teach");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteach$/);
  await page.getByLabel("Email or username").fill(`teacher-${id}@example.org`);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email or username and password do not match an account.")).toBeVisible();
  // What was typed stays.
  await expect(page.getByLabel("Email or username")).toHaveValue(`teacher-${id}@example.org`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/teach$/);

  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
});

test("a teacher's reset gives a one-time password that opens only the password change; the student sees who reset it", async ({ page, browser }) => {
  const id = unique();
  await signUpTeacher(page, id);
  const className = `Period 6 ${id}`;
  const code = await createClass(page, className);
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  const violations: string[] = [];
  for (const tab of [page, student]) tab.on("console", (message) => message.text().includes("Content Security Policy") && violations.push(message.text()));
  await joinAsNewStudent(student, code, id);

  await page.reload();
  await page.getByRole("link", { name: new RegExp(`Manage Student ${id}`) }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Reset password" }).click();
  const oneTime = (await page.locator("code.secret").innerText()).trim();
  expect(oneTime).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

  // The reset signed the student out; the one-time password opens only the account page.
  await student.goto("/classes");
  await expect(student).toHaveURL(/\/sign-in/);
  await student.getByLabel("Email or username").fill(`student-${id}`);
  await student.getByLabel("Password").fill(oneTime);
  await student.getByRole("button", { name: "Sign in" }).click();
  await expect(student).toHaveURL(/\/account$/);
  await expect(student.getByText("Your teacher gave you a one-time password.")).toBeVisible();
  await expect(student.getByRole("region", { name: "Password resets by a teacher" })).toContainText(`Teacher ${id}`);
  await student.goto("/classes");
  await expect(student).toHaveURL(/\/account$/);

  await student.getByLabel("Current password").fill(oneTime);
  await student.getByLabel("New password", { exact: true }).fill(`${PASSWORD} mine`);
  await student.getByLabel("New password again").fill(`${PASSWORD} mine`);
  await student.getByRole("button", { name: "Change password" }).click();
  await expect(student).toHaveURL(/\/classes$/);
  await expect(student.getByRole("region", { name: className })).toBeVisible();

  // Every page ran under a nonce policy without 'unsafe-inline', and the browser refused nothing.
  const policy = (await student.request.get("/classes")).headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(violations).toEqual([]);
  await studentContext.close();
});

test("forms show field errors next to the fields and keep what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Ms. Example");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Password again").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();

  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
  await expect(page.locator(`[id="${describedBy.split(" ").at(-1)}"]`)).toHaveText("Enter an email address like name@school.org.");
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByText("Please check the fields marked below.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Ms. Example");
  await expect(email).toHaveValue("not-an-email");
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("short");
});

test("scripted sign-in attempts against the API are rate limited, with a clear message", async ({ page, request }) => {
  const identifier = `probe-${unique()}@example.org`;
  async function attempt() {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, identifier, password: "guess" },
      maxRedirects: 0,
    });
    return response.headers().location ?? "";
  }
  for (let i = 0; i < 10; i++) expect(await attempt()).toContain("error=CredentialsSignin&code=credentials");
  const limited = await attempt();
  expect(limited).toContain("code=rate_limited");
  await page.goto(new URL(limited).pathname + new URL(limited).search);
  await expect(page.getByText(/Too many sign-in attempts .* Please wait 15 minutes/)).toBeVisible();
});

test("a student cannot open teacher pages, and a teacher can regenerate the code and close joining", async ({ page, browser, world }) => {
  const id = unique();
  await signUpTeacher(page, id);
  const code = await createClass(page, `Class ${id}`);
  page.on("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Make a new code" }).click();
  await expect(page.getByText("New join code made.")).toBeVisible();
  const newCode = (await page.locator(".join-code").innerText()).trim();
  expect(newCode).not.toBe(code);

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await student.goto(`/join?code=${code}`);
  await student.getByLabel("Your name").fill("Late Comer");
  await student.getByLabel("Choose a username").fill(`late-${id}`);
  await student.getByLabel("Choose a password").fill(PASSWORD);
  await student.getByLabel("Password again").fill(PASSWORD);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText("No open class has this code. Check it with your teacher.").first()).toBeVisible();

  await page.getByRole("button", { name: "Close joining" }).click();
  await expect(page.getByText("Joining is closed: the code no longer works.")).toBeVisible();
  await student.getByLabel("Class code").fill(newCode);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText("No open class has this code. Check it with your teacher.").first()).toBeVisible();

  await joinAsNewStudent(student, world.joinCode, id);
  const forbidden = await student.goto("/teach");
  expect(forbidden?.status()).toBe(403);
  await expect(student.getByRole("heading", { level: 1 })).toHaveText("This page is not for your account");
  await studentContext.close();
});

/** axe (WCAG 2.2 AA) and no sideways scrolling at 360 px, on every page this feature adds. */
test.describe("accessibility at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  async function check(page: Page, path: string) {
    await page.goto(path);
    await expectNoSeriousAxeViolations(page, path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }

  async function signInAs(page: Page, identifier: string) {
    await page.goto("/sign-in");
    await page.getByLabel("Email or username").fill(identifier);
    await page.getByLabel("Password").fill("read-closely-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  }

  async function demoClassPath(page: Page): Promise<string> {
    await page.goto("/teach");
    return (await page.getByRole("link", { name: /Period 2/ }).first().getAttribute("href"))!;
  }

  test("sign-in, sign-up, join and home", async ({ page }) => {
    for (const path of ["/", "/sign-in", "/sign-up", "/join"]) await check(page, path);
  });

  test("the teacher's classes, class, assigning and sign-in cards", async ({ page, world }) => {
    await signInAs(page, world.teacherEmail);
    const classPath = await demoClassPath(page);
    for (const path of ["/teach", classPath, `${classPath}/assignments/new`, `${classPath}/cards`]) await check(page, path);
  });

  test("a student's page, an assignment's settings and the account page", async ({ page, world }) => {
    await signInAs(page, world.teacherEmail);
    await page.goto(await demoClassPath(page));
    const studentPath = (await page.getByRole("link", { name: /Manage Ava/ }).getAttribute("href"))!;
    const settingsPath = (await page.getByRole("link", { name: /^Settings/ }).first().getAttribute("href"))!;
    for (const path of [studentPath, settingsPath, "/account"]) await check(page, path);
  });

  test("a student's classes and join pages", async ({ page, world }) => {
    await signInAs(page, world.students.chen!);
    for (const path of ["/classes", "/join"]) await check(page, path);
  });
});
