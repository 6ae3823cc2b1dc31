import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

describe("splitSentences", () => {
  it.each([
    ["plain sentences", "It rained. We stayed in! Did you?", ["It rained.", "We stayed in!", "Did you?"]],
    [
      "titles before names",
      "Dr. Helen Okafor met Mr. Jones and Sen. Lopez on St. Anne’s Road.",
      ["Dr. Helen Okafor met Mr. Jones and Sen. Lopez on St. Anne’s Road."],
    ],
    ["times of day", "We start at 7 a.m. and stop at 10 a.m. every day.", ["We start at 7 a.m. and stop at 10 a.m. every day."]],
    [
      "an initialism inside a sentence",
      "Then-U.S. Secretary Albright briefed U.S. diplomats on anti-U.S. groups.",
      ["Then-U.S. Secretary Albright briefed U.S. diplomats on anti-U.S. groups."],
    ],
    ["an initialism ending a sentence", "They flew to the U.S. The trip was long.", ["They flew to the U.S.", "The trip was long."]],
    ["abbreviated months", "On Sept. 15 they met. On Sept. 16 they left.", ["On Sept. 15 they met.", "On Sept. 16 they left."]],
    ["a month ending a sentence", "The report came out on Sept. 15. Wakil took the photo.", ["The report came out on Sept. 15.", "Wakil took the photo."]],
    ["initials", "John F. Kennedy spoke first. He was brief.", ["John F. Kennedy spoke first.", "He was brief."]],
    [
      "quotes that end sentences",
      "“Grow what forgives you,” she said. “Leaves forgive you.” Fruit does not.",
      ["“Grow what forgives you,” she said.", "“Leaves forgive you.”", "Fruit does not."],
    ],
    [
      "an ellipsis inside a quotation",
      "She wrote, “We reserve the right to retaliate. … The Taliban should understand.” Then she left.",
      ["She wrote, “We reserve the right to retaliate. … The Taliban should understand.”", "Then she left."],
    ],
    ["an ellipsis outside quotations", "He paused… Then he went on.", ["He paused…", "Then he went on."]],
    [
      "bracketed insertions",
      "He wrote that [Mullah Omar. Sic.] was firm. It held.",
      ["He wrote that [Mullah Omar. Sic.] was firm.", "It held."],
    ],
    [
      "a parenthesis before the period",
      "Fighters were vetted (many turned out to be spies). They were also fed.",
      ["Fighters were vetted (many turned out to be spies).", "They were also fed."],
    ],
    ["a question inside a quotation", "“Why?” he asked. Nobody answered.", ["“Why?” he asked.", "Nobody answered."]],
    ["decimals and numbers", "Growth was 2.5 percent in 2023. It fell.", ["Growth was 2.5 percent in 2023.", "It fell."]],
  ])("handles %s", (_, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it("keeps every character: the sentences joined by a space are the paragraph", () => {
    const paragraph = "“Pakistan knows everything. They control everything.” The U.S. Defense Intelligence Agency agreed… mostly. Right?";
    expect(splitSentences(paragraph).join(" ")).toBe(paragraph);
  });
});
