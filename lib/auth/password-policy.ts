import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "./password-length";

// argon2 would hash anything; the cap keeps a huge body from costing the server.
export const PASSWORD_MAX_LENGTH = 200;

/**
 * Passwords that are long enough but among the first an attacker tries
 * (from public breach lists, plus the obvious ones for a school app).
 */
const COMMON_PASSWORDS = new Set([
  "1234567890", "0123456789", "0987654321", "9876543210", "1111111111", "0000000000", "1234512345",
  "123123123123", "1q2w3e4r5t", "1qaz2wsx3edc", "zaq12wsxcde3", "qwertyuiop", "qwerty1234", "qwerty12345",
  "qwertyuiop1", "asdfghjkl1", "asdfghjkl;", "zxcvbnm123", "abcdefghij", "abcd123456", "a123456789",
  "123456789a", "password12", "password123", "password1234", "password12345", "password!!", "password1!",
  "passw0rd123", "p@ssword123", "p@ssw0rd123", "iloveyou123", "iloveyou12", "letmein123", "welcome123",
  "welcome1234", "changeme123", "administrator", "football123", "baseball123", "basketball", "basketball1",
  "princess123", "sunshine123", "superman123", "batman1234", "monkey1234", "dragon1234", "starwars123",
  "trustno1234", "computer123", "internet123", "pokemon123", "minecraft123", "fortnite123", "roblox12345",
  "chocolate1", "butterfly1", "whatever123", "michael123", "jennifer123", "charlie123", "thomas1234",
  "teacher123", "teacher1234", "student123", "student1234", "school1234", "school12345", "classroom1",
  "classroom123", "homework123", "closeread1", "closeread123", "read-closely", "readclosely",
]);

function tooPredictable(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase()) || new Set(password.toLowerCase()).size < 4;
}

/** A new password: long enough, not on the common list, not made of a few repeated characters. */
export const newPasswordSchema = z
  .string("Choose a password.")
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((password) => !tooPredictable(password), {
    message: "This password is too common or too easy to guess. Try a few unrelated words.",
  });
