import { describe, expect, it } from "vitest";
import { distinctNames } from "./names";

describe("distinctNames", () => {
  it("adds the username only where a display name repeats in the class", () => {
    const names = distinctNames([
      { id: "a", displayName: "Sam Lee", username: "slee" },
      { id: "b", displayName: "sam lee ", username: "slee2" },
      { id: "c", displayName: "Ana Ruiz", username: "aruiz" },
    ]);
    expect(names.get("a")).toBe("Sam Lee (slee)");
    expect(names.get("b")).toBe("sam lee (slee2)");
    expect(names.get("c")).toBe("Ana Ruiz");
  });

  it("keeps the name alone for an account without a username", () => {
    const names = distinctNames([
      { id: "a", displayName: "Sam Lee", username: "slee" },
      { id: "b", displayName: "Sam Lee", username: null },
    ]);
    expect([...names.values()]).toEqual(["Sam Lee (slee)", "Sam Lee"]);
  });

  it("leaves a class of unique names as it is", () => {
    const names = distinctNames([
      { id: "a", displayName: "Sam Lee", username: "slee" },
      { id: "b", displayName: "Sam Leed", username: "sleed" },
    ]);
    expect([...names.values()]).toEqual(["Sam Lee", "Sam Leed"]);
  });
});
