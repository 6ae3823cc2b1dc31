import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { REPORT_HEADER, questionsDownload } from "@/lib/interop/download";
import { makeClass, makeTeacher } from "../analytics/support";

let teacher: SessionUser;
let assignmentId: string;
let student: SessionUser;

beforeAll(async () => {
  teacher = await makeTeacher();
  const { assignment, students } = await makeClass(teacher, ["Ava"]);
  assignmentId = assignment.id;
  student = { id: students[0]!.id, role: "student", displayName: "Ava" };
});

describe("Export questions downloads", () => {
  it("gives the owning teacher a QTI 3.0 package of every question, as an attachment with its report", async () => {
    const response = await questionsDownload(teacher, assignmentId, "qti");
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="dash-reading-qti3.zip"');
    expect(response.headers.get(REPORT_HEADER)).toBe("exported=7; adapted=2; left-out=0");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).filter((name) => name.startsWith("items/"))).toHaveLength(7);
    expect(strFromU8(files["report.txt"]!)).toContain("q-written: QTI limits length in characters");
  });

  it("gives Moodle XML and GIFT with what they left out named", async () => {
    const moodle = await questionsDownload(teacher, assignmentId, "moodle-xml");
    expect(moodle.headers.get("Content-Disposition")).toBe('attachment; filename="dash-reading-moodle.xml"');
    expect(moodle.headers.get(REPORT_HEADER)).toBe("exported=6; adapted=3; left-out=1 (q-evidence)");
    expect(await moodle.text()).toContain('<question type="matching">');
    const gift = await questionsDownload(teacher, assignmentId, "gift");
    expect(gift.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(gift.headers.get(REPORT_HEADER)).toBe("exported=5; adapted=2; left-out=2 (q-evidence q-order)");
  });

  it("refuses another teacher, a student and an unknown format", async () => {
    const stranger = await makeTeacher("Mr. Stranger");
    await expect(questionsDownload(stranger, assignmentId, "qti")).rejects.toMatchObject({ code: "not_found" });
    await expect(questionsDownload(student, assignmentId, "qti")).rejects.toMatchObject({ code: "forbidden" });
    await expect(questionsDownload(teacher, assignmentId, "docx")).rejects.toMatchObject({ code: "not_found" });
  });
});
