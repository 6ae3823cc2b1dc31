/**
 * A small valid reading folder (as parsed JSON) for validator tests: four
 * paragraphs in two chunks and one question of every type. Tests clone it
 * and break one thing.
 */
export function tinyReading() {
  return {
    slug: "tiny",
    title: "A Tiny Reading",
    dek: "Four paragraphs about rain.",
    author: "Ada Author",
    publication: "The Test Gazette",
    publishedOn: "2024-05-01",
    sourceUrl: "https://example.org/tiny",
    readingMinutes: 1,
    attribution: "Ada Author, “A Tiny Reading,” The Test Gazette.",
    classroomNote: "Written for the tests.",
    published: true,
    paragraphs: [
      { id: "p01", sentences: ["It rained on Monday.", "The river rose."] },
      { id: "p02", sentences: ["The town built a levee.", "It held."] },
      { id: "p03", sentences: ["Then came a drought."] },
      { id: "p04", sentences: ["The river fell.", "Nobody remembered the levee."] },
    ],
    chunks: [
      { id: "c1", title: "Rain", readFor: "What the town did.", paragraphIds: ["p01", "p02"] },
      { id: "c2", title: "Drought", readFor: "What people forgot.", paragraphIds: ["p03", "p04"] },
    ],
    glossary: [{ id: "levee", term: "levee", aliases: ["levees"], definition: "A bank built to stop a river flooding." }],
    contextNotes: [{ id: "n-monday", paragraphId: "p01", anchor: "on Monday", note: "The first Monday of May." }],
  };
}

const base = (id: string, chunkId: string) => ({
  id,
  chunkId,
  skill: "literal",
  difficulty: 1,
  prompt: `Prompt of ${id}`,
  explanation: `Explanation of ${id}`,
  cites: ["p01"],
});

const option = (id: string) => ({ id, text: `Option ${id}`, feedback: `Feedback on ${id}` });

export function tinyQuestions() {
  return {
    questions: [
      { ...base("q-single", "c1"), type: "single_choice", options: [option("a"), option("b")], answer: "a" },
      { ...base("q-multi", "c1"), type: "multiple_select", options: [option("a"), option("b"), option("c")], answer: ["a", "b"] },
      {
        ...base("q-tf", "c1"),
        type: "true_false",
        statement: "The levee held.",
        answer: true,
        trueFeedback: "Yes, it held.",
        falseFeedback: "It did hold.",
        why: { prompt: "Why?", options: [option("w1"), option("w2")], answer: "w1" },
      },
      {
        ...base("q-order", "c2"),
        type: "ordering",
        items: [
          { id: "e1", text: "Rain" },
          { id: "e2", text: "Levee" },
          { id: "e3", text: "Drought" },
        ],
        answer: ["e1", "e2", "e3"],
      },
      {
        ...base("q-match", "c2"),
        type: "matching",
        left: [
          { id: "l1", text: "rain" },
          { id: "l2", text: "drought" },
        ],
        right: [
          { id: "r1", text: "too much water" },
          { id: "r2", text: "too little water" },
          { id: "r3", text: "a distractor" },
        ],
        answer: { l1: "r1", l2: "r2" },
      },
      {
        ...base("q-short", "c2"),
        stage: "after-reading",
        type: "short_answer",
        maxWords: 50,
        rubric: { criteria: [{ id: "k1", description: "Names the levee.", points: 2 }], modelAnswer: "The levee was forgotten." },
      },
      {
        ...base("q-evidence", "c1"),
        type: "evidence",
        claim: "The town protected itself.",
        answer: ["p02.s1"],
        acceptable: ["p02.s2"],
      },
    ],
  };
}
