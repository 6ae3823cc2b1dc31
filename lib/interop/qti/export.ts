/**
 * A reading's questions as a QTI 3.0 content package: a zip holding
 * imsmanifest.xml, one item file per question under items/, an assessment
 * test that lists them in sections per chunk, and report.txt. Every closeread
 * type has a QTI 3 interaction (see item.ts); the report names what changed
 * on the way.
 */
import { strToU8, zipSync } from "fflate";
import type { Question } from "@/lib/content/schema";
import type { QuestionBank } from "../bank";
import { emptyReport, reportText, type ExportReport } from "../report";
import { buildXml, type XmlNode } from "../xml";
import { qtiItem } from "./item";
import {
  ITEM_RESOURCE_TYPE,
  MANIFEST_NAMESPACE,
  MANIFEST_SCHEMA_LOCATION,
  QTI_NAMESPACE,
  QTI_SCHEMA_LOCATION,
  TEST_RESOURCE_TYPE,
  XSI_NAMESPACE,
  toIdentifier,
} from "./vocabulary";

export const TEST_FILE = "assessment-test.xml";
export const MANIFEST_FILE = "imsmanifest.xml";
export const REPORT_FILE = "report.txt";

export const itemFile = (question: Pick<Question, "id">) => `items/${question.id}.xml`;

function sections(bank: QuestionBank): { identifier: string; title: string; questions: Question[] }[] {
  const byChunk = bank.reading.chunks.map((chunk) => ({
    identifier: `section-${chunk.id}`,
    title: chunk.title,
    questions: bank.questions.filter((question) => question.chunkId === chunk.id && question.stage === "chunk"),
  }));
  const after = { identifier: "section-after-reading", title: "After reading", questions: bank.questions.filter((question) => question.stage === "after-reading") };
  return [...byChunk, after].filter((section) => section.questions.length > 0);
}

function assessmentTest(bank: QuestionBank): XmlNode {
  return {
    "qti-assessment-test": {
      "@_xmlns": QTI_NAMESPACE,
      "@_xmlns:xsi": XSI_NAMESPACE,
      "@_xsi:schemaLocation": QTI_SCHEMA_LOCATION,
      "@_identifier": `test-${bank.reading.slug}`,
      "@_title": bank.reading.title,
      "qti-test-part": {
        "@_identifier": "part-1",
        "@_navigation-mode": "linear",
        "@_submission-mode": "individual",
        "qti-assessment-section": sections(bank).map((section) => ({
          "@_identifier": section.identifier,
          "@_title": section.title,
          "@_visible": "true",
          "qti-assessment-item-ref": section.questions.map((question) => ({
            "@_identifier": toIdentifier("question", question.id),
            "@_href": itemFile(question),
          })),
        })),
      },
    },
  };
}

function manifest(bank: QuestionBank): XmlNode {
  const itemResources = bank.questions.map((question) => ({
    "@_identifier": toIdentifier("question", question.id),
    "@_type": ITEM_RESOURCE_TYPE,
    "@_href": itemFile(question),
    file: { "@_href": itemFile(question) },
  }));
  return {
    manifest: {
      "@_xmlns": MANIFEST_NAMESPACE,
      "@_xmlns:xsi": XSI_NAMESPACE,
      "@_xsi:schemaLocation": MANIFEST_SCHEMA_LOCATION,
      "@_identifier": `closeread-${bank.reading.slug}`,
      metadata: { schema: "QTI Package", schemaversion: "3.0.0" },
      organizations: "",
      resources: {
        resource: [
          {
            "@_identifier": `test-${bank.reading.slug}`,
            "@_type": TEST_RESOURCE_TYPE,
            "@_href": TEST_FILE,
            file: { "@_href": TEST_FILE },
            dependency: bank.questions.map((question) => ({ "@_identifierref": toIdentifier("question", question.id) })),
          },
          ...itemResources,
        ],
      },
    },
  };
}

/** What QTI 3 cannot say as closeread does, per question type. */
function adaptation(question: Question): string | undefined {
  if (question.type === "ordering") {
    return "QTI response processing scores the order all or nothing; closeread gives credit for each pair of items in the right relative order";
  }
  if (question.type === "short_answer") {
    return `QTI limits length in characters, not words: expected-length is ${question.maxWords * 6} characters; the ${question.maxWords}-word limit is kept in data-closeread-max-words`;
  }
  return undefined;
}

export function exportQtiPackage(bank: QuestionBank): { zip: Uint8Array; report: ExportReport } {
  const report = emptyReport("qti");
  const files: Record<string, Uint8Array> = {};
  for (const question of bank.questions) {
    files[itemFile(question)] = strToU8(buildXml(qtiItem(question, bank.reading)));
    const reason = adaptation(question);
    if (reason) report.adapted.push({ id: question.id, reason });
    else report.exported.push(question.id);
  }
  files[MANIFEST_FILE] = strToU8(buildXml(manifest(bank)));
  files[TEST_FILE] = strToU8(buildXml(assessmentTest(bank)));
  files[REPORT_FILE] = strToU8(reportText(report, bank.reading.title));
  return { zip: zipSync(files), report };
}
