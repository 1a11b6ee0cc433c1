// The people of the sollicitations' tests: a supplier (its gestionnaire, a reader with consultation only) whose
// invoice the buyer rejected, the buyer (a public structure opening Sollicitations reçues, one agent), another
// supplier and another public structure (each a stranger to the others' sollicitations), a platform administrator.
import { randomBytes } from "node:crypto";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createPublicStructure, createUser, openEspace } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";

const siret = () => Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join("");
export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function publicStructureWithAgent(raisonSociale: string) {
  const structure = await createPublicStructure({ identifier: siret(), raisonSociale, services: [{ code: "ACHATS", libelle: "Service des achats" }] });
  const service = await db.service.findFirstOrThrow({ where: { structureId: structure.id } });
  await openEspace(structure.id, "SOLLICITATIONS_RECUES");
  const agent = await createUser();
  await attach(agent.id, structure.id, { espaces: ["SOLLICITATIONS_RECUES"] });
  return { structure, service, agent };
}

export async function buildSollicitationWorld() {
  const supplier = await createManagedStructure();
  const reader = await createUser();
  await db.rattachement.create({
    data: {
      userId: reader.id,
      structureId: supplier.structure.id,
      role: "UTILISATEUR_SIMPLE",
      status: "ACTIF",
      espaces: { create: [{ espace: "SOLLICITATIONS_EMISES", consultation: true, modification: false }, { espace: "FACTURES_EMISES", consultation: true, modification: false }] },
    },
  });
  const buyer = await publicStructureWithAgent(`ACHETEUR ${randomBytes(3).toString("hex").toUpperCase()}`);
  const otherBuyer = await publicStructureWithAgent(`AUTRE ACHETEUR ${randomBytes(3).toString("hex").toUpperCase()}`);
  const otherSupplier = await createManagedStructure();
  const admin = await createUser();
  await db.user.update({ where: { id: admin.id }, data: { platformRole: "ADMINISTRATEUR" } });
  const rejected = await insertInvoice(supplier, {
    number: `F-${randomBytes(3).toString("hex").toUpperCase()}`,
    status: "REJETEE",
    sentAt: new Date("2026-03-02T10:00:00Z"),
    totalGross: "120.00",
    recipientStructureId: buyer.structure.id,
    recipientServiceId: buyer.service.id,
    historyActorId: buyer.agent.id,
    motif: "Montant de la facture erroné",
  });
  return { supplier, reader, buyer, otherBuyer, otherSupplier, admin, rejected };
}

export type SollicitationWorld = Awaited<ReturnType<typeof buildSollicitationWorld>>;

/** A question about the rejected invoice, as "Poser une question" pre-fills it. */
export const questionAbout = (world: SollicitationWorld) => ({
  authorStructureId: world.supplier.structure.id,
  category: "Suivi du traitement d'une facture",
  subCategory: "Facture rejetée",
  subject: `Facture n° ${world.rejected.invoiceNumber} : Rejetée`,
  message: "Bonjour, pourquoi cette facture a-t-elle été rejetée ?",
  addresseeStructureId: world.buyer.structure.id,
  addresseeServiceId: world.buyer.service.id,
  invoiceId: world.rejected.id,
});
