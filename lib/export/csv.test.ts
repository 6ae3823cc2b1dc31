import { describe, expect, it } from "vitest";
import { csvStream, neutraliseFormula, toCsv } from "./csv";

const BOM = "\uFEFF";

describe("neutraliseFormula", () => {
  it("prefixes an apostrophe to text a spreadsheet would run as a formula", () => {
    expect(neutraliseFormula("=HYPERLINK(\"http://evil\",\"x\")")).toBe("'=HYPERLINK(\"http://evil\",\"x\")");
    expect(neutraliseFormula("+1+1")).toBe("'+1+1");
    expect(neutraliseFormula("-2+3")).toBe("'-2+3");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("\t=1")).toBe("'\t=1");
    expect(neutraliseFormula("\r=1")).toBe("'\r=1");
  });

  it("leaves ordinary text alone, including signs later in the text", () => {
    expect(neutraliseFormula("Ava Moreno")).toBe("Ava Moreno");
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula("")).toBe("");
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks (RFC 4180), with CRLF rows and a BOM", () => {
    const csv = toCsv(["Student", "Score"], [["Okafor, Ben \"Benny\"", 3], ["Line\nbreak", 0.5]]);
    expect(csv).toBe(`${BOM}Student,Score\r\n"Okafor, Ben ""Benny""",3\r\n"Line\nbreak",0.5\r\n`);
  });

  it("neutralises formulas in every text cell, then quotes as needed", () => {
    const csv = toCsv(["Name", "Answer"], [["=cmd|' /C calc'!A0", "-1, or more"], ["@me", "+"]]);
    expect(csv).toBe(`${BOM}Name,Answer\r\n'=cmd|' /C calc'!A0,"'-1, or more"\r\n'@me,'+\r\n`);
  });

  it("writes empty cells for missing values, yes/no for booleans and ISO dates in the school's time zone", () => {
    const saved = process.env.SCHOOL_TIME_ZONE;
    process.env.SCHOOL_TIME_ZONE = "America/Chicago";
    try {
      const csv = toCsv(["a", "b", "c", "d"], [[null, undefined, true, new Date("2026-03-01T09:30:00Z")]]);
      expect(csv).toBe(`${BOM}a,b,c,d\r\n,,yes,2026-03-01T03:30:00-06:00\r\n`);
    } finally {
      if (saved === undefined) delete process.env.SCHOOL_TIME_ZONE;
      else process.env.SCHOOL_TIME_ZONE = saved;
    }
  });
});

describe("csvStream", () => {
  it("streams the header then each batch, neutralised and quoted like toCsv", async () => {
    async function* batches() {
      yield [["=1+1", "a, b"]];
      yield [];
      yield [["plain", 2]];
    }
    const text = await new Response(csvStream(["x", "y"], batches())).text();
    // Response.text() decodes UTF-8 and drops the BOM, as a spreadsheet does.
    expect(text).toBe(`x,y\r\n'=1+1,"a, b"\r\nplain,2\r\n`);
    expect(text).toBe(toCsv(["x", "y"], [["=1+1", "a, b"], ["plain", 2]]).slice(1));
  });
});
