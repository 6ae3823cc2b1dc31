/** The glossary-suggestions route at its edge: teachers only, and a clear message for a body it cannot use. */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { POST } = await import("@/app/api/authoring/glossary-suggestions/route");

const teacher: SessionUser = { id: "teacher-1", role: "teacher", displayName: "Ms Teacher" };
const student: SessionUser = { id: "student-1", role: "student", displayName: "A Student" };

function post(body: unknown) {
  const request = new Request("http://localhost/api/authoring/glossary-suggestions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return POST(request);
}

beforeEach(() => {
  session.user = teacher;
});

describe("POST /api/authoring/glossary-suggestions", () => {
  it("answers a teacher with the text's rare words and their senses, leaving out the glossary's", async () => {
    const response = await post({ text: "Two insurgencies and a stubborn obstinance.", glossaryTerms: ["obstinance"] });
    expect(response.status).toBe(200);
    const { suggestions } = await response.json();
    expect(suggestions).toEqual([
      expect.objectContaining({ term: "insurgencies", lemma: "insurgency", senses: [expect.objectContaining({ partOfSpeech: "noun" })] }),
    ]);
  });

  it("refuses a student with 403 and a signed-out caller with 401", async () => {
    session.user = student;
    const refused = await post({ text: "An obstinance." });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");
    session.user = null;
    expect((await post({ text: "An obstinance." })).status).toBe(401);
  });

  it.each([
    ["no text", {}, "text"],
    ["empty text", { text: "   " }, "text"],
    ["text too long", { text: "word ".repeat(12_000) }, "text"],
    ["terms that are not a list", { text: "An obstinance.", glossaryTerms: "obstinance" }, "glossaryTerms"],
  ])("answers %s with 400 and a message for the field", async (_name, body, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid");
    expect(error.fields[field]).toEqual([expect.any(String)]);
  });
});
