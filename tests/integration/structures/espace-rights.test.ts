// Read-only rights that hold: a user given "consultation" on an espace reads it and changes nothing in it (each
// change refused with a French sentence), and editing, reactivating or re-attaching a user keeps the right the
// gestionnaire chose (never reset to modification).
import { describe, expect, it } from "vitest";
import { createDepositFlux } from "@/features/invoices/batch/use-cases/create-deposit-flux.ts";
import { changeInvoiceStatus, changeInvoicesStatus } from "@/features/invoices/lifecycle/index.ts";
import { getReceivedInvoice, listReceivedInvoices } from "@/features/invoices/received/index.ts";
import { espaceRight } from "@/features/structures/data/espace-grants.ts";
import { updateRattachementSchema } from "@/features/rattachements/schemas/users.ts";
import { acceptInvitation } from "@/features/rattachements/use-cases/accept-invitation.ts";
import { acceptRattachement } from "@/features/rattachements/use-cases/accept-rattachement.ts";
import { addEspaces } from "@/features/structures/use-cases/add-espaces.ts";
import { attachUser } from "@/features/rattachements/use-cases/attach-user.ts";
import { setUsersActive } from "@/features/rattachements/use-cases/set-users-active.ts";
import { updateUserRattachement } from "@/features/rattachements/use-cases/update-user-rattachement.ts";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createUser, openEspace } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";

const UBL = new TextEncoder().encode('<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>F1</ID></Invoice>');

/** The user's flags on each espace given to them. */
async function flagsOf(rattachementId: string) {
  const rows = await db.rattachementEspace.findMany({ where: { rattachementId }, orderBy: { espace: "asc" } });
  return Object.fromEntries(rows.map((row) => [row.espace, { consultation: row.consultation, modification: row.modification }]));
}

/** A public buyer whose agent has only "consultation" on Factures reçues, and an invoice it received. */
async function readerOfReceivedInvoices() {
  const buyer = await createManagedStructure({ kind: "PUBLIQUE", espaces: ["FACTURES_RECUES", "MON_COMPTE"] });
  const reader = await createUser();
  await db.rattachement.create({
    data: { userId: reader.id, structureId: buyer.structure.id, role: "UTILISATEUR_SIMPLE", status: "ACTIF", espaces: { create: [{ espace: "FACTURES_RECUES", consultation: true, modification: false }] } },
  });
  const supplier = await createManagedStructure();
  const invoice = await insertInvoice(supplier, {
    number: "F-LECTURE-1",
    status: "MISE_A_DISPOSITION",
    sentAt: new Date("2026-03-02T10:00:00Z"),
    totalGross: "120.00",
    recipientStructureId: buyer.structure.id,
  });
  return { buyer, reader, invoice };
}

describe("a user with consultation only", () => {
  it("on Factures reçues reads the list and the invoice, but cannot suspend it, alone or in a selection", async () => {
    const { buyer, reader, invoice } = await readerOfReceivedInvoices();
    const list = await listReceivedInvoices({ userId: reader.id, filters: {} });
    expect(list.invoices.map((row) => [row.id, row.mayModify])).toEqual([[invoice.id, false]]);
    expect((await listReceivedInvoices({ userId: buyer.principal.id, filters: {} })).invoices.map((row) => [row.id, row.mayModify])).toEqual([[invoice.id, true]]);
    expect((await getReceivedInvoice({ userId: reader.id, invoiceId: invoice.id })).id).toBe(invoice.id);

    const refusal = "Votre droit sur l'espace Factures reçues est la consultation : vous ne pouvez pas modifier cette facture.";
    await expect(changeInvoiceStatus({ userId: reader.id, invoiceId: invoice.id, action: "SUSPENDRE", motif: "Pièce manquante" })).rejects.toMatchObject({ code: "FORBIDDEN", message: refusal });
    expect(await changeInvoicesStatus({ userId: reader.id, invoiceIds: [invoice.id], action: "SUSPENDRE", motif: "Pièce manquante" })).toEqual({ changed: [], refused: [{ invoiceId: invoice.id, message: refusal }] });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("MISE_A_DISPOSITION");

    // Its gestionnaire, with the structure's opening in modification, still may.
    await expect(changeInvoiceStatus({ userId: buyer.principal.id, invoiceId: invoice.id, action: "SUSPENDRE", motif: "Pièce manquante" })).resolves.toMatchObject({ status: "SUSPENDUE" });
  });

  it("on Factures émises cannot send a Dépôt par lot", async () => {
    const supplier = await createManagedStructure({ kind: "PUBLIQUE", espaces: ["FACTURES_EMISES"] });
    const reader = await createUser();
    await db.rattachement.create({
      data: { userId: reader.id, structureId: supplier.structure.id, role: "UTILISATEUR_SIMPLE", status: "ACTIF", espaces: { create: [{ espace: "FACTURES_EMISES", consultation: true, modification: false }] } },
    });
    await expect(createDepositFlux({ userId: reader.id, input: { supplierStructureId: supplier.structure.id, cadre: "A1", files: [{ name: "f.xml", bytes: UBL }] } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Votre droit sur l'espace Factures émises est la consultation : vous ne pouvez pas saisir ou déposer de facture pour cette structure.",
    });
    expect(await db.depositFlux.count({ where: { supplierStructureId: supplier.structure.id } })).toBe(0);
  });

  it("gives its gestionnaires consultation only when the structure opens the espace in consultation", async () => {
    const buyer = await createManagedStructure({ kind: "PUBLIQUE", espaces: [] });
    await db.structureEspace.create({ data: { structureId: buyer.structure.id, espace: "FACTURES_RECUES", consultation: true, modification: false } });
    expect(await espaceRight(db, buyer.principal.id, buyer.structure.id, "FACTURES_RECUES")).toBe("CONSULTATION");
  });
});

describe("editing or re-attaching a user keeps the right the gestionnaire chose", () => {
  async function structureWithReader() {
    const managed = await createManagedStructure({ kind: "PUBLIQUE", espaces: ["FACTURES_RECUES", "FACTURES_EMISES", "MON_COMPTE"] });
    const user = await createUser();
    const request = await attach(user.id, managed.structure.id, { status: "EN_ATTENTE" });
    await acceptRattachement({ userId: managed.principal.id, input: { rattachementId: request.id, role: "UTILISATEUR_SIMPLE", serviceIds: [], consultation: ["FACTURES_RECUES"], modification: ["FACTURES_EMISES"] } });
    return { ...managed, user, rattachementId: request.id };
  }

  it("accepting a request keeps consultation as consultation", async () => {
    const { user, structure, rattachementId } = await structureWithReader();
    expect(await flagsOf(rattachementId)).toEqual({ FACTURES_EMISES: { consultation: true, modification: true }, FACTURES_RECUES: { consultation: true, modification: false } });
    expect(await espaceRight(db, user.id, structure.id, "FACTURES_RECUES")).toBe("CONSULTATION");
  });

  it("« Modifier » keeps each espace's right as the form says it, through the form's schema", async () => {
    const { principal, structure, rattachementId } = await structureWithReader();
    // The form posts « Consultation » (espaces) and « Modification » checkboxes: FACTURES_RECUES read only, as before.
    const input = updateRattachementSchema.parse({ role: "GESTIONNAIRE_SECONDAIRE", serviceIds: [], espaces: ["FACTURES_RECUES", "FACTURES_EMISES"], modification: ["FACTURES_EMISES"] });
    await updateUserRattachement({ userId: principal.id, structureId: structure.id, rattachementId, input });
    const back = updateRattachementSchema.parse({ role: "UTILISATEUR_SIMPLE", serviceIds: [], espaces: ["FACTURES_RECUES", "FACTURES_EMISES"], modification: ["FACTURES_EMISES"] });
    await updateUserRattachement({ userId: principal.id, structureId: structure.id, rattachementId, input: back });
    expect(await flagsOf(rattachementId)).toEqual({ FACTURES_EMISES: { consultation: true, modification: true }, FACTURES_RECUES: { consultation: true, modification: false } });
  });

  it("deactivating then reactivating a user, and re-opening the espace to the structure, change nothing of their rights", async () => {
    const { principal, user, structure, rattachementId } = await structureWithReader();
    await setUsersActive({ userId: principal.id, structureId: structure.id, rattachementIds: [rattachementId], active: false });
    await setUsersActive({ userId: principal.id, structureId: structure.id, rattachementIds: [rattachementId], active: true });
    await addEspaces({ userId: principal.id, structureId: structure.id, input: { services: ["TOUS"], consultation: ["FACTURES_RECUES"], modification: ["FACTURES_RECUES"] } });
    expect(await flagsOf(rattachementId)).toEqual({ FACTURES_EMISES: { consultation: true, modification: true }, FACTURES_RECUES: { consultation: true, modification: false } });
    expect(await espaceRight(db, user.id, structure.id, "FACTURES_RECUES")).toBe("CONSULTATION");
  });

  it("an invitation keeps the right chosen, once accepted", async () => {
    const managed = await createManagedStructure({ kind: "PUBLIQUE", espaces: ["FACTURES_RECUES", "MON_COMPTE"] });
    const invited = await createUser();
    await attachUser({ userId: managed.principal.id, structureId: managed.structure.id, input: { email: invited.loginEmail, role: "UTILISATEUR_SIMPLE", serviceIds: [], espaces: ["FACTURES_RECUES"], modification: [] } });
    const invitation = await db.rattachement.findFirstOrThrow({ where: { userId: invited.id, structureId: managed.structure.id } });
    expect(await flagsOf(invitation.id)).toEqual({ FACTURES_RECUES: { consultation: true, modification: false } });
    await acceptInvitation({ userId: invited.id, rattachementId: invitation.id });
    expect(await flagsOf(invitation.id)).toEqual({ FACTURES_RECUES: { consultation: true, modification: false } });
    expect(await espaceRight(db, invited.id, managed.structure.id, "FACTURES_RECUES")).toBe("CONSULTATION");
  });

  it("a per-service opening in modification gives modification on that service's invoices only", async () => {
    const buyer = await createManagedStructure({ kind: "PUBLIQUE", espaces: [] });
    await db.structureEspace.create({ data: { structureId: buyer.structure.id, espace: "FACTURES_RECUES", consultation: true, modification: false } });
    await openEspace(buyer.structure.id, "FACTURES_RECUES", buyer.defaultService.id);
    expect(await espaceRight(db, buyer.principal.id, buyer.structure.id, "FACTURES_RECUES", buyer.defaultService.id)).toBe("MODIFICATION");
    expect(await espaceRight(db, buyer.principal.id, buyer.structure.id, "FACTURES_RECUES")).toBe("MODIFICATION");
    expect(await espaceRight(db, buyer.principal.id, buyer.structure.id, "FACTURES_RECUES", null)).toBe("CONSULTATION");
    const other = await db.service.create({ data: { structureId: buyer.structure.id, code: "AUTRE", libelle: "Autre" } });
    expect(await espaceRight(db, buyer.principal.id, buyer.structure.id, "FACTURES_RECUES", other.id)).toBe("CONSULTATION");
  });
});
