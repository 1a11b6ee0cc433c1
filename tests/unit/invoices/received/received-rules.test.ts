// "Factures reçues": who sees what (scopes), the search criteria, the actions each status allows and their form.
import { describe, expect, it } from "vitest";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { REJECTION_MOTIFS } from "@/features/invoices/lifecycle/rules/lifecycle-contract.ts";
import { parisDayEnd, parisDayStart } from "@/lib/paris-day.ts";
import { recipientActionSchema, recipientSelectionActionSchema } from "@/features/invoices/received/schemas.ts";
import { recipientActionsFor } from "@/features/invoices/received/rules/recipient-moves.ts";
import { receivedFiltersWhere, receivedOrderBy } from "@/features/invoices/received/data/received-filters.ts";
import { receivedInvoiceWhere } from "@/features/invoices/common/data/invoice-where.ts";
import { receivedScope, type ReceivedGrant } from "@/features/invoices/common/rules/received-scope.ts";
import { parseReceivedSearch, receivedSearchHref } from "@/features/invoices/received/rules/received-search.ts";
import { RECEIVED_STATUSES, receivedAtAfter } from "@/features/invoices/common/rules/side-statuses.ts";

const S1 = "11111111-1111-4111-8111-111111111111";
const S2 = "22222222-2222-4222-8222-222222222222";
const S3 = "33333333-3333-4333-8333-333333333333";
const grant = (overrides: Partial<ReceivedGrant> = {}): ReceivedGrant => ({
  structureId: "structure",
  role: "UTILISATEUR_SIMPLE",
  userEspaces: ["FACTURES_RECUES"],
  structureEspaces: [{ espace: "FACTURES_RECUES", serviceId: null }],
  serviceIds: [],
  ...overrides,
});

describe("received statuses", () => {
  it("start when the invoice is made available: never a draft, one on its way or one waiting for the holder of the contract", () => {
    for (const hidden of ["BROUILLON", "DEPOSEE", "EN_COURS_ACHEMINEMENT", "A_VALIDER_1", "VALIDEE_1", "REFUSEE_1"]) expect(RECEIVED_STATUSES).not.toContain(hidden);
    expect(RECEIVED_STATUSES).toEqual(expect.arrayContaining(["MISE_A_DISPOSITION", "SUSPENDUE", "COMPLETEE", "REJETEE", "MISE_EN_PAIEMENT"]));
  });
});

describe("receivedScope", () => {
  it("opens the whole structure to a user given the espace, and to a gestionnaire without it", () => {
    expect(receivedScope(grant())).toEqual({ structureId: "structure", serviceIds: null });
    expect(receivedScope(grant({ role: "GESTIONNAIRE_SECONDAIRE", userEspaces: [] }))).toEqual({ structureId: "structure", serviceIds: null });
  });

  it("opens nothing when the user was not given the espace, or the structure does not open it", () => {
    expect(receivedScope(grant({ userEspaces: ["FACTURES_EMISES"] }))).toBeNull();
    expect(receivedScope(grant({ structureEspaces: [{ espace: "FACTURES_EMISES", serviceId: null }] }))).toBeNull();
    expect(receivedScope(grant({ role: "GESTIONNAIRE_PRINCIPAL", structureEspaces: [] }))).toBeNull();
  });

  it("restricts to the rattachement's services, and to the services the structure opens the espace for", () => {
    expect(receivedScope(grant({ serviceIds: [S2, S1] }))).toEqual({ structureId: "structure", serviceIds: [S1, S2] });
    const openedFor = [
      { espace: "FACTURES_RECUES" as const, serviceId: S1 },
      { espace: "FACTURES_RECUES" as const, serviceId: S3 },
    ];
    expect(receivedScope(grant({ structureEspaces: openedFor }))).toEqual({ structureId: "structure", serviceIds: [S1, S3] });
    expect(receivedScope(grant({ structureEspaces: openedFor, serviceIds: [S1, S2] }))).toEqual({ structureId: "structure", serviceIds: [S1] });
    expect(receivedScope(grant({ structureEspaces: openedFor, serviceIds: [S2] }))).toBeNull();
  });
});

describe("receivedInvoiceWhere", () => {
  it("keeps the invoices received (made available), in a received status, of the structures (or services) in reach", () => {
    const received = { status: { in: [...RECEIVED_STATUSES] }, receivedAt: { not: null } };
    expect(receivedInvoiceWhere([{ structureId: "a", serviceIds: null }])).toEqual({ ...received, recipientStructureId: "a" });
    expect(
      receivedInvoiceWhere([
        { structureId: "a", serviceIds: null },
        { structureId: "b", serviceIds: null },
        { structureId: "c", serviceIds: [S1] },
      ]),
    ).toEqual({
      ...received,
      OR: [{ recipientStructureId: { in: ["a", "b"] } }, { recipientStructureId: "c", recipientServiceId: { in: [S1] } }],
    });
  });
});

describe("receivedAtAfter", () => {
  it("sets the date when the invoice is made available, clears it when it is recycled, keeps it otherwise", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    expect(receivedAtAfter("MISE_A_DISPOSITION", now)).toEqual({ receivedAt: now });
    expect(receivedAtAfter("DEPOSEE", now)).toEqual({ receivedAt: null });
    for (const status of ["A_RECYCLER", "REJETEE", "SUSPENDUE", "COMPLETEE", "MISE_EN_PAIEMENT", "EN_COURS_ACHEMINEMENT"] as const) {
      expect(receivedAtAfter(status, now)).toEqual({});
    }
  });
});

describe("parseReceivedSearch", () => {
  it("reads the form's parameters into filters, with the defaults of the list", () => {
    const { filters, fieldErrors } = parseReceivedSearch({
      numero: " F-2026 ",
      fournisseur: "chorus",
      statut: "REJETEE",
      service: S1,
      du: "2026-01-01",
      au: "2026-12-31",
      montantMin: "1 250,5",
      montantMax: "5000",
      page: "3",
      inconnu: "x",
    });
    expect(fieldErrors).toBeUndefined();
    expect(filters).toEqual({
      number: "F-2026",
      supplier: "chorus",
      status: "REJETEE",
      serviceId: S1,
      depositFrom: "2026-01-01",
      depositTo: "2026-12-31",
      amountMin: "1250.5",
      amountMax: "5000",
      sort: "date",
      direction: "desc",
      page: 3,
    });
    expect(parseReceivedSearch({}).filters).toEqual({ sort: "date", direction: "desc", page: 1 });
    expect(parseReceivedSearch({ tri: "numero" }).filters).toMatchObject({ sort: "numero", direction: "asc" });
    expect(parseReceivedSearch({ tri: "montant", ordre: "asc", page: ["2", "9"] }).filters).toMatchObject({ sort: "montant", direction: "asc", page: 2 });
  });

  it("puts a French message next to each wrong criterion", () => {
    const { filters, fieldErrors } = parseReceivedSearch({ statut: "BROUILLON", service: "x", du: "2026-02-30", montantMin: "-3", montantMax: "abc" });
    expect(filters).toBeUndefined();
    expect(fieldErrors).toEqual({
      statut: "Choisissez un statut de la liste.",
      service: "Choisissez un service de la liste.",
      du: "Saisissez une date valide (JJ/MM/AAAA).",
      montantMin: "Saisissez un montant positif, par exemple 1250,50.",
      montantMax: "Saisissez un montant positif, par exemple 1250,50.",
    });
    expect(parseReceivedSearch({ du: "2026-03-01", au: "2026-02-01" }).fieldErrors).toEqual({ au: "La date de fin doit être égale ou postérieure à la date de début." });
    expect(parseReceivedSearch({ montantMin: "100", montantMax: "99,99" }).fieldErrors).toEqual({ montantMax: "Le montant maximum doit être supérieur ou égal au montant minimum." });
  });

  it("ignores a sort, order or page it does not know rather than refusing the search", () => {
    expect(parseReceivedSearch({ tri: "x", ordre: "y", page: "-1" }).filters).toEqual({ sort: "date", direction: "desc", page: 1 });
  });
});

describe("receivedSearchHref", () => {
  it("keeps the criteria, applies the changes and drops the empty ones", () => {
    expect(receivedSearchHref({})).toBe("/factures-recues");
    expect(receivedSearchHref({ numero: "F 1", statut: "REJETEE", page: "2" }, { page: "3", statut: "" })).toBe("/factures-recues?numero=F+1&page=3");
  });
});

describe("Paris days", () => {
  it("start at Paris midnight, summer and winter", () => {
    expect(parisDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(parisDayStart("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(parisDayEnd("2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(parisDayStart("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(parisDayEnd("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });
});

describe("receivedFiltersWhere and receivedOrderBy", () => {
  it("turns each criterion into its condition", () => {
    expect(receivedFiltersWhere({})).toEqual([]);
    expect(
      receivedFiltersWhere({ number: "F-1", supplier: "123 456", status: "SUSPENDUE", serviceId: S1, depositFrom: "2026-01-15", depositTo: "2026-01-15", amountMin: "10", amountMax: "20.5" }),
    ).toEqual([
      { sentNumber: { startsWith: "F-1", mode: "insensitive" } },
      { supplierStructure: { OR: [{ raisonSociale: { contains: "123 456", mode: "insensitive" } }, { identifier: { startsWith: "123456", mode: "insensitive" } }] } },
      { status: "SUSPENDUE" },
      { recipientServiceId: S1 },
      { sentAt: { gte: new Date("2026-01-14T23:00:00Z") } },
      { sentAt: { lt: new Date("2026-01-15T23:00:00Z") } },
      { totalGross: { gte: "10" } },
      { totalGross: { lte: "20.5" } },
    ]);
  });

  it("never widens the list with a status outside « Factures reçues »", () => {
    expect(receivedFiltersWhere({ status: "BROUILLON" as never })).toEqual([{ id: { in: [] } }]);
  });

  it("sorts by the column asked for, then by id in the same direction", () => {
    expect(receivedOrderBy({})).toEqual([{ sentAt: "desc" }, { id: "desc" }]);
    expect(receivedOrderBy({ sort: "montant", direction: "asc" })).toEqual([{ totalGross: "asc" }, { id: "asc" }]);
    expect(receivedOrderBy({ sort: "numero", direction: "asc" })).toEqual([{ sentNumber: "asc" }, { id: "asc" }]);
    expect(receivedOrderBy({ sort: "statut", direction: "desc" })).toEqual([{ status: "desc" }, { id: "desc" }]);
  });
});

describe("recipientActionsFor", () => {
  it("offers nothing before the invoice is made available, nor once it is final", () => {
    const none: InvoiceStatus[] = ["BROUILLON", "DEPOSEE", "EN_COURS_ACHEMINEMENT", "A_VALIDER_1", "VALIDEE_1", "REFUSEE_1", "A_RECYCLER", "REJETEE", "MISE_EN_PAIEMENT"];
    for (const status of none) expect(recipientActionsFor(status)).toEqual([]);
  });

  it("offers the processing of an available (or completed) invoice, and only rejection of a suspended one", () => {
    expect(recipientActionsFor("MISE_A_DISPOSITION")).toEqual(expect.arrayContaining(["SUSPENDRE", "REJETER", "A_RECYCLER", "SERVICE_FAIT"]));
    expect(recipientActionsFor("COMPLETEE")).toEqual(recipientActionsFor("MISE_A_DISPOSITION"));
    expect(recipientActionsFor("SUSPENDUE")).toEqual(["REJETER"]);
    expect(recipientActionsFor("COMPTABILISEE")).toEqual(["METTRE_EN_PAIEMENT"]);
  });
});

describe("recipient action forms", () => {
  it("asks a rejection for one of seed 004's motifs", () => {
    expect(recipientActionSchema.safeParse({ invoiceId: S1, action: "REJETER", motif: "Montant de la facture erroné", comment: " Voir ligne 2 " }).data).toEqual({
      invoiceId: S1,
      action: "REJETER",
      input: { motif: "Montant de la facture erroné", comment: "Voir ligne 2" },
    });
    expect(recipientActionSchema.safeParse({ invoiceId: S1, action: "REJETER", motif: "Parce que" }).error?.issues).toEqual([
      expect.objectContaining({ path: ["motif"], message: "Choisissez le motif de rejet dans la liste." }),
    ]);
    expect(REJECTION_MOTIFS.every((motif) => recipientActionSchema.safeParse({ invoiceId: S1, action: "REJETER", motif }).success)).toBe(true);
  });

  it("asks a suspension and « À recycler » for a motif, the others for none", () => {
    expect(recipientActionSchema.safeParse({ invoiceId: S1, action: "SUSPENDRE", motif: "  " }).error?.issues).toEqual([
      expect.objectContaining({ path: ["motif"], message: "Indiquez le motif de la suspension." }),
    ]);
    expect(recipientActionSchema.safeParse({ invoiceId: S1, action: "A_RECYCLER" }).error?.issues).toEqual([expect.objectContaining({ path: ["motif"], message: "Indiquez le motif du recyclage." })]);
    expect(recipientActionSchema.safeParse({ invoiceId: S1, action: "SERVICE_FAIT", comment: "x".repeat(2001) }).error?.issues).toEqual([
      expect.objectContaining({ path: ["comment"], message: "Le commentaire comporte 2000 caractères au plus." }),
    ]);
    expect(recipientActionSchema.safeParse({ invoiceId: S1, action: "SUSPENDRE", motif: "Pièce manquante" }).data).toEqual({ invoiceId: S1, action: "SUSPENDRE", input: { motif: "Pièce manquante" } });
    expect(recipientActionSchema.safeParse({ invoiceId: S1, action: "SERVICE_FAIT", motif: "ignoré", comment: "" }).data).toEqual({ invoiceId: S1, action: "SERVICE_FAIT", input: {} });
  });

  it("refuses an action that is not the recipient's", () => {
    for (const action of ["VALIDER", "COMPLETER", "ACHEMINER", ""]) {
      expect(recipientActionSchema.safeParse({ invoiceId: S1, action }).error?.issues[0]).toMatchObject({ path: ["action"], message: "Choisissez une action." });
    }
  });

  it("needs at least one selected invoice, by its id", () => {
    expect(recipientSelectionActionSchema.safeParse({ action: "SERVICE_FAIT", invoiceIds: [] }).error?.issues[0]).toMatchObject({ path: ["invoiceIds"], message: "Sélectionnez au moins une facture." });
    expect(recipientSelectionActionSchema.safeParse({ action: "SERVICE_FAIT", invoiceIds: ["x"] }).success).toBe(false);
    expect(recipientSelectionActionSchema.safeParse({ action: "SERVICE_FAIT", invoiceIds: [S1, S2] }).data).toEqual({ action: "SERVICE_FAIT", invoiceIds: [S1, S2], input: {} });
  });
});
