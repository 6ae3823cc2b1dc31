import { z } from "zod";

/** An id from a URL or hidden field: Prisma's cuid, so ids are not guessable (and still ownership-checked). */
export const idSchema = z.cuid("That link is not valid.");

/** A checkbox: present ("on") when ticked, absent otherwise. */
export const checkboxSchema = z
  .literal("on", "A checkbox is either ticked or not.")
  .optional()
  .transform((value) => value === "on");

/** A toggle button's value: "true" or "false". */
export const booleanChoiceSchema = z.enum(["true", "false"], "Use one of the buttons.").transform((value) => value === "true");
