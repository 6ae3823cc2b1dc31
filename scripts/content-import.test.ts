import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const fixture = path.resolve("lib/content/__fixtures__/raw/river-school-feature.raw.txt");
const run = (args: string[]) => spawnSync(tsx, [path.resolve("scripts/content-import.ts"), ...args], { encoding: "utf8" });
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "closeread-import-"));

describe("content:import's removed list", { timeout: 60_000 }, () => {
  it("prints every removed block with its index and reason, and --restore puts one back", () => {
    const out = tempDir();
    const first = run([fixture, "--slug", "river-school", "--out", out]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("11 paragraphs");
    expect(first.stdout).toMatch(/^ {2}\[16\] related box: Why Rural Schools Are Closing Faster Than City Ones$/m);
    expect(first.stdout).toMatch(/^ {2}\[9\] caption: Students measure the depth/m);

    const restored = run([fixture, "--slug", "river-school", "--out", out, "--force", "--restore", "9"]);
    expect(restored.stdout).toContain("12 paragraphs");
    const reading = JSON.parse(fs.readFileSync(path.join(out, "river-school", "reading.json"), "utf8"));
    expect(reading.paragraphs[0].sentences).toEqual(["Students measure the depth of the Alder River during a morning science lesson."]);
  });

  it("explains a file it cannot read and exits 1", () => {
    const doc = path.join(tempDir(), "essay.doc");
    fs.writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const result = run([doc, "--slug", "essay", "--out", tempDir()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("older Word (.doc) file");
  });

  it("refuses an index that names no removed block", () => {
    const result = run([fixture, "--slug", "river-school", "--out", tempDir(), "--restore", "11"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no removed block at index 11");
  });
});
