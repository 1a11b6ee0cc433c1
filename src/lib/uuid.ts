// Whether a text is a UUID: the ids of the portal's rows. Checked before a query, so that a mistyped address is
// "not found" like any other missing row instead of a database error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);
