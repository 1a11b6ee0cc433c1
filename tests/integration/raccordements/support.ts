// What the Raccordements tests share: two structures each with its gestionnaires (principal, secondaire) and a simple
// user, and a request the API caller check reads a bearer token from.
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createUser } from "../factories.ts";

export async function managedStructure() {
  const { structure, principal } = await createManagedStructure({ espaces: ["FACTURES_EMISES", "FACTURES_RECUES", "MON_COMPTE"] });
  const secondary = await createUser();
  await attach(secondary.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE" });
  const simple = await createUser();
  await attach(simple.id, structure.id, { espaces: ["FACTURES_EMISES"] });
  return { structure, principal, secondary, simple };
}

export const bearer = (token: string) => new Request("http://localhost/api/v1/x", { headers: { authorization: `Bearer ${token}` } });

/** The audit rows of a target, oldest first. */
export const auditOf = (targetId: string) => db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

/** Waits for the next second: a token's date is in seconds, and one issued in the second of a rotation is still taken as issued after it. */
export const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1_010 - (Date.now() % 1_000)));
