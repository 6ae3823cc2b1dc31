import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

describe("excerpt", () => {
  it("keeps a short text whole, with its spacing tidied", () => {
    expect(excerpt("  Why did  the author\nwrite this? ")).toBe("Why did the author write this?");
  });

  it("cuts a long text after the given number of words and marks the cut", () => {
    expect(excerpt("In two or three sentences, explain why the narrator distrusts the letter.", 5)).toBe(
      "In two or three sentences …",
    );
  });

  it("does not leave a colon or dash hanging before the ellipsis", () => {
    expect(excerpt("Read paragraph 4: what does the author claim there?", 3)).toBe("Read paragraph 4 …");
    expect(excerpt("One word — then more words follow here", 3)).toBe("One word …");
  });
});
