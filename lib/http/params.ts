import { z } from "zod";
import { idSchema } from "@/lib/forms/schemas";

/** A route's URL parameters that are record ids (cuids): `idParams("attemptId")` for `/api/attempts/[attemptId]/...`. */
export function idParams<Name extends string>(...names: Name[]) {
  return z.object(Object.fromEntries(names.map((name) => [name, idSchema])) as Record<Name, typeof idSchema>);
}
