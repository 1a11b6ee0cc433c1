import { forbidden } from "next/navigation";
import type { Espace } from "@/generated/prisma/enums.ts";
import { requireUser } from "@/server/auth/session.ts";
import { getUserEspaces } from "./get-user-espaces.ts";

/** For the page of an espace: the signed-in user, or a 403 page when none of their structures grants it. */
export async function requireEspace(espace: Espace) {
  const user = await requireUser();
  const espaces = await getUserEspaces({ userId: user.id });
  if (!espaces.has(espace)) forbidden();
  return user;
}
