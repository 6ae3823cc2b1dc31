import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { questionsFileSchema } from "@/lib/content/schema";

const tsx = path.resolve("node_modules/.bin/tsx");
const contentDir = path.resolve("tests/analytics/fixtures");

function run(script: string, args: string[]) {
  const result = spawnSync(tsx, [path.resolve("scripts", script), ...args], { encoding: "utf8", env: { ...process.env, CONTENT_DIR: contentDir } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each run starts tsx, which takes seconds on a busy machine.
describe("bank:export and bank:import", { timeout: 60_000 }, () => {
  it("exports a reading as a QTI package and imports it back, checked against the reading", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-bank-"));
    const exported = run("bank-export.ts", ["dash-reading", "--format", "qti", "--out", out]);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toContain("Exported with changes (2)");
    const target = path.join(out, "questions.json");
    const imported = run("bank-import.ts", [path.join(out, "dash-reading-qti3.zip"), "--reading", "dash-reading", "--out", target]);
    expect(imported.status, imported.stderr).toBe(0);
    const original = questionsFileSchema.parse(JSON.parse(fs.readFileSync(path.join(contentDir, "dash-reading", "questions.json"), "utf8")));
    expect(JSON.parse(fs.readFileSync(target, "utf8"))).toEqual(original);
  });

  it("exits 1 and names what GIFT could not bring in", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-bank-"));
    expect(run("bank-export.ts", ["dash-reading", "--format", "gift", "--out", out]).status).toBe(0);
    const imported = run("bank-import.ts", [path.join(out, "dash-reading.gift.txt")]);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toContain("not imported: q-written: a GIFT essay has no rubric");
    expect(JSON.parse(imported.stdout).questions.map((question: { id: string }) => question.id)).toEqual(["q-single", "q-multi", "q-tf", "q-match"]);
  });

  it("refuses an unknown format", () => {
    expect(run("bank-export.ts", ["dash-reading", "--format", "docx"]).status).toBe(2);
  });
});
