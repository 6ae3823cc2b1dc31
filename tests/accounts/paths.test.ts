import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { homePathFor, safeNextPath, signInPath } from "@/lib/auth/paths";

describe("safeNextPath", () => {
  it.each([
    ["/teach/classes/c1", "/teach/classes/c1"],
    ["/classes?joined=active", "/classes?joined=active"],
    ["//evil.example", null],
    ["/\\evil.example", null],
    ["https://evil.example/", null],
    ["javascript:alert(1)", null],
    ["/sign-in?next=/sign-in", null],
    ["/api/auth/signout", null],
    [undefined, null],
    [["/teach"], null],
  ])("%j → %j", (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it("builds the sign-in link with the path encoded", () => {
    expect(signInPath("/teach?x=1&y=2")).toBe("/sign-in?next=%2Fteach%3Fx%3D1%26y%3D2");
    expect(signInPath("//evil")).toBe("/sign-in");
  });

  it("sends each role home", () => {
    expect([homePathFor("teacher"), homePathFor("student"), homePathFor("learner")]).toEqual(["/teach", "/classes", "/review"]);
  });
});

describe("clientAddress", () => {
  it("takes the address the nearest proxy added (the last X-Forwarded-For entry)", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.5" }))).toBe("10.0.0.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
