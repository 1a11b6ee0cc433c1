import { requireOwnInvoice } from "@/features/invoices/common/index.ts";
import { requireEspaceRight } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { addresseeKindOf } from "../rules/categories.ts";
import type { CreateSollicitationInput } from "../schemas.ts";
import { checkedFiles, type UploadedFile } from "../data/files.ts";
import { notifyAddressee } from "../data/notifications.ts";
import { nextSollicitationNumber } from "../data/numbering.ts";

/**
 * "Saisir sollicitation": a user with "Sollicitations émises" in modification on their structure asks the support or a
 * public structure (one of its services, or all), optionally about one of their structure's invoices; Déposée, with
 * its number, its files, and the addressee's users told (fil, e-mail).
 */
export async function createSollicitation({ userId, input, files = [], now = new Date() }: { userId: string; input: CreateSollicitationInput; files?: UploadedFile[]; now?: Date }) {
  await requireEspaceRight(db, userId, input.authorStructureId, "SOLLICITATIONS_EMISES", "MODIFICATION", { what: "créer une sollicitation" });
  const kind = addresseeKindOf(input.category, input.subCategory);
  if (!kind) throw new AppError("VALIDATION", "Choisissez une sous-catégorie de la catégorie.", "subCategory");
  const stored = await checkedFiles(files);

  return db.$transaction(async (tx) => {
    let addresseeStructureId: string | null = null;
    let addresseeServiceId: string | null = null;
    if (kind === "STRUCTURE") {
      const addressee = input.addresseeStructureId
        ? await tx.structure.findFirst({ where: { id: input.addresseeStructureId, kind: "PUBLIQUE", status: "ACTIF" }, select: { id: true } })
        : null;
      if (!addressee) throw new AppError("VALIDATION", "Recherchez la structure publique destinataire de la sollicitation.", "addresseeStructureId");
      addresseeStructureId = addressee.id;
      if (input.addresseeServiceId) {
        const service = await tx.service.findFirst({ where: { id: input.addresseeServiceId, structureId: addressee.id, actif: true }, select: { id: true } });
        if (!service) throw new AppError("VALIDATION", "Ce service n'est pas un service actif de la structure destinataire.", "addresseeServiceId");
        addresseeServiceId = service.id;
      }
    }
    if (input.invoiceId) {
      const invoice = await requireOwnInvoice(tx, userId, input.invoiceId);
      if (invoice.supplierStructureId !== input.authorStructureId) throw new AppError("VALIDATION", "Cette facture n'a pas été émise par la structure choisie.", "invoiceId");
    }
    const sollicitation = await tx.sollicitation.create({
      data: {
        number: await nextSollicitationNumber(tx, now),
        authorId: userId,
        authorStructureId: input.authorStructureId,
        addresseeKind: kind,
        addresseeStructureId,
        addresseeServiceId,
        invoiceId: input.invoiceId ?? null,
        category: input.category,
        subCategory: input.subCategory,
        subject: input.subject,
        message: input.message,
        status: "DEPOSEE",
        statusChangedAt: now,
        createdAt: now,
        history: { create: { status: "DEPOSEE", actorId: userId, createdAt: now } },
        attachments: { create: stored.map((file) => ({ ...file, createdAt: now })) },
      },
      select: { id: true, number: true, subject: true, authorStructureId: true, addresseeKind: true, addresseeStructureId: true, addresseeServiceId: true },
    });
    await notifyAddressee(tx, sollicitation, "NOUVELLE");
    return { id: sollicitation.id, number: sollicitation.number };
  });
}
