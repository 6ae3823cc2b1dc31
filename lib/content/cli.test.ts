import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const fixture = path.resolve("lib/content/__fixtures__/raw/library-essay.raw.txt");

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(tsx, [path.resolve("scripts", script), ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "closeread-cli-"));

describe("content:import", () => {
  it("writes a draft folder, and never overwrites a reading.json without --force", () => {
    const out = tempDir();
    const folder = path.join(out, "library-essay");
    const first = run("content-import.ts", [fixture, "--slug", "library-essay", "--out", out]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("5 paragraphs");
    const draft = JSON.parse(fs.readFileSync(path.join(folder, "reading.json"), "utf8"));
    expect(draft).toMatchObject({ slug: "library-essay", author: "Tomás Ortega", published: false });
    expect(JSON.parse(fs.readFileSync(path.join(folder, "import-report.json"), "utf8")).counts["pull-quote"]).toBe(1);

    fs.writeFileSync(path.join(folder, "reading.json"), '{"curated": true}');
    const second = run("content-import.ts", [fixture, "--slug", "library-essay", "--out", out]);
    expect(second.stdout).toContain("reading.draft.json");
    expect(fs.readFileSync(path.join(folder, "reading.json"), "utf8")).toBe('{"curated": true}');
    expect(JSON.parse(fs.readFileSync(path.join(folder, "reading.draft.json"), "utf8")).slug).toBe("library-essay");

    run("content-import.ts", [fixture, "--slug", "library-essay", "--out", out, "--force"]);
    expect(JSON.parse(fs.readFileSync(path.join(folder, "reading.json"), "utf8")).slug).toBe("library-essay");
  });

  it("refuses to run without a slug", () => {
    const result = run("content-import.ts", [fixture]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("usage:");
  });
});

describe("content:check", () => {
  it("exits 1 and prints each problem as <file>: <id>: <message>", () => {
    const dir = tempDir();
    run("content-import.ts", [fixture, "--slug", "library-essay", "--out", dir]);
    const result = run("content-check.ts", [], { CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    const prefix = `${path.relative(process.cwd(), path.join(dir, "library-essay"))}/`;
    expect(result.stderr).toContain(`${prefix}reading.json: sourceUrl: give the address of the original, starting https://`);
    expect(result.stderr).toContain(`${prefix}reading.json: c1: title: must not be empty`);
    expect(result.stderr).toContain(`${prefix}questions.json: (file): file is missing`);
  });

  it("prints one JSON summary with --json", () => {
    const dir = tempDir();
    fs.cpSync(path.resolve("content/gettysburg-address"), path.join(dir, "gettysburg-address"), { recursive: true });
    const result = run("content-check.ts", ["--json"], { CONTENT_DIR: dir });
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.errors).toEqual([]);
    expect(summary.readings).toEqual([
      expect.objectContaining({ slug: "gettysburg-address", paragraphs: 3, chunks: 2, questions: 12 }),
    ]);
    expect(summary.readings[0].byType).toMatchObject({ single_choice: 4, evidence: 2, ordering: 1, true_false: 2, short_answer: 1 });
  });
});
