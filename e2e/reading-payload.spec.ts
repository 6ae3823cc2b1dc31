/**
 * Answer keys never reach the browser before the student has answered: the
 * HTML, the React Server Component payload and the JSON of a chunk page hold
 * none of its questions' keys, option rationales, explanations, rubrics or
 * model answers; a locked chunk sends nothing of itself at all.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/world";
import { attemptIdOn, gettysburgAssignmentPath, plainPiece, probe, questionsOf, reading, secretsOf, signIn } from "./support/reading";

/** The chunk page three ways: HTML, RSC payload (as a client navigation fetches it), and the attempt's JSON state. */
async function payloads(request: APIRequestContext, url: string): Promise<{ status: number; html: string; rsc: string }> {
  const html = await request.get(url);
  const rsc = await request.get(url, { headers: { RSC: "1" } });
  return { status: html.status(), html: await html.text(), rsc: await rsc.text() };
}

function expectNoneOf(body: string, secrets: string[], where: string) {
  for (const secret of secrets) {
    const piece = probe(secret);
    if (piece) expect(body, `${where} leaks “${secret.slice(0, 50)}…”`).not.toContain(piece);
  }
}

test("a chunk's HTML, RSC payload and JSON hold no key, rationale, explanation, rubric or model answer before answering", async ({ page, world }) => {
  await signIn(page, world.students.chen!);
  const start = await gettysburgAssignmentPath(page);
  await page.goto(`${start}/c1`);
  const attemptId = await attemptIdOn(page);

  const c1 = await payloads(page.request, `${start}/c1`);
  expect(c1.status).toBe(200);
  // The payloads are the real thing: they carry the chunk's questions...
  for (const question of questionsOf("c1")) {
    const prompt = plainPiece(question.prompt);
    expect(c1.html).toContain(prompt);
    expect(c1.rsc).toContain(prompt);
  }
  expect(c1.rsc).toContain(reading.paragraphs[1]!.sentences[1]!);
  // ...and nothing of their keys.
  const secrets = questionsOf("c1").flatMap(secretsOf);
  // Nearly every secret has words of its own to look for (a few are pure quotation of the text).
  expect(secrets.filter((secret) => probe(secret) !== null).length).toBeGreaterThan(secrets.length * 0.8);
  const state = await page.request.get(`/api/attempts/${attemptId}/state`);
  expect(state.status()).toBe(200);
  const json = await state.text();
  for (const [where, body] of [
    ["HTML", c1.html],
    ["RSC payload", c1.rsc],
    ["state JSON", json],
  ] as const) {
    expectNoneOf(body, secrets, where);
    // No key in any shape: questions carry no "answer", and nothing is answered yet.
    expect(body, where).not.toMatch(/\\?"answer\\?":/);
    expect(body, where).not.toMatch(/\\?"(feedback|explanation|rubric|modelAnswer|acceptable)\\?":/);
  }
  expect(JSON.parse(json)).toMatchObject({ feedbackReleased: true, responses: [] });

  // The start page and the results page give nothing away either.
  for (const path of [start, `${start}/results`]) {
    const { html, rsc } = await payloads(page.request, path);
    expectNoneOf(html + rsc, questions(), path);
  }
});

test("a locked chunk is a 403 that sends none of its text or questions, in HTML or RSC", async ({ page, world }) => {
  await signIn(page, world.students.chen!);
  const start = await gettysburgAssignmentPath(page);
  for (const step of ["c2", "after-reading"]) {
    const { status, html, rsc } = await payloads(page.request, `${start}/${step}`);
    expect(status).toBe(403);
    expect(html).toContain("This part is not open yet");
    expectNoneOf(html + rsc, questionsOf(step).flatMap(secretsOf), step);
    // Nor its prompts and text (which are not secrets once open, so looked for directly).
    const shown = [
      ...questionsOf(step).map((question) => plainPiece(question.prompt)),
      ...reading.chunks
        .filter((chunk) => chunk.id === step)
        .flatMap((chunk) => chunk.paragraphIds)
        .flatMap((id) => reading.paragraphs.find((p) => p.id === id)!.sentences.map(plainPiece)),
    ];
    for (const piece of shown) expect(html + rsc, step).not.toContain(piece);
  }
  // Its endpoints refuse too.
  await page.goto(`${start}/c1`);
  const attemptId = await attemptIdOn(page);
  const locked = questionsOf("c2")[0]!;
  const submit = await page.request.post(`/api/attempts/${attemptId}/responses`, {
    data: { questionId: locked.id, answer: { optionId: "a" }, idempotencyKey: "locked-check-1" },
  });
  expect(submit.status()).toBe(403);
  expect((await submit.json()).error.code).toBe("locked");
});

function questions(): string[] {
  return ["c1", "c2", "after-reading"].flatMap((step) => questionsOf(step).flatMap(secretsOf));
}

/** The values of the c1 page's choice inputs and matching options, in the order shown. */
async function shownIds(page: Page, start: string): Promise<string[]> {
  await page.goto(`${start}/c1`);
  return page.getByRole("region", { name: /^Question \d+/ }).locator("input, option").evaluateAll((nodes) =>
    // Left out: the empty "Choose a match…", and the true/false and confidence radios, which carry no id.
    nodes.map((node) => (node as HTMLInputElement).value).filter((value) => !["", "on", "true", "false"].includes(value)),
  );
}

test("choices arrive under ids of the student's own attempt, never the authored ids, the same on every reload", async ({ browser, page, world }) => {
  const authored = new Set(
    questionsOf("c1").flatMap((q) => [...(q.options ?? []), ...(q.why?.options ?? []), ...(q.items ?? []), ...(q.left ?? []), ...(q.right ?? [])].map((o) => o.id)),
  );
  await signIn(page, world.students.chen!);
  const start = await gettysburgAssignmentPath(page);
  const first = await shownIds(page, start);
  expect(first.length).toBeGreaterThan(4);
  expect(first.filter((id) => authored.has(id))).toEqual([]);
  expect(await shownIds(page, start)).toEqual(first);

  // Another student's attempt of the same assignment shows other ids.
  const other = await browser.newContext();
  const classmate = await other.newPage();
  await signIn(classmate, world.students.ben!);
  const theirs = await shownIds(classmate, await gettysburgAssignmentPath(classmate));
  expect(theirs.filter((id) => first.includes(id))).toEqual([]);
  await other.close();
});
