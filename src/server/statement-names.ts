import { createHash } from "node:crypto";

/**
 * Names for the portal's SQL statements, so that each connection prepares a statement once and PostgreSQL skips its
 * parsing (and, after five runs, its planning) at every later run: Prisma's queries (lateral joins building JSON) took
 * 0.3-1.3 ms to plan for 0.05-0.7 ms of execution, most of PostgreSQL's CPU per page (decision 0025, fifth pass).
 * The same text always gets the same name. At most `limit` texts are named: every connection may hold that many
 * prepared statements, and a query whose text varies (an IN list of each length) stops being named once they are
 * spent, rather than filling the connections' memory: it goes unnamed (""), prepared for that run only, as before.
 */
export function statementNamer(limit = 2_000): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= limit) return "";
    const name = `s${createHash("sha1").update(sql).digest("base64url")}`;
    names.set(sql, name);
    return name;
  };
}
