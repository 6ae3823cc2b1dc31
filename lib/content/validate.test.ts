import { describe, expect, it } from "vitest";
import { tinyQuestions, tinyReading } from "./__fixtures__/tiny-reading";
import { validateReadingFolder, type ContentIssue } from "./validate";

type Reading = ReturnType<typeof tinyReading>;
type Questions = ReturnType<typeof tinyQuestions>;
type RawQuestion = Record<string, unknown>;

function validate(breakIt: (reading: Reading, questions: Questions) => void, folder = "tiny"): ContentIssue[] {
  const reading = tinyReading();
  const questions = tinyQuestions();
  breakIt(reading, questions);
  return validateReadingFolder(folder, reading, questions).issues;
}

const question = (questions: Questions, id: string) => questions.questions.find((q) => q.id === id) as RawQuestion;

describe("validateReadingFolder", () => {
  it("accepts the valid fixture", () => {
    const result = validateReadingFolder("tiny", tinyReading(), tinyQuestions());
    expect(result.issues).toEqual([]);
    expect(result.questions).toHaveLength(7);
    expect(result.questions?.[0]?.stage).toBe("chunk");
  });

  it.each<[string, (reading: Reading, questions: Questions) => void, { id: string; message: string }]>([
    // references
    ["a chunk naming a missing paragraph", (r) => r.chunks[1]!.paragraphIds.push("p09"), { id: "c2", message: 'paragraph "p09" does not exist' }],
    [
      "a context note on a missing paragraph",
      (r) => (r.contextNotes[0]!.paragraphId = "p07"),
      { id: "n-monday", message: 'paragraph "p07" does not exist' },
    ],
    ["a question in a missing chunk", (_, q) => (question(q, "q-single").chunkId = "c9"), { id: "q-single", message: 'chunk "c9" does not exist' }],
    ["a citation of a missing paragraph", (_, q) => (question(q, "q-tf").cites = ["p12"]), { id: "q-tf", message: 'cites paragraph "p12", which does not exist' }],
    [
      "an evidence sentence that does not exist",
      (_, q) => (question(q, "q-evidence").answer = ["p02.s3"]),
      { id: "q-evidence", message: 'answer sentence "p02.s3" does not exist' },
    ],
    [
      "an evidence sentence outside the question's chunk",
      (_, q) => (question(q, "q-evidence").answer = ["p03.s1"]),
      { id: "q-evidence", message: 'answer sentence "p03.s1" is outside the question\'s chunk' },
    ],
    [
      "an acceptable sentence outside the chunk",
      (_, q) => (question(q, "q-evidence").acceptable = ["p04.s2"]),
      { id: "q-evidence", message: 'acceptable sentence "p04.s2" is outside the question\'s chunk' },
    ],
    [
      "a sentence both key and acceptable",
      (_, q) => (question(q, "q-evidence").acceptable = ["p02.s1"]),
      { id: "q-evidence", message: '"p02.s1" is both an answer and acceptable' },
    ],
    // explanations
    ["a question without explanation", (_, q) => delete question(q, "q-order").explanation, { id: "q-order", message: "explanation: is required" }],
    ["an empty explanation", (_, q) => (question(q, "q-match").explanation = "  "), { id: "q-match", message: "explanation: must not be empty" }],
    // keys
    ["a single choice keyed to a missing option", (_, q) => (question(q, "q-single").answer = "z"), { id: "q-single", message: 'answer "z" is not one of the options' }],
    ["a single choice with two keys", (_, q) => (question(q, "q-single").answer = ["a", "b"]), { id: "q-single", message: "answer: Invalid input: expected string, received array" }],
    [
      "duplicate option ids",
      (_, q) => ((question(q, "q-single").options as { id: string }[])[1]!.id = "a"),
      { id: "q-single", message: 'duplicate option id "a"' },
    ],
    [
      "an option without feedback",
      (_, q) => delete (question(q, "q-single").options as { feedback?: string }[])[1]!.feedback,
      { id: "q-single", message: "options[b].feedback: is required" },
    ],
    ["a multiple select keyed to a missing option", (_, q) => (question(q, "q-multi").answer = ["a", "x"]), { id: "q-multi", message: 'answer "x" is not one of the options' }],
    ["a multiple select with no wrong option", (_, q) => (question(q, "q-multi").answer = ["a", "b", "c"]), { id: "q-multi", message: "needs at least one wrong option" }],
    ["a multiple select with one key", (_, q) => (question(q, "q-multi").answer = ["a"]), { id: "q-multi", message: "answer: Too small" }],
    [
      "a true/false follow-up keyed to a missing option",
      (_, q) => ((question(q, "q-tf").why as { answer: string }).answer = "w9"),
      { id: "q-tf", message: 'why: answer "w9" is not one of the options' },
    ],
    [
      "an ordering key missing an item",
      (_, q) => (question(q, "q-order").answer = ["e1", "e2"]),
      { id: "q-order", message: "answer must list every item exactly once (items: e1, e2, e3)" },
    ],
    [
      "an ordering key repeating an item",
      (_, q) => (question(q, "q-order").answer = ["e1", "e1", "e3"]),
      { id: "q-order", message: "answer must list every item exactly once (items: e1, e2, e3)" },
    ],
    ["a matching key missing a left item", (_, q) => (question(q, "q-match").answer = { l1: "r1" }), { id: "q-match", message: 'answer does not match left item "l2"' }],
    [
      "a matching key to a missing right item",
      (_, q) => (question(q, "q-match").answer = { l1: "r1", l2: "r9" }),
      { id: "q-match", message: 'answer matches "l2" to "r9", which is not a right item' },
    ],
    [
      "a matching key for a missing left item",
      (_, q) => (question(q, "q-match").answer = { l1: "r1", l2: "r2", l3: "r3" }),
      { id: "q-match", message: 'answer matches "l3", which is not a left item' },
    ],
    // duplicate ids
    ["duplicate paragraph ids", (r) => (r.paragraphs[3]!.id = "p03"), { id: "p03", message: "duplicate paragraph id" }],
    ["duplicate chunk ids", (r) => (r.chunks[1]!.id = "c1"), { id: "c1", message: "duplicate chunk id" }],
    ["duplicate question ids", (_, q) => (question(q, "q-multi").id = "q-single"), { id: "q-single", message: "duplicate question id" }],
    [
      "duplicate glossary ids",
      (r) => r.glossary.push({ id: "levee", term: "river", aliases: [], definition: "Water that flows." }),
      { id: "levee", message: "duplicate glossary entry id" },
    ],
    [
      "duplicate context-note ids",
      (r) => r.contextNotes.push({ id: "n-monday", paragraphId: "p03", anchor: "drought", note: "A dry spell." }),
      { id: "n-monday", message: "duplicate context note id" },
    ],
    // chunking
    ["a paragraph in no chunk", (r) => r.chunks[1]!.paragraphIds.pop(), { id: "p04", message: "is in no chunk" }],
    ["a paragraph in two chunks", (r) => r.chunks[1]!.paragraphIds.push("p02"), { id: "p02", message: 'is in chunk "c1" and again in "c2"' }],
    [
      "chunks out of reading order",
      (r) => (r.chunks[0]!.paragraphIds = ["p02", "p01"]),
      { id: "c1", message: "lists p02 out of reading order" },
    ],
    [
      "a chunk too large",
      (r) => {
        const more = ["p05", "p06", "p07"].map((id) => ({ id, sentences: ["It rained again."] }));
        r.paragraphs.push(...more);
        r.chunks[1]!.paragraphIds.push(...more.map((p) => p.id));
      },
      { id: "c2", message: "has 5 paragraph(s); chunks have 2 to 4" },
    ],
    [
      "a chunk larger than the reading's own chunkSize",
      (r) => {
        r.paragraphs.push({ id: "p05", sentences: ["It rained again."] });
        r.chunks[1]!.paragraphIds.push("p05");
        Object.assign(r, { chunkSize: { min: 1, max: 2 } });
      },
      { id: "c2", message: "has 3 paragraph(s); chunks have 1 to 2" },
    ],
    ["a chunk too small", (r) => r.chunks.push({ id: "c3", title: "Tail", readFor: "The end.", paragraphIds: [r.chunks[1]!.paragraphIds.pop()!] }), { id: "c3", message: "has 1 paragraph(s); chunks have 2 to 4" }],
    [
      "a single chunk",
      (r, q) => {
        r.chunks = [{ id: "c1", title: "All", readFor: "Everything.", paragraphIds: ["p01", "p02", "p03", "p04"] }];
        for (const x of q.questions) (x as RawQuestion).chunkId = "c1";
        question(q, "q-evidence").answer = ["p02.s1"];
      },
      { id: "chunks", message: "1 chunk(s); a reading has 2 to 8" },
    ],
    // anchors
    ["a glossary term not in the text", (r) => Object.assign(r.glossary[0]!, { term: "dam", aliases: [] }), { id: "levee", message: 'term "dam" (or an alias) does not occur verbatim in the text' }],
    [
      "a context-note anchor outside its paragraph",
      (r) => (r.contextNotes[0]!.anchor = "drought"),
      { id: "n-monday", message: 'anchor "drought" does not occur verbatim in p01' },
    ],
    // identity and shape
    ["a slug that is not the folder name", (r) => (r.slug = "other"), { id: "slug", message: '"other" does not match the folder name "tiny"' }],
    ["a misspelt field", (r) => Object.assign(r.chunks[0]!, { redFor: "typo" }), { id: "c1", message: 'Unrecognized key: "redFor"' }],
    ["an unknown question type", (_, q) => (question(q, "q-single").type = "essay"), { id: "q-single", message: "type: Invalid" }],
    ["a malformed sentence id", (_, q) => (question(q, "q-evidence").answer = ["p02-s1"]), { id: "q-evidence", message: "answer[0]: sentence ids look like p04.s2" }],
    ["a sentence with a stray space", (r) => (r.paragraphs[0]!.sentences[0] = "It rained on Monday. "), { id: "p01", message: "sentences[0]: must not have" }],
    ["a missing title", (r) => delete (r as Partial<Reading>).title, { id: "title", message: "is required" }],
    // web addresses: a message a teacher can act on, not zod's "Invalid URL"
    ["a source link without https://", (r) => (r.sourceUrl = "www.example.org/levee"), { id: "sourceUrl", message: "give the address of the original, starting https://" }],
    ["an empty source link (leave it out instead)", (r) => (r.sourceUrl = ""), { id: "sourceUrl", message: "give the address of the original, starting https://" }],
    [
      "a licence without the address where it can be checked",
      (r) => Object.assign(r, { rights: { holder: "Ada Author", licence: "open-licence", sourceUrl: "", note: "CC BY 4.0." } }),
      { id: "rights.sourceUrl", message: "give the address where the text or its licence can be checked, starting https://" },
    ],
  ])("reports %s", (_, breakIt, expected) => {
    const issues = validate(breakIt);
    const match = issues.find((issue) => issue.id === expected.id && issue.message.startsWith(expected.message));
    expect(match, JSON.stringify(issues, null, 2)).toBeDefined();
    // The fixture's question ids all start with "q-"; everything else lives in reading.json.
    expect(match?.file).toBe(expected.id.startsWith("q-") ? "questions.json" : "reading.json");
  });

  it("accepts a glossary term found only through an alias, and a one-paragraph chunk when chunkSize allows it", () => {
    const issues = validate((r) => {
      Object.assign(r.glossary[0]!, { term: "flood wall", aliases: ["levee"] });
      Object.assign(r, { chunkSize: { min: 1, max: 3 } });
      r.chunks = [
        { id: "c1", title: "Rain", readFor: "What the town did.", paragraphIds: ["p01", "p02", "p03"] },
        { id: "c2", title: "Later", readFor: "What people forgot.", paragraphIds: ["p04"] },
      ];
    });
    expect(issues).toEqual([]);
  });

  it("accepts a reading without a source link (a teacher's own text that is not online)", () => {
    expect(validate((r) => delete (r as Partial<Reading>).sourceUrl)).toEqual([]);
  });

  it("names the file of each issue", () => {
    const issues = validate((r, q) => {
      r.slug = "other";
      question(q, "q-single").answer = "z";
    });
    expect(issues.map((i) => `${i.file}: ${i.id}`)).toEqual(["reading.json: slug", "questions.json: q-single"]);
  });
});
