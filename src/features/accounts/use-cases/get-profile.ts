import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { COUNTRY_NAMES, DEFAULT_COUNTRY } from "@/lib/countries.ts";
import type { ProfileInput } from "../schemas.ts";

const isCountry = (value: string): value is ProfileInput["pays"] => (COUNTRY_NAMES as readonly string[]).includes(value);

export type Profile = { loginEmail: string; values: ProfileInput };

/** The signed-in user's own account, as Mon compte shows it and "Modifier mes informations" fills its form. */
export async function getProfile({ userId }: { userId: string }): Promise<Profile> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("Compte introuvable.");
  return {
    loginEmail: user.loginEmail,
    values: {
      contactEmail: user.contactEmail ?? "",
      nom: user.nom,
      prenom: user.prenom,
      adresse: user.adresse,
      complementAdresse1: user.complementAdresse1 ?? "",
      complementAdresse2: user.complementAdresse2 ?? "",
      codePostal: user.codePostal,
      ville: user.ville,
      pays: isCountry(user.pays) ? user.pays : DEFAULT_COUNTRY,
      telephone: user.telephone ?? "",
      fax: user.fax ?? "",
    },
  };
}
