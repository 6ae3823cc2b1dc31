/**
 * Reads a QTI 3.0 content package back into closeread questions: the item
 * types closeread exports (choice, order, match, extended text, hottext).
 * closeread's own fields come from the item body's data-closeread-*
 * attributes; items from other tools lack them and take `defaults` instead.
 * Every candidate is checked with the content schema; an item that does not
 * fit is reported with the reason, never half-imported.
 */
import { strFromU8, unzipSync } from "fflate";
import { questionSchema, type Question } from "@/lib/content/schema";
import type { QuestionMetadata } from "../bank";
import type { ReportEntry } from "../report";
import { schemaProblem } from "../problems";
import { attribute, child, children, descendants, parseXml, textOf, type XmlNode } from "../xml";
import { MANIFEST_FILE } from "./export";
import { DATA, EXPLANATION, FALSE_CHOICE, ITEM_RESOURCE_TYPE, RESPONSE, RUBRIC_LEVELS, TRUE_CHOICE, WHY_RESPONSE, fromIdentifier, type IdKind } from "./vocabulary";

const REPEATED = new Set([
  "resource",
  "qti-response-declaration",
  "qti-value",
  "qti-map-entry",
  "qti-choice-interaction",
  "qti-simple-choice",
  "qti-simple-match-set",
  "qti-simple-associable-choice",
  "qti-modal-feedback",
  "p",
  "li",
]);

export interface ImportResult {
  questions: Question[];
  /** Items that could not become closeread questions, and why. */
  skipped: ReportEntry[];
}

/** A closeread id from an identifier of that kind, or the identifier itself when another tool wrote it. */
const idOf = (kind: IdKind, identifier: string | undefined) => fromIdentifier(kind, identifier) ?? identifier ?? "";

/** An interaction's qti-prompt; other tools often put the question in the body's paragraphs instead. */
function promptOf(interaction: XmlNode | undefined, stem: string): string {
  return textOf(child(interaction, "qti-prompt")) || stem;
}

function choicesOf(interaction: XmlNode | undefined, feedback: Map<string, string>) {
  return children(interaction, "qti-simple-choice").map((choice) => {
    const identifier = attribute(choice, "identifier") ?? "";
    return { id: idOf("option", identifier), text: textOf(choice), feedback: feedback.get(identifier) };
  });
}

function byRole(nodes: XmlNode[], role: string): string | undefined {
  const node = nodes.find((candidate) => attribute(candidate, DATA.role) === role);
  return node ? textOf(node) : undefined;
}

/** core and keySentences, present only when the item body says them (no defaults: other tools have no core set). */
function optionalFields(body: XmlNode | undefined): Record<string, unknown> {
  const core = attribute(body, DATA.core);
  const keySentences = attribute(body, DATA.keySentences);
  return {
    ...(core === "true" || core === "false" ? { core: core === "true" } : {}),
    ...(keySentences ? { keySentences: keySentences.split(" ") } : {}),
  };
}

/** A rubric criterion's described levels, from its nested list; none when it has no such list. */
function levelsOf(list: XmlNode | undefined): Record<string, unknown> {
  const items = children(list, "li");
  if (!items.length) return {};
  const levels = RUBRIC_LEVELS.flatMap((level) => {
    const item = items.find((candidate) => attribute(candidate, DATA.level) === level);
    return item ? [[level, textOf(item)] as const] : [];
  });
  return { levels: Object.fromEntries(levels) };
}

/** The fields of one item as a closeread question candidate (checked by the caller). */
function candidate(item: XmlNode, defaults: Partial<QuestionMetadata>): Record<string, unknown> {
  const body = child(item, "qti-item-body");
  const declarations = children(item, "qti-response-declaration");
  const declaration = (identifier: string) => declarations.find((candidate) => attribute(candidate, "identifier") === identifier);
  const correct = (identifier: string) => children(child(declaration(identifier), "qti-correct-response"), "qti-value").map(textOf);
  const feedback = new Map(children(item, "qti-modal-feedback").map((node) => [attribute(node, "identifier") ?? "", textOf(child(node, "qti-content-body"))]));
  const difficulty = attribute(body, DATA.difficulty);
  const base = {
    id: idOf("question", attribute(item, "identifier")),
    chunkId: attribute(body, DATA.chunk) ?? defaults.chunkId,
    stage: attribute(body, DATA.stage) ?? defaults.stage,
    skill: attribute(body, DATA.skill) ?? defaults.skill,
    difficulty: difficulty === undefined ? defaults.difficulty : Number(difficulty),
    cites: attribute(body, DATA.cites)?.split(" ") ?? defaults.cites,
    ...optionalFields(body),
    explanation: feedback.get(EXPLANATION),
  };
  const paragraphs = children(body, "p");
  // Interactions may sit inside a div (dir="rtl", layout) rather than directly in the body.
  const interaction = (name: string) => descendants(body, name)[0];
  const stem = paragraphs.filter((paragraph) => attribute(paragraph, DATA.role) === undefined).map(textOf).join("\n");

  const hottext = interaction("qti-hottext-interaction");
  if (hottext) {
    const acceptable = children(child(declaration(RESPONSE), "qti-mapping"), "qti-map-entry")
      .filter((entry) => Number(attribute(entry, "mapped-value")) === 0)
      .map((entry) => idOf("sentence", attribute(entry, "map-key")));
    return {
      ...base,
      type: "evidence",
      prompt: promptOf(hottext, stem),
      claim: byRole(paragraphs, "claim"),
      answer: correct(RESPONSE).map((identifier) => idOf("sentence", identifier)),
      ...(acceptable.length ? { acceptable } : {}),
    };
  }

  const extended = interaction("qti-extended-text-interaction");
  if (extended) {
    const rubric = child(interaction("qti-rubric-block"), "qti-content-body");
    const maxWords = attribute(body, DATA.maxWords) ?? String(Math.round(Number(attribute(extended, "expected-length")) / 6));
    return {
      ...base,
      type: "short_answer",
      prompt: promptOf(extended, stem),
      maxWords: Number(maxWords),
      rubric: {
        criteria: children(child(rubric, "ul"), "li").map((li) => ({
          id: idOf("criterion", attribute(li, "id")),
          // The criterion's own text, not its levels' nested list.
          description: textOf({ ...li, ul: undefined }),
          points: Number(attribute(li, DATA.points)),
          ...levelsOf(child(li, "ul")),
        })),
        modelAnswer: byRole(children(rubric, "p"), "model-answer"),
      },
    };
  }

  const order = interaction("qti-order-interaction");
  if (order) {
    return {
      ...base,
      type: "ordering",
      prompt: promptOf(order, stem),
      items: choicesOf(order, feedback).map(({ id, text }) => ({ id, text })),
      answer: correct(RESPONSE).map((identifier) => idOf("option", identifier)),
    };
  }

  const match = interaction("qti-match-interaction");
  if (match) {
    const [left, right] = children(match, "qti-simple-match-set").map((set) =>
      children(set, "qti-simple-associable-choice").map((choice) => ({ identifier: attribute(choice, "identifier"), text: textOf(choice) })),
    );
    const pairs = correct(RESPONSE).map((pair) => pair.split(/\s+/));
    return {
      ...base,
      type: "matching",
      prompt: promptOf(match, stem),
      left: (left ?? []).map((entry) => ({ id: idOf("left", entry.identifier), text: entry.text })),
      right: (right ?? []).map((entry) => ({ id: idOf("right", entry.identifier), text: entry.text })),
      answer: Object.fromEntries(pairs.map(([from, to]) => [idOf("left", from), idOf("right", to)])),
    };
  }

  const choices = descendants(body, "qti-choice-interaction");
  const statement = choices.find((interaction) => attribute(interaction, "response-identifier") === RESPONSE);
  const why = choices.find((interaction) => attribute(interaction, "response-identifier") === WHY_RESPONSE);
  if (statement && why) {
    return {
      ...base,
      type: "true_false",
      prompt: byRole(paragraphs, "prompt"),
      statement: promptOf(statement, stem),
      answer: correct(RESPONSE)[0] === TRUE_CHOICE ? true : correct(RESPONSE)[0] === FALSE_CHOICE ? false : undefined,
      trueFeedback: feedback.get(TRUE_CHOICE),
      falseFeedback: feedback.get(FALSE_CHOICE),
      why: { prompt: promptOf(why, stem), options: choicesOf(why, feedback), answer: idOf("option", correct(WHY_RESPONSE)[0]) },
    };
  }
  if (statement) {
    const keys = correct(RESPONSE).map((identifier) => idOf("option", identifier));
    const single = attribute(declaration(RESPONSE), "cardinality") === "single";
    return {
      ...base,
      type: single ? "single_choice" : "multiple_select",
      prompt: promptOf(statement, stem),
      options: choicesOf(statement, feedback),
      answer: single ? keys[0] : keys,
    };
  }
  throw new Error("it has no interaction closeread can take (choice, order, match, extended text or hottext)");
}

export function importQtiPackage(zip: Uint8Array, defaults: Partial<QuestionMetadata> = {}): ImportResult {
  const files = unzipSync(zip);
  const manifestFile = files[MANIFEST_FILE];
  if (!manifestFile) throw new Error(`The package has no ${MANIFEST_FILE}.`);
  const manifest = parseXml(strFromU8(manifestFile), REPEATED);
  const resources = children(child(child(manifest, "manifest"), "resources"), "resource").filter(
    (resource) => attribute(resource, "type") === ITEM_RESOURCE_TYPE,
  );
  const result: ImportResult = { questions: [], skipped: [] };
  for (const resource of resources) {
    const href = attribute(resource, "href") ?? "";
    const id = attribute(resource, "identifier") ?? href;
    try {
      const file = files[href];
      if (!file) throw new Error(`the package has no file ${href}`);
      const item = child(parseXml(strFromU8(file), REPEATED), "qti-assessment-item");
      if (!item) throw new Error("it is not a QTI 3 qti-assessment-item");
      const parsed = questionSchema.safeParse(candidate(item, defaults));
      if (!parsed.success) throw new Error(schemaProblem(parsed.error));
      result.questions.push(parsed.data);
    } catch (error) {
      result.skipped.push({ id: fromIdentifier("question", id) ?? id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
