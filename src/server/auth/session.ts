import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db.ts";
import { authOptions } from "./options.ts";

export type CurrentUser = { id: string; email: string; nom: string; prenom: string };

/** The signed-in, still active user, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, loginEmail: true, nom: true, prenom: true, status: true } });
  if (!user || user.status !== "ACTIF") return null;
  return { id: user.id, email: user.loginEmail, nom: user.nom, prenom: user.prenom };
});

/**
 * The signed-in user, or a redirect to the login form that brings the user back to the requested page
 * afterwards (the path set by src/proxy.ts, or `returnTo`; only paths of this site are accepted).
 */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = returnTo ?? (await headers()).get("x-pathname") ?? undefined;
    redirect(path?.startsWith("/") && !path.startsWith("//") ? `/?session=expiree&retour=${encodeURIComponent(path)}` : "/?session=expiree");
  }
  return user;
}
