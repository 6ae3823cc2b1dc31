/**
 * Who may read a text. A reading is open to public self-study only when it
 * is published and anyone may read it: public domain, or under an open
 * licence. Any other text (classroom-licensed, all rights reserved, or with
 * no rights stated) is read only by the classes it is assigned to and their
 * teachers.
 */
import type { Licence, Reading } from "./schema";

const OPEN_LICENCES: ReadonlySet<Licence> = new Set(["public-domain", "open-licence"]);

/** Anyone may read and copy the text: public domain, or an open licence. */
export function isOpenlyLicensed(reading: Pick<Reading, "rights">): boolean {
  return reading.rights !== undefined && OPEN_LICENCES.has(reading.rights.licence);
}

export function isOpenForSelfStudy(reading: Pick<Reading, "published" | "rights">): boolean {
  return reading.published && isOpenlyLicensed(reading);
}
