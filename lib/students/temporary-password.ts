import { randomInt } from "node:crypto";

// Lower-case letters and digits without look-alikes (0/o, 1/l/i), grouped for reading aloud.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A password a teacher reads to a student: three groups of four, e.g. "k7m2-pq9x-4wza" (about 59 bits). */
export function generateTemporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group()].join("-");
}
