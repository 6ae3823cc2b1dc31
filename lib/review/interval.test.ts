import { describe, expect, it } from "vitest";
import { formatInterval } from "./interval";

const from = new Date("2026-03-02T09:00:00Z");
const after = (ms: number) => formatInterval(from, new Date(from.getTime() + ms));
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe("how long until a card is due, in words", () => {
  it("uses the largest whole unit, minutes at least", () => {
    expect(after(0)).toBe("1 minute");
    expect(after(10 * MINUTE)).toBe("10 minutes");
    expect(after(3 * 60 * MINUTE)).toBe("3 hours");
    expect(after(DAY)).toBe("1 day");
    expect(after(12 * DAY)).toBe("12 days");
    expect(after(95 * DAY)).toBe("3 months");
    expect(after(800 * DAY)).toBe("2 years");
  });
});
