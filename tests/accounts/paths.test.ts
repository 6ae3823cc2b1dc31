import { describe, expect, it } from "vitest";
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
    // What the URL parser (and so a browser) reads as another host: tabs and newlines are dropped, "\\" is "/".
    ["/\t/evil.example/x", null],
    ["/\n/evil.example", null],
    ["/\r\n/evil.example", null],
    ["\t//evil.example", null],
    ["/\\\\evil.example", null],
    ["/%2F%2Fevil.example", null],
    ["/%5cevil.example", null],
    ["/%2f/evil.example", null],
    ["HTTPS://evil.example", null],
    ["/ja\nvascript:alert(1)", "/javascript:alert(1)"],
    ["javascript:alert(1)//", null],
    ["/si\tgn-in", null],
    ["/API/x", "/API/x"],
    // Kept, but as the parser normalises them: no raw control characters reach a Location header.
    ["/te\nach?x=1#top", "/teach?x=1#top"],
    ["/teach/%09/x", "/teach/%09/x"],
    ["/teach/../classes", "/classes"],
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
