import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { ROLE_LABELS } from "@/features/structures/index.ts";
import type { AcceptRattachementInput } from "../schemas/rattachement.ts";
import { grantableEspaces, notifyRequester, recordDecision, requestToDecide } from "../data/rattachement-decision.ts";

/**
 * "Accepter": the requester joins the structure with the role, services (none = every service) and espaces chosen
 * by one of its gestionnaires.
 */
export async function acceptRattachement({ userId, input }: { userId: string; input: AcceptRattachementInput }) {
  await db.$transaction(async (tx) => {
    const request = await requestToDecide(tx, userId, input.rattachementId);

    const serviceIds = [...new Set(input.serviceIds)];
    const services = await tx.service.count({ where: { id: { in: serviceIds }, structureId: request.structureId } });
    if (services !== serviceIds.length) throw new AppError("VALIDATION", "Choisissez des services de la structure.", "serviceIds");

    const grantable = new Set(await grantableEspaces(tx, request.structureId));
    const chosen = new Set([...input.consultation, ...input.modification]);
    if ([...chosen].some((espace) => !grantable.has(espace))) throw new AppError("VALIDATION", "Choisissez des espaces ouverts par la structure.", "consultation");

    await recordDecision(tx, userId, request.id, { status: "ACTIF", role: input.role });
    await tx.rattachementService.createMany({ data: serviceIds.map((serviceId) => ({ rattachementId: request.id, serviceId })) });
    await tx.rattachementEspace.createMany({
      data: [...chosen].map((espace) => ({
        rattachementId: request.id,
        espace,
        consultation: true,
        modification: input.modification.includes(espace),
      })),
    });
    await notifyRequester(tx, request, { accepted: true, roleLabel: ROLE_LABELS[input.role] });
  });
}
