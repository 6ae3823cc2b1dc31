import { describe, expect, it } from "vitest";
import { isOpenForSelfStudy } from "./rights";
import type { Licence } from "./schema";

const rights = (licence: Licence) => ({ holder: "Someone", licence, sourceUrl: "https://example.org", note: "n" });

describe("isOpenForSelfStudy", () => {
  it("opens a published text anyone may read", () => {
    expect(isOpenForSelfStudy({ published: true, rights: rights("public-domain") })).toBe(true);
    expect(isOpenForSelfStudy({ published: true, rights: rights("open-licence") })).toBe(true);
  });

  it("keeps a licensed text, a text without stated rights and an unpublished text to the classes it is assigned to", () => {
    expect(isOpenForSelfStudy({ published: true, rights: rights("classroom-licensed") })).toBe(false);
    expect(isOpenForSelfStudy({ published: true, rights: rights("all-rights-reserved") })).toBe(false);
    expect(isOpenForSelfStudy({ published: true })).toBe(false);
    expect(isOpenForSelfStudy({ published: false, rights: rights("public-domain") })).toBe(false);
  });
});
