/**
 * One closeread question as a QTI 3.0 assessment item. Every type maps:
 * choices to qti-choice-interaction, true/false to two choice interactions
 * (the statement, then its reason), ordering to qti-order-interaction,
 * matching to qti-match-interaction, the written answer to
 * qti-extended-text-interaction with its rubric in a scorer's
 * qti-rubric-block, and "find the evidence" to qti-hottext-interaction over
 * the sentences of the question's chunk. Each option's reason is a
 * qti-modal-feedback shown when that option is chosen; the explanation is
 * one shown after any response.
 */
import type { ChoiceOption, Question, Reading, RubricLevels } from "@/lib/content/schema";
import { sentencesOf } from "@/lib/content/sentences";
import type { XmlNode } from "../xml";
import {
  DATA,
  EXPLANATION,
  FALSE_CHOICE,
  FEEDBACK,
  QTI_NAMESPACE,
  QTI_SCHEMA_LOCATION,
  RESPONSE,
  RUBRIC_LEVELS,
  SCORE,
  TRUE_CHOICE,
  WHY_RESPONSE,
  XSI_NAMESPACE,
  toIdentifier,
} from "./vocabulary";

type Cardinality = "single" | "multiple" | "ordered";
type BaseType = "identifier" | "directedPair" | "string";
type Scoring = "match" | "map" | "human";

const value = (text: string) => ({ "#text": text });
const paragraph = (text: string, attributes: Record<string, string> = {}) => ({ ...attributes, "#text": text });

function responseDeclaration(identifier: string, cardinality: Cardinality, baseType: BaseType, correct: string[], mapping?: XmlNode): XmlNode {
  return {
    "@_identifier": identifier,
    "@_cardinality": cardinality,
    "@_base-type": baseType,
    ...(correct.length ? { "qti-correct-response": { "qti-value": correct.map(value) } } : {}),
    ...(mapping ? { "qti-mapping": mapping } : {}),
  };
}

/**
 * Partial credit as closeread gives it (README, "Grading and partial
 * credit"), summed by qti-map-response: `entries` per identifier, the rest
 * `otherwise`, the total kept between 0 and `upper`.
 */
function mapping(entries: [string, number][], otherwise = 0, upper = 1): XmlNode {
  return {
    "@_default-value": String(otherwise),
    "@_lower-bound": "0",
    "@_upper-bound": String(upper),
    "qti-map-entry": entries.map(([key, mapped]) => ({ "@_map-key": key, "@_mapped-value": String(mapped) })),
  };
}

function outcomeDeclarations(maxScore: number, humanScored: boolean): XmlNode[] {
  return [
    {
      "@_identifier": SCORE,
      "@_cardinality": "single",
      "@_base-type": "float",
      ...(humanScored ? { "@_external-scored": "human" } : {}),
      "@_normal-maximum": String(maxScore),
      "qti-default-value": { "qti-value": value("0") },
    },
    { "@_identifier": FEEDBACK, "@_cardinality": "multiple", "@_base-type": "identifier" },
  ];
}

const variable = (identifier: string) => ({ "@_identifier": identifier });
const matchCorrect = (identifier: string) => ({ "qti-variable": variable(identifier), "qti-correct": variable(identifier) });

/**
 * "match": full marks when the response equals the correct one; "map": the
 * sum of the responses' mappings; "human": a teacher scores it. Then
 * FEEDBACK holds EXPLANATION and, when the choices have reasons, the chosen
 * identifiers, which show them. Only then: qti-multiple takes single or
 * multiple identifiers, not an ordering's ordered response or a matching's
 * pairs (Cito's QTI 3 player refused those, e2e/qti-player.spec.ts).
 */
function responseProcessing(responses: string[], scoring: Scoring, maxScore: number, responsesHaveFeedback: boolean): XmlNode {
  const rules: XmlNode = {};
  if (scoring === "match") {
    rules["qti-response-condition"] = {
      "qti-response-if": {
        "qti-match": matchCorrect(RESPONSE),
        "qti-set-outcome-value": { "@_identifier": SCORE, "qti-base-value": { "@_base-type": "float", "#text": String(maxScore) } },
      },
    };
  } else if (scoring === "map") {
    const sum = responses.length === 1 ? { "qti-map-response": variable(responses[0]!) } : { "qti-sum": { "qti-map-response": responses.map(variable) } };
    rules["qti-set-outcome-value"] = [{ "@_identifier": SCORE, ...sum }];
  }
  const feedback: XmlNode = {
    "@_identifier": FEEDBACK,
    "qti-multiple": {
      ...(responsesHaveFeedback ? { "qti-variable": responses.map(variable) } : {}),
      "qti-base-value": { "@_base-type": "identifier", "#text": EXPLANATION },
    },
  };
  const setters = rules["qti-set-outcome-value"];
  rules["qti-set-outcome-value"] = [...(Array.isArray(setters) ? setters : []), feedback];
  return rules;
}

function modalFeedback(identifier: string, text: string, role: string): XmlNode {
  return {
    "@_outcome-identifier": FEEDBACK,
    "@_identifier": identifier,
    "@_show-hide": "show",
    [`@_${DATA.role}`]: role,
    "qti-content-body": { p: paragraph(text) },
  };
}

const optionFeedback = (options: ChoiceOption[]) => options.map((option) => modalFeedback(toIdentifier("option", option.id), option.feedback, "option"));

function choiceInteraction(responseIdentifier: string, prompt: string, choices: { identifier: string; text: string }[], maxChoices: number): XmlNode {
  return {
    "@_response-identifier": responseIdentifier,
    "@_shuffle": "true",
    "@_max-choices": String(maxChoices),
    "qti-prompt": prompt,
    "qti-simple-choice": choices.map((choice) => ({ "@_identifier": choice.identifier, "#text": choice.text })),
  };
}

const optionChoices = (options: ChoiceOption[]) => options.map((option) => ({ identifier: toIdentifier("option", option.id), text: option.text }));

/** A criterion's described levels as list items `data-closeread-level="full|partial|none"`. */
function rubricLevels(levels: RubricLevels): XmlNode[] {
  return RUBRIC_LEVELS.flatMap((level) => {
    const description = levels[level];
    return description === undefined ? [] : [{ [`@_${DATA.level}`]: level, "#text": description }];
  });
}

interface ItemParts {
  declarations: XmlNode[];
  body: XmlNode;
  responses: string[];
  scoring: Scoring;
  maxScore: number;
  feedback: XmlNode[];
}

function itemParts(question: Question, reading: Pick<Reading, "paragraphs" | "chunks">): ItemParts {
  switch (question.type) {
    case "single_choice":
      return {
        declarations: [responseDeclaration(RESPONSE, "single", "identifier", [toIdentifier("option", question.answer)])],
        body: { "qti-choice-interaction": choiceInteraction(RESPONSE, question.prompt, optionChoices(question.options), 1) },
        responses: [RESPONSE],
        scoring: "match",
        maxScore: 1,
        feedback: optionFeedback(question.options),
      };
    case "multiple_select": {
      // Each key earns 1/keys and each wrong option costs as much.
      const share = 1 / question.answer.length;
      const weights = question.options.map((option): [string, number] => [toIdentifier("option", option.id), question.answer.includes(option.id) ? share : -share]);
      return {
        declarations: [responseDeclaration(RESPONSE, "multiple", "identifier", question.answer.map((id) => toIdentifier("option", id)), mapping(weights))],
        body: { "qti-choice-interaction": choiceInteraction(RESPONSE, question.prompt, optionChoices(question.options), 0) },
        responses: [RESPONSE],
        scoring: "map",
        maxScore: 1,
        feedback: optionFeedback(question.options),
      };
    }
    case "true_false": {
      const statementKey = question.answer ? TRUE_CHOICE : FALSE_CHOICE;
      const whyKey = toIdentifier("option", question.why.answer);
      const statementChoices = [
        { identifier: TRUE_CHOICE, text: "True" },
        { identifier: FALSE_CHOICE, text: "False" },
      ];
      return {
        // Half for judging the statement, half for the reason.
        declarations: [
          responseDeclaration(RESPONSE, "single", "identifier", [statementKey], mapping([[statementKey, 0.5]])),
          responseDeclaration(WHY_RESPONSE, "single", "identifier", [whyKey], mapping([[whyKey, 0.5]])),
        ],
        body: {
          p: paragraph(question.prompt, { [`@_${DATA.role}`]: "prompt" }),
          "qti-choice-interaction": [
            choiceInteraction(RESPONSE, question.statement, statementChoices, 1),
            choiceInteraction(WHY_RESPONSE, question.why.prompt, optionChoices(question.why.options), 1),
          ],
        },
        responses: [RESPONSE, WHY_RESPONSE],
        scoring: "map",
        maxScore: 1,
        feedback: [
          modalFeedback(TRUE_CHOICE, question.trueFeedback, "statement"),
          modalFeedback(FALSE_CHOICE, question.falseFeedback, "statement"),
          ...optionFeedback(question.why.options),
        ],
      };
    }
    case "ordering":
      return {
        declarations: [responseDeclaration(RESPONSE, "ordered", "identifier", question.answer.map((id) => toIdentifier("option", id)))],
        body: {
          "qti-order-interaction": {
            "@_response-identifier": RESPONSE,
            "@_shuffle": "true",
            "qti-prompt": question.prompt,
            "qti-simple-choice": question.items.map((item) => ({ "@_identifier": toIdentifier("option", item.id), "#text": item.text })),
          },
        },
        responses: [RESPONSE],
        scoring: "match",
        maxScore: 1,
        feedback: [],
      };
    case "matching": {
      const pairs = Object.entries(question.answer).map(([left, right]) => `${toIdentifier("left", left)} ${toIdentifier("right", right)}`);
      const associable = (kind: "left" | "right", items: { id: string; text: string }[], matchMax: number) => ({
        "qti-simple-associable-choice": items.map((item) => ({ "@_identifier": toIdentifier(kind, item.id), "@_match-max": String(matchMax), "#text": item.text })),
      });
      return {
        // Each left item matched to its partner earns 1/left items.
        declarations: [responseDeclaration(RESPONSE, "multiple", "directedPair", pairs, mapping(pairs.map((pair) => [pair, 1 / pairs.length])))],
        body: {
          "qti-match-interaction": {
            "@_response-identifier": RESPONSE,
            "@_shuffle": "true",
            "@_max-associations": String(question.left.length),
            "qti-prompt": question.prompt,
            "qti-simple-match-set": [associable("left", question.left, 1), associable("right", question.right, question.left.length)],
          },
        },
        responses: [RESPONSE],
        scoring: "map",
        maxScore: 1,
        feedback: [],
      };
    }
    case "short_answer": {
      const maxScore = question.rubric.criteria.reduce((sum, criterion) => sum + criterion.points, 0);
      return {
        declarations: [responseDeclaration(RESPONSE, "single", "string", [])],
        body: {
          "qti-rubric-block": {
            "@_view": "scorer",
            "@_use": "scoring",
            "qti-content-body": {
              ul: {
                li: question.rubric.criteria.map((criterion) => ({
                  "@_id": toIdentifier("criterion", criterion.id),
                  [`@_${DATA.points}`]: String(criterion.points),
                  "#text": criterion.description,
                  ...(criterion.levels ? { ul: { li: rubricLevels(criterion.levels) } } : {}),
                })),
              },
              p: paragraph(question.rubric.modelAnswer, { [`@_${DATA.role}`]: "model-answer" }),
            },
          },
          "qti-extended-text-interaction": {
            "@_response-identifier": RESPONSE,
            // QTI counts characters, closeread words: about six characters a word, the word limit kept in data-closeread-max-words.
            "@_expected-length": String(question.maxWords * 6),
            "qti-prompt": question.prompt,
          },
        },
        responses: [RESPONSE],
        scoring: "human",
        maxScore,
        feedback: [],
      };
    }
    case "evidence": {
      const chunk = reading.chunks.find((candidate) => candidate.id === question.chunkId);
      const paragraphs = reading.paragraphs.filter((candidate) => chunk?.paragraphIds.includes(candidate.id));
      const acceptable = question.acceptable ?? [];
      // Each key sentence earns 1/keys, any other costs as much; acceptable ones map to 0 (the importer reads them back from there).
      const share = 1 / question.answer.length;
      const weights: [string, number][] = [
        ...question.answer.map((id): [string, number] => [toIdentifier("sentence", id), share]),
        ...acceptable.map((id): [string, number] => [toIdentifier("sentence", id), 0]),
      ];
      return {
        declarations: [responseDeclaration(RESPONSE, "multiple", "identifier", question.answer.map((id) => toIdentifier("sentence", id)), mapping(weights, -share))],
        body: {
          p: paragraph(question.claim, { [`@_${DATA.role}`]: "claim" }),
          "qti-hottext-interaction": {
            "@_response-identifier": RESPONSE,
            "@_max-choices": "0",
            "qti-prompt": question.prompt,
            p: paragraphs.map((candidate) => ({
              "@_id": candidate.id,
              "qti-hottext": sentencesOf(candidate).map((sentence) => ({ "@_identifier": toIdentifier("sentence", sentence.id), "#text": sentence.text })),
            })),
          },
        },
        responses: [RESPONSE],
        scoring: "map",
        maxScore: 1,
        feedback: [],
      };
    }
  }
}

export function qtiItem(question: Question, reading: Pick<Reading, "paragraphs" | "chunks">): XmlNode {
  const parts = itemParts(question, reading);
  return {
    "qti-assessment-item": {
      "@_xmlns": QTI_NAMESPACE,
      "@_xmlns:xsi": XSI_NAMESPACE,
      "@_xsi:schemaLocation": QTI_SCHEMA_LOCATION,
      "@_identifier": toIdentifier("question", question.id),
      "@_title": question.prompt,
      "@_adaptive": "false",
      "@_time-dependent": "false",
      "@_xml:lang": "en",
      "qti-response-declaration": parts.declarations,
      "qti-outcome-declaration": outcomeDeclarations(parts.maxScore, parts.scoring === "human"),
      "qti-item-body": {
        [`@_${DATA.type}`]: question.type,
        [`@_${DATA.chunk}`]: question.chunkId,
        [`@_${DATA.stage}`]: question.stage,
        [`@_${DATA.skill}`]: question.skill,
        [`@_${DATA.difficulty}`]: String(question.difficulty),
        [`@_${DATA.cites}`]: question.cites.join(" "),
        ...(question.keySentences ? { [`@_${DATA.keySentences}`]: question.keySentences.join(" ") } : {}),
        ...(question.core === undefined ? {} : { [`@_${DATA.core}`]: String(question.core) }),
        ...(question.type === "short_answer" ? { [`@_${DATA.maxWords}`]: String(question.maxWords) } : {}),
        ...parts.body,
      },
      "qti-response-processing": responseProcessing(parts.responses, parts.scoring, parts.maxScore, parts.feedback.length > 0),
      "qti-modal-feedback": [...parts.feedback, modalFeedback(EXPLANATION, question.explanation, "explanation")],
    },
  };
}
