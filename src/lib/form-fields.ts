// Fields of the forms that arrive as FormData, shared by the areas' zod schemas. Pure.
import { z } from "zod";
import { uuid } from "@/lib/uuid.ts";

/** A required text field, trimmed, of at most `max` characters. */
export const requiredText = (message: string, max = 200) =>
  z.string({ error: message }).trim().min(1, message).max(max, `Ce champ compte au plus ${max} caractères.`);

/** The row ids of a checkbox group (FormData.getAll). */
export const idList = (message: string) => z.array(uuid(message));

/** A form's fields; those named in `lists` are multi-valued (checkbox groups). */
export function formValues(formData: FormData, lists: string[] = []) {
  const values: Record<string, unknown> = Object.fromEntries(formData);
  for (const name of lists) values[name] = formData.getAll(name);
  return values;
}

/**
 * A form's schema with the ids its page bound to the action (the structure's, the service's…): the ids are taken as
 * given, for the use case to check, and the fields keep their own paths in the errors.
 */
export const withIds = <Ids extends Record<string, z.ZodString>, Schema extends z.ZodType>(ids: Ids, schema: Schema) => z.intersection(z.object(ids), schema);
