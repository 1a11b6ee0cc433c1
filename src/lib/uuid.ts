// The one check of a row id (a UUID), for zod schemas and plain code alike. Any 8-4-4-4-12 hexadecimal text is
// accepted, as PostgreSQL's uuid type accepts it (no version nor variant check: an id the database could hold is never
// refused as malformed). Checked before a query, so that a mistyped address is "not found" like any other missing row
// instead of a database error.
import { z } from "zod";

/** The schema of a row id; `message` is the form's French error when the text is not one. */
export const uuid = (message?: string) => z.guid(message);

const anyUuid = uuid();

export const isUuid = (value: string) => anyUuid.safeParse(value).success;
