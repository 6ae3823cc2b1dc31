/**
 * One export as a file: its name, media type and bytes, with its report. The
 * download routes and `npm run bank:export` both write these.
 */
import { z } from "zod";
import type { QuestionBank } from "./bank";
import { exportGift } from "./gift/export";
import { exportMoodleXml } from "./moodle-xml/export";
import { exportQtiPackage } from "./qti/export";
import type { ExportReport, InteropFormat } from "./report";

export const interopFormatSchema = z.enum(["qti", "moodle-xml", "gift"]);

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
  report: ExportReport;
}

const encode = (text: string) => new Uint8Array(new TextEncoder().encode(text));

export function exportFile(bank: QuestionBank, format: InteropFormat): ExportFile {
  const slug = bank.reading.slug;
  switch (format) {
    case "qti": {
      const { zip, report } = exportQtiPackage(bank);
      return { filename: `${slug}-qti3.zip`, contentType: "application/zip", body: new Uint8Array(zip), report };
    }
    case "moodle-xml": {
      const { xml, report } = exportMoodleXml(bank);
      return { filename: `${slug}-moodle.xml`, contentType: "application/xml; charset=utf-8", body: encode(xml), report };
    }
    case "gift": {
      const { text, report } = exportGift(bank);
      return { filename: `${slug}.gift.txt`, contentType: "text/plain; charset=utf-8", body: encode(text), report };
    }
  }
}
