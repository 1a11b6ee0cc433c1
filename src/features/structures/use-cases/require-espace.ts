import { forbidden } from "next/navigation";
import type { Espace } from "@/generated/prisma/enums.ts";
import { getUserEspaces } from "@/features/structures/use-cases/get-user-espaces.ts";
import { requireUser } from "@/server/auth/session.ts";

/** For the page of an espace: the signed-in user, or a 403 page when none of their structures grants it. */
export async function requireEspace(espace: Espace) {
  const user = await requireUser();
  const espaces = await getUserEspaces(user.id);
  if (!espaces.has(espace)) forbidden();
  return user;
}
