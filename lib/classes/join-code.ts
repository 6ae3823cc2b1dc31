import { randomInt } from "node:crypto";

export const JOIN_CODE_LENGTH = 6;

// No 0/O, 1/I/L: codes are read aloud and copied from a board.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A random join code: 31^6 (about 887 million) possibilities, guessed only through the join rate limits. */
export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
