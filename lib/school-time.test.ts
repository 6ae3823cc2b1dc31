import { afterEach, describe, expect, it } from "vitest";
import { formatDateTime, parseLocalDateTime, toLocalDateTimeInput } from "./dates";
import { fromWallTime, isoInSchoolTime, offsetMinutes, schoolTimeZone } from "./school-time";

const saved = process.env.SCHOOL_TIME_ZONE;
afterEach(() => {
  if (saved === undefined) delete process.env.SCHOOL_TIME_ZONE;
  else process.env.SCHOOL_TIME_ZONE = saved;
});

describe("the school's time zone", () => {
  it("is SCHOOL_TIME_ZONE when it names a zone, else the process's", () => {
    process.env.SCHOOL_TIME_ZONE = "Europe/Berlin";
    expect(schoolTimeZone()).toBe("Europe/Berlin");
    process.env.SCHOOL_TIME_ZONE = "Mars/Olympus";
    expect(schoolTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it("writes ISO 8601 with the zone's offset, daylight saving included", () => {
    expect(isoInSchoolTime(new Date("2026-02-01T10:00:00Z"), "Europe/Berlin")).toBe("2026-02-01T11:00:00+01:00");
    expect(isoInSchoolTime(new Date("2026-07-01T10:00:00Z"), "Europe/Berlin")).toBe("2026-07-01T12:00:00+02:00");
    expect(isoInSchoolTime(new Date("2026-07-01T10:00:00Z"), "America/New_York")).toBe("2026-07-01T06:00:00-04:00");
    expect(isoInSchoolTime(new Date("2026-07-01T10:00:00Z"), "Asia/Kolkata")).toBe("2026-07-01T15:30:00+05:30");
    expect(isoInSchoolTime(new Date("2026-07-01T10:00:00Z"), "UTC")).toBe("2026-07-01T10:00:00+00:00");
    expect(offsetMinutes(new Date("2026-01-01T00:00:00Z"), "America/St_Johns")).toBe(-210);
  });

  it("reads a wall time in the zone, and refuses one the clocks skip", () => {
    expect(fromWallTime({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, "Europe/Berlin")?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(fromWallTime({ year: 2026, month: 3, day: 29, hour: 3, minute: 30 }, "Europe/Berlin")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(fromWallTime({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, "Europe/Berlin")).toBeNull();
  });

  it("enters and shows due dates in SCHOOL_TIME_ZONE, whatever the server's zone", () => {
    process.env.SCHOOL_TIME_ZONE = "Pacific/Auckland";
    const due = parseLocalDateTime("2026-03-01T17:00");
    expect(due?.toISOString()).toBe("2026-03-01T04:00:00.000Z");
    expect(toLocalDateTimeInput(due!)).toBe("2026-03-01T17:00");
    expect(formatDateTime(due!)).toBe("Sun, Mar 1, 5:00 PM");
    expect(parseLocalDateTime("2026-02-31T10:00")).toBeNull();
  });
});
