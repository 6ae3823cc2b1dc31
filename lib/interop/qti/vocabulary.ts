/**
 * The QTI 3.0 names closeread's packages use, checked against 1EdTech's QTI 3
 * examples (qti-examples, QTI3_BPIG_Examples) and the IMS content-packaging
 * manifest they ship.
 */
export const QTI_NAMESPACE = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
export const QTI_SCHEMA_LOCATION = `${QTI_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd`;
export const MANIFEST_NAMESPACE = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
export const MANIFEST_SCHEMA_LOCATION = `${MANIFEST_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd`;
export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
export const ITEM_RESOURCE_TYPE = "imsqti_item_xmlv3p0";
export const TEST_RESOURCE_TYPE = "imsqti_test_xmlv3p0";

/** Response and outcome variables. */
export const RESPONSE = "RESPONSE";
export const WHY_RESPONSE = "WHY";
export const FEEDBACK = "FEEDBACK";
export const SCORE = "SCORE";
export const EXPLANATION = "EXPLANATION";
export const TRUE_CHOICE = "TRUE";
export const FALSE_CHOICE = "FALSE";

/**
 * QTI identifiers are XML names (no leading digit) while closeread ids may
 * start with one, and a matching question's two columns may share ids. Each
 * kind gets its own prefix, which also keeps them apart from the reserved
 * identifiers above; closeread ids never contain ":" so nothing is ambiguous.
 */
export const PREFIX = { question: "Q-", option: "O-", left: "L-", right: "R-", sentence: "S-", criterion: "K-" } as const;
export type IdKind = keyof typeof PREFIX;

export function toIdentifier(kind: IdKind, id: string): string {
  return PREFIX[kind] + id;
}

/** The closeread id inside an identifier of that kind; undefined if it is not one. */
export function fromIdentifier(kind: IdKind, identifier: string | undefined): string | undefined {
  return identifier?.startsWith(PREFIX[kind]) ? identifier.slice(PREFIX[kind].length) : undefined;
}

/** Where closeread keeps its own fields: data attributes on qti-item-body (QTI 3 allows data-* on body elements). */
export const DATA = {
  chunk: "data-closeread-chunk",
  stage: "data-closeread-stage",
  skill: "data-closeread-skill",
  difficulty: "data-closeread-difficulty",
  cites: "data-closeread-cites",
  type: "data-closeread-type",
  maxWords: "data-closeread-max-words",
  core: "data-closeread-core",
  keySentences: "data-closeread-key-sentences",
  level: "data-closeread-level",
  points: "data-closeread-points",
  role: "data-closeread-role",
} as const;

/** A written answer's rubric levels, in the order the scorer's rubric block lists them (see rubricLevelsSchema). */
export const RUBRIC_LEVELS = ["full", "partial", "none"] as const;
