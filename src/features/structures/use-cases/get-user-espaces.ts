import { cache } from "react";
import { userGrants } from "../data/user-grants.ts";
import { grantedEspaces } from "../rules/espaces.ts";

const userEspaces = cache(async (userId: string) => grantedEspaces(await userGrants(userId)));

/** The espaces a user may open (at least in consultation). Read once per request: the header's tabs and the page's own check both ask. */
export function getUserEspaces({ userId }: { userId: string }) {
  return userEspaces(userId);
}
