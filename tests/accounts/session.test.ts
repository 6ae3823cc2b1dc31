/** The session API other features build on: who is signed in, and what happens to those who are not. */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createWorld } from "./world";
import { outcomeOf } from "./outcome";

const state = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { session: null as unknown, path: "/teach/classes/abc?tab=roster" };
});
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => state.session }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-closeread-path": state.path }) }));

const { getCurrentUser, requireUser } = await import("@/lib/auth/session");
const { db } = await import("@/lib/db/client");

const sessionFor = (id: string, signedInAt = Date.now()) => ({ user: { id }, signedInAt, expires: "2099-01-01T00:00:00.000Z" });

beforeEach(() => {
  state.session = null;
});

describe("getCurrentUser", () => {
  it("reads the signed-in user from the database", async () => {
    const world = await createWorld();
    state.session = sessionFor(world.teacher.id);
    expect(await getCurrentUser()).toEqual({ id: world.teacher.id, role: "teacher", displayName: "Teacher" });
  });

  it("is null without a session, or with a session of the wrong shape", async () => {
    expect(await getCurrentUser()).toBeNull();
    state.session = { user: { name: "no id" }, expires: "2099-01-01" };
    expect(await getCurrentUser()).toBeNull();
  });

  it("is null once the user is deleted: the session dies with the account", async () => {
    const world = await createWorld();
    state.session = sessionFor(world.student.id);
    expect(await getCurrentUser()).not.toBeNull();
    await db.user.delete({ where: { id: world.student.id } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("is null when the password changed after signing in (a teacher's reset signs the student out)", async () => {
    const world = await createWorld();
    const signedInAt = Date.now() - 60_000;
    state.session = sessionFor(world.student.id, signedInAt);
    await db.user.update({ where: { id: world.student.id }, data: { passwordChangedAt: new Date(signedInAt - 1000) } });
    expect(await getCurrentUser()).not.toBeNull();
    await db.user.update({ where: { id: world.student.id }, data: { passwordChangedAt: new Date(signedInAt + 1000) } });
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("requireUser", () => {
  it("sends an anonymous visitor to sign in and back to the page they asked for", async () => {
    expect(await outcomeOf(() => requireUser())).toEqual({
      outcome: "sign-in",
      detail: `/sign-in?next=${encodeURIComponent("/teach/classes/abc?tab=roster")}`,
    });
  });

  it("refuses a return path that would leave the site", async () => {
    state.path = "//evil.example/phish";
    expect(await outcomeOf(() => requireUser())).toEqual({ outcome: "sign-in", detail: "/sign-in" });
  });

  it("shows the 403 page to a signed-in user of another role, and returns the user otherwise", async () => {
    const world = await createWorld();
    state.session = sessionFor(world.student.id);
    expect((await outcomeOf(() => requireUser(["teacher"]))).outcome).toBe("forbidden");
    expect(await requireUser(["student", "learner"])).toMatchObject({ id: world.student.id, role: "student" });
    expect(await requireUser()).toMatchObject({ id: world.student.id });
  });
});
