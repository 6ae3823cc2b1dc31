/** Every reading under content/ goes out in every format, and back in from QTI, whatever its bank holds. */
import { parse } from "gift-pegjs";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { exportGift } from "./gift/export";
import { exportMoodleXml } from "./moodle-xml/export";
import { exportQtiPackage } from "./qti/export";
import { importQtiPackage } from "./qti/import";

const { readings, issues } = loadContent();

describe("exporting every reading in content/", () => {
  it("has readings to export", () => {
    expect(issues).toEqual([]);
    expect(readings.length).toBeGreaterThan(0);
  });

  it.each(readings.map((loaded) => [loaded.reading.slug, loaded] as const))("%s: every format, every question accounted for", (_slug, bank) => {
    const ids = bank.questions.map((question) => question.id).sort();
    const qti = exportQtiPackage(bank);
    expect(importQtiPackage(qti.zip)).toEqual({ questions: bank.questions, skipped: [] });

    for (const { report } of [qti, exportMoodleXml(bank), exportGift(bank)]) {
      expect([...report.exported, ...report.adapted.map((entry) => entry.id), ...report.leftOut.map((entry) => entry.id)].sort()).toEqual(ids);
    }
    expect(XMLValidator.validate(exportMoodleXml(bank).xml)).toBe(true);
    const gift = exportGift(bank);
    const trueFalse = bank.questions.filter((question) => question.type === "true_false").length;
    expect(parse(gift.text).filter((question) => question.type !== "Category")).toHaveLength(gift.report.exported.length + gift.report.adapted.length + trueFalse);
  });
});
