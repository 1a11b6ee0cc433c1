// Engagements juridiques: an agent of a public structure creates, imports (all or nothing) and closes them through
// the espace Engagements; a reader may not change them; another structure's are not found; the supplier sees those
// naming it; and when the recipient requires an existing engagement, the routing lets through an invoice quoting an
// open one of its supplier and sends the others À recycler with the reason.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  closeEngagement,
  createEngagement,
  importEngagements,
  listQuotableEngagements,
  listStructureEngagements,
  listSupplierEngagements,
  setEngagementRequirement,
} from "@/features/engagements/index.ts";
import { routeInvoice } from "@/features/invoices/lifecycle/index.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { db } from "@/server/db.ts";
import { attach, createInvoiceSupplier, createPublicStructure, createUser, invoiceFormTo, openEspace } from "../factories.ts";

const HEADER = "Numéro d'engagement;Code service;SIRET fournisseur;Montant;Date de début;Date de fin";

/** A public structure of its own (engagement of 5 or 6 digits), its agent (modification) and a reader (consultation). */
async function setUp() {
  const structure = await createPublicStructure({
    identifier: String(randomInt(10 ** 13, 10 ** 14)),
    raisonSociale: `COMMUNE ${randomInt(1000, 9999)}`,
    services: [
      { code: "COLLEGE", libelle: "Collèges" },
      { code: "VOIRIE", libelle: "Voirie" },
    ],
  });
  await db.structure.update({ where: { id: structure.id }, data: { engagementCharset: "CHIFFRES", engagementMinLength: 5, engagementMaxLength: 6 } });
  await openEspace(structure.id, "ENGAGEMENTS");
  const agent = await createUser();
  await attach(agent.id, structure.id, { espaces: ["ENGAGEMENTS"] });
  await db.rattachementEspace.updateMany({ where: { rattachement: { userId: agent.id } }, data: { modification: true } });
  const reader = await createUser();
  await attach(reader.id, structure.id, { espaces: ["ENGAGEMENTS"] });
  await db.rattachementEspace.updateMany({ where: { rattachement: { userId: reader.id } }, data: { modification: false, consultation: true } });
  const services = await db.service.findMany({ where: { structureId: structure.id }, orderBy: { code: "asc" } });
  const supplier = await createInvoiceSupplier();
  const engagement = (number: string, overrides: Record<string, string> = {}) => ({
    number,
    serviceCode: "",
    supplierIdentifier: supplier.structure.identifier,
    amount: "1500.00",
    startDate: "2026-01-01",
    endDate: "",
    ...overrides,
  });
  return { structure, agent, reader, supplier, college: services[0], voirie: services[1], engagement };
}

describe("engagements of a public structure", () => {
  it("an agent creates one (Decimal amount, dates, Ouvert), in the structure's format, once per numéro", async () => {
    const { structure, agent, engagement } = await setUp();
    await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("123456", { amount: "1234.56", endDate: "2026-12-31", serviceCode: "college" }) });
    const row = await db.engagement.findFirstOrThrow({ where: { structureId: structure.id }, include: { service: true } });
    expect(row).toMatchObject({ number: "123456", status: "OUVERT", service: { code: "COLLEGE" } });
    expect(row.amount.toFixed(2)).toBe("1234.56");
    expect(row.endDate?.toISOString().slice(0, 10)).toBe("2026-12-31");

    await expect(createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("123456") })).rejects.toMatchObject({ code: "CONFLICT", field: "number" });
    await expect(createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("EJ-12") })).rejects.toMatchObject({
      code: "VALIDATION",
      field: "number",
      message: "Le numéro d'engagement doit comporter 5 ou 6 chiffres.",
    });
    await expect(createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("12345", { serviceCode: "PISCINE" }) })).rejects.toMatchObject({
      field: "serviceCode",
      message: "Le service PISCINE n'est pas un service de la structure.",
    });
  });

  it("a reader lists them but may neither create nor close; another structure's are not found", async () => {
    const { structure, agent, reader, engagement } = await setUp();
    const created = await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("22222") });
    const list = await listStructureEngagements({ userId: reader.id });
    expect(list.mayModify).toBe(false);
    expect(list.engagements.map((row) => row.number)).toEqual(["22222"]);
    await expect(createEngagement({ userId: reader.id, structureId: structure.id, input: engagement("33333") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(closeEngagement({ userId: reader.id, engagementId: created.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setEngagementRequirement({ userId: reader.id, structureId: structure.id, required: true })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const other = await setUp();
    await expect(createEngagement({ userId: other.agent.id, structureId: structure.id, input: engagement("44444") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(closeEngagement({ userId: other.agent.id, engagementId: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listStructureEngagements({ userId: other.agent.id, structureId: structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setEngagementRequirement({ userId: other.agent.id, structureId: structure.id, required: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an agent closes an open one, once", async () => {
    const { structure, agent, engagement } = await setUp();
    const created = await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("55555") });
    await closeEngagement({ userId: agent.id, engagementId: created.id });
    expect(await db.engagement.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "CLOTURE", closedAt: expect.any(Date) });
    await expect(closeEngagement({ userId: agent.id, engagementId: created.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("imports a CSV file whole, or nothing with every refused line", async () => {
    const { structure, agent, supplier } = await setUp();
    const siret = supplier.structure.identifier;
    await importEngagements({ userId: agent.id, structureId: structure.id, csv: `${HEADER}\r\n10001;COLLEGE;${siret};1 500,00;01/02/2026;31/12/2026\r\n10002;;${siret};99,9;2026-03-01;\r\n` });
    expect(await db.engagement.count({ where: { structureId: structure.id } })).toBe(2);

    const refused = importEngagements({
      userId: agent.id,
      structureId: structure.id,
      csv: `${HEADER}\n10003;;${siret};10;01/01/2026;\n10001;;${siret};10;01/01/2026;\nAB;;${siret};10;01/01/2026;\n10004;PISCINE;${siret};10;01/01/2026;\n`,
    });
    await expect(refused).rejects.toMatchObject({
      code: "VALIDATION",
      errors: [
        { line: 3, message: "La structure a déjà un engagement numéro 10001." },
        { line: 4, message: "Le numéro d'engagement doit comporter 5 ou 6 chiffres." },
        { line: 5, message: "Le service PISCINE n'est pas un service de la structure." },
      ],
    });
    // All or nothing: the valid line 2 (10003) was not kept either.
    expect(await db.engagement.count({ where: { structureId: structure.id } })).toBe(2);
  });
});

describe("the supplier's engagements and the invoice form's suggestions", () => {
  it("the supplier sees those naming its identifier; suggestions are its open ones at the recipient and service", async () => {
    const { structure, agent, supplier, college, voirie, engagement } = await setUp();
    await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("60001") });
    await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("60002", { serviceCode: "VOIRIE" }) });
    const closed = await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("60003") });
    await closeEngagement({ userId: agent.id, engagementId: closed.id });
    await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("60004", { supplierIdentifier: "99999999999999" }) });

    const seen = await listSupplierEngagements({ userId: supplier.principal.id });
    expect(seen.engagements.map((row) => row.number).sort()).toEqual(["60001", "60002", "60003"]);

    const suggest = (recipientServiceId?: string) =>
      listQuotableEngagements({ userId: supplier.principal.id, supplierStructureId: supplier.structure.id, recipientStructureId: structure.id, recipientServiceId });
    expect((await suggest(college.id)).map((row) => row.number)).toEqual(["60001"]);
    expect((await suggest(voirie.id)).map((row) => row.number)).toEqual(["60001", "60002"]);

    // Another user may not ask for this supplier's suggestions.
    const stranger = await createInvoiceSupplier();
    await expect(
      listQuotableEngagements({ userId: stranger.principal.id, supplierStructureId: supplier.structure.id, recipientStructureId: structure.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("routing when the recipient requires an existing engagement", () => {
  async function routed(engagementNumber: string, setup: Awaited<ReturnType<typeof setUp>>, serviceId?: string) {
    const { supplier, structure, college } = setup;
    const { invoiceId } = await sendInvoice({
      userId: supplier.principal.id,
      input: invoiceFormTo(supplier.structure.id, { structureId: structure.id, serviceId: serviceId ?? college.id }, { engagementNumber }),
    });
    const status = await routeInvoice({ invoiceId });
    const last = await db.invoiceHistory.findFirstOrThrow({ where: { invoiceId }, orderBy: { createdAt: "desc" } });
    return { status, motif: last.motif };
  }

  it("an open engagement of the supplier goes through; unknown, closed, another supplier's or another service's → À recycler with the reason", async () => {
    const setup = await setUp();
    const { structure, agent, engagement, voirie } = setup;
    await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("70001") });
    const closed = await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("70002") });
    await closeEngagement({ userId: agent.id, engagementId: closed.id });
    await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("70003", { supplierIdentifier: "99999999999999" }) });
    await createEngagement({ userId: agent.id, structureId: structure.id, input: engagement("70004", { serviceCode: "VOIRIE" }) });

    // Not required yet: any well-formed numéro goes through.
    expect((await routed("79999", setup)).status).toBe("MISE_A_DISPOSITION");

    await setEngagementRequirement({ userId: agent.id, structureId: structure.id, required: true });
    expect(await routed("70001", setup)).toEqual({ status: "MISE_A_DISPOSITION", motif: null });
    expect(await routed("79999", setup)).toEqual({
      status: "A_RECYCLER",
      motif: "Acheminement impossible : L'engagement 79999 n'est pas un engagement connu du destinataire pour ce fournisseur.",
    });
    expect(await routed("70002", setup)).toEqual({ status: "A_RECYCLER", motif: "Acheminement impossible : L'engagement 70002 est clôturé." });
    expect((await routed("70003", setup)).status).toBe("A_RECYCLER");
    expect(await routed("70004", setup)).toEqual({
      status: "A_RECYCLER",
      motif: "Acheminement impossible : L'engagement 70004 est celui du service Voirie (VOIRIE) : adressez la facture à ce service.",
    });
    expect((await routed("70004", setup, voirie.id)).status).toBe("MISE_A_DISPOSITION");
  });
});
