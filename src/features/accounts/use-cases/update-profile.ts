import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { emptyToNull, postalAddressData } from "@/lib/postal-address.ts";
import type { ProfileInput } from "../schemas.ts";

/** "Modifier mes informations": the user changes their own account, every field but the login address. */
export async function updateProfile({ userId, input }: { userId: string; input: ProfileInput }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "ACTIF" },
      data: {
        contactEmail: emptyToNull(input.contactEmail),
        nom: input.nom,
        prenom: input.prenom,
        ...postalAddressData(input),
      },
    });
    if (count !== 1) throw notFound("Compte introuvable.");
  });
}
