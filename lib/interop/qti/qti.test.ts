import { strFromU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { tinyBank } from "../__fixtures__/bank";
import { exportQtiPackage } from "./export";
import { importQtiPackage } from "./import";

describe("QTI 3.0 package", () => {
  it("holds a manifest, a test and one item per question", () => {
    const bank = tinyBank();
    const { zip, report } = exportQtiPackage(bank);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      ["assessment-test.xml", "imsmanifest.xml", "report.txt", ...bank.questions.map((question) => `items/${question.id}.xml`)].sort(),
    );
    const manifest = strFromU8(files["imsmanifest.xml"]!);
    expect(manifest).toContain('type="imsqti_item_xmlv3p0"');
    expect(manifest).toContain('type="imsqti_test_xmlv3p0"');
    const test = strFromU8(files["assessment-test.xml"]!);
    for (const question of bank.questions) expect(test).toContain(`href="items/${question.id}.xml"`);
    expect(report.exported.length + report.adapted.length).toBe(bank.questions.length);
    expect(report.leftOut).toEqual([]);
    expect(report.adapted.map((entry) => entry.id)).toEqual(["q-order", "q-short"]);
  });

  it("writes each type with its QTI 3 interaction, correct response and feedback", () => {
    const files = unzipSync(exportQtiPackage(tinyBank()).zip);
    const item = (id: string) => strFromU8(files[`items/${id}.xml`]!);
    expect(item("q-single")).toContain('xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"');
    expect(item("q-single")).toMatch(/<qti-choice-interaction[^>]*max-choices="1"/);
    expect(item("q-single")).toContain("<qti-value>O-a</qti-value>");
    expect(item("q-single")).toMatch(/<qti-modal-feedback[^>]*identifier="O-b"/);
    expect(item("q-single")).toContain("Is 1 &lt; 2 &amp; &quot;x&quot;");
    expect(item("q-multi")).toMatch(/cardinality="multiple"/);
    // Partial credit as closeread gives it: each key 1/2, the wrong option -1/2, never below 0.
    expect(item("q-multi")).toMatch(/<qti-mapping default-value="0" lower-bound="0" upper-bound="1">\s*<qti-map-entry map-key="O-a" mapped-value="0.5"\/>\s*<qti-map-entry map-key="O-b" mapped-value="0.5"\/>\s*<qti-map-entry map-key="O-c" mapped-value="-0.5"\/>/);
    expect(item("q-tf")).toMatch(/<qti-sum>\s*<qti-map-response identifier="RESPONSE"\/>\s*<qti-map-response identifier="WHY"\/>/);
    expect(item("q-tf")).toContain("<qti-value>TRUE</qti-value>");
    expect(item("q-order")).toMatch(/<qti-order-interaction/);
    expect(item("q-order")).toMatch(/cardinality="ordered"/);
    expect(item("q-match")).toContain("<qti-value>L-l1 R-r1</qti-value>");
    expect(item("q-short")).toMatch(/<qti-extended-text-interaction/);
    expect(item("q-short")).toMatch(/<qti-rubric-block view="scorer"/);
    expect(item("q-evidence")).toMatch(/<qti-hottext identifier="S-p02.s1">The town built a levee.<\/qti-hottext>/);
  });

  it("imports what it exported: every type equals the original", () => {
    const bank = tinyBank();
    const imported = importQtiPackage(exportQtiPackage(bank).zip);
    expect(imported.skipped).toEqual([]);
    expect(imported.questions).toEqual(bank.questions);
  });

  it("reports an item it cannot import, with the reason, and imports the rest", () => {
    const bank = tinyBank();
    const files = unzipSync(exportQtiPackage(bank).zip);
    files["items/q-single.xml"] = new TextEncoder().encode(strFromU8(files["items/q-single.xml"]!).replace(/ data-closeread-skill="[^"]*"/, ""));
    delete files["items/q-order.xml"];
    const imported = importQtiPackage(zipSync(files));
    expect(imported.questions.map((question) => question.id)).toEqual(bank.questions.map((question) => question.id).filter((id) => id !== "q-single" && id !== "q-order"));
    expect(imported.skipped).toEqual([
      { id: "q-single", reason: expect.stringContaining("skill") },
      { id: "q-order", reason: "the package has no file items/q-order.xml" },
    ]);
  });

  it("reads an interaction inside a div and a question written in the body's paragraph, as other tools write them", () => {
    const bank = tinyBank();
    const files = unzipSync(exportQtiPackage(bank).zip);
    const item = strFromU8(files["items/q-order.xml"]!);
    const prompt = /<qti-prompt>(.*)<\/qti-prompt>/.exec(item)![1]!;
    files["items/q-order.xml"] = new TextEncoder().encode(
      item
        .replace(/<qti-prompt>.*<\/qti-prompt>/, "")
        .replace(/(<qti-item-body[^>]*>)/, `$1<p>${prompt}</p><div dir="ltr">`)
        .replace("</qti-item-body>", "</div></qti-item-body>"),
    );
    const imported = importQtiPackage(zipSync(files));
    expect(imported.skipped).toEqual([]);
    expect(imported.questions).toEqual(bank.questions);
  });

  it("gives items from other tools the caller's defaults", () => {
    const files = unzipSync(exportQtiPackage(tinyBank()).zip);
    files["items/q-single.xml"] = new TextEncoder().encode(strFromU8(files["items/q-single.xml"]!).replace(/ data-closeread-[a-z]+="[^"]*"/g, ""));
    const imported = importQtiPackage(zipSync(files), { chunkId: "c9", skill: "inference", difficulty: 2, cites: ["p02"] });
    expect(imported.questions[0]).toMatchObject({ id: "q-single", chunkId: "c9", skill: "inference", difficulty: 2, cites: ["p02"], stage: "chunk" });
  });
});
