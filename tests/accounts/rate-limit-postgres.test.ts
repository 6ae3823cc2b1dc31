/**
 * The rate limits on PostgreSQL, where several app instances share the
 * counters: concurrent attempts must each see their own count.
 */
import { afterAll, describe, expect, it } from "vitest";
import { appDatabaseOnThrowawayPostgres } from "../support/postgres";

const cleanUp = await appDatabaseOnThrowawayPostgres();
const { consumeRateLimits } = await import("@/lib/rate-limit");

afterAll(cleanUp);

const T0 = new Date("2026-03-02T09:00:00Z");

describe("rate limits on PostgreSQL", () => {
  it("lets exactly `limit` of a burst of concurrent attempts through", async () => {
    const check = [{ rule: { name: "burst", limit: 5, windowMs: 60_000 }, subject: "burst" }];
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => consumeRateLimits(check, T0)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(5);
    expect(results.filter((result) => result.status === "rejected").every((result) => (result.reason as { code?: string }).code === "rate_limited")).toBe(true);
  });

  it("opens a new window after the old one ends", async () => {
    const check = [{ rule: { name: "window", limit: 1, windowMs: 60_000 }, subject: "window" }];
    await consumeRateLimits(check, T0);
    await expect(consumeRateLimits(check, T0)).rejects.toMatchObject({ code: "rate_limited" });
    await expect(consumeRateLimits(check, new Date(T0.getTime() + 60_000))).resolves.toBeUndefined();
  });
});
