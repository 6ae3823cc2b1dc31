import { describe, expect, it } from "vitest";
import { addDays, dayKey, endOfDay, resolveTimeZone } from "./time-zone";

describe("calendar days in the learner's time zone", () => {
  it("accepts IANA names and falls back to UTC for anything else", () => {
    expect(resolveTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(resolveTimeZone("Not/AZone")).toBe("UTC");
    expect(resolveTimeZone(undefined)).toBe("UTC");
    expect(resolveTimeZone("x".repeat(100))).toBe("UTC");
  });

  it("names the day an instant falls on there", () => {
    const instant = new Date("2026-03-02T03:30:00Z");
    expect(dayKey(instant, "UTC")).toBe("2026-03-02");
    expect(dayKey(instant, "America/New_York")).toBe("2026-03-01");
    expect(dayKey(instant, "Asia/Tokyo")).toBe("2026-03-02");
  });

  it("steps days across month and year ends", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("ends the day at the next local midnight, also across a daylight-saving change", () => {
    expect(endOfDay(new Date("2026-03-02T15:00:00Z"), "UTC").toISOString()).toBe("2026-03-03T00:00:00.000Z");
    expect(endOfDay(new Date("2026-03-02T15:00:00Z"), "America/New_York").toISOString()).toBe("2026-03-03T05:00:00.000Z");
    // New York springs forward on 8 March 2026: that day began at UTC-5 and ends at midnight UTC-4.
    expect(endOfDay(new Date("2026-03-08T12:00:00Z"), "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(endOfDay(new Date("2026-03-02T20:00:00Z"), "Asia/Kolkata").toISOString()).toBe("2026-03-03T18:30:00.000Z");
  });
});
