// The buyer's desk in Factures reçues: the Tableau de bord (its counts are the list's, within the user's reach:
// restricted services, nothing of another structure), « Exporter (CSV) » (French headers, `;`, amounts, dates, the
// current motif), « Télécharger (ZIP) » (each invoice's file and attachments, index.csv matching the list; a foreign
// invoice makes the selection not found; a search beyond the bound is refused), and « Mes recherches enregistrées »
// (a user sees and deletes only their own).
import { randomUUID } from "node:crypto";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { GET as exportCsv } from "@/app/(portail)/factures-recues/export/route.ts";
import { GET as downloadZip } from "@/app/(portail)/factures-recues/telecharger/route.ts";
import { deleteReceivedSearchAction, saveReceivedSearchAction } from "@/features/invoices/received/actions.ts";
import { getReceivedDashboard, listReceivedInvoices, listReceivedSearches, parseReceivedSearch, RECEIVED_CSV_HEADERS, RECEIVED_ZIP_INDEX_HEADERS, TO_PROCESS_STATUSES } from "@/features/invoices/received/index.ts";
import { isReceivedStatus } from "@/features/invoices/common/rules/side-statuses.ts";
import { initialActionState } from "@/lib/action-state.ts";
import { db } from "@/server/db.ts";
import { attach, createInvoiceSupplier, createPublicStructure, createUser } from "../../factories.ts";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/server/auth/session.ts", () => ({ requireUser: async () => ({ id: session.userId, email: "", nom: "", prenom: "" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const actingAs = (user: { id: string }) => {
  session.userId = user.id;
};
const call = (user: { id: string }, handler: typeof exportCsv, url: string) => {
  actingAs(user);
  return handler(new Request(`http://localhost${url}`), { params: Promise.resolve({}) });
};

type Supplier = Awaited<ReturnType<typeof createInvoiceSupplier>>;
let sequence = 0;

async function storedInvoice(fields: { supplier: Supplier; recipientId: string; serviceId: string | null; status: InvoiceStatus; number: string; sentAt: Date; totalGross: string }) {
  sequence += 1;
  return db.invoice.create({
    data: {
      supplierStructureId: fields.supplier.structure.id,
      createdById: fields.supplier.principal.id,
      recipientStructureId: fields.recipientId,
      recipientServiceId: fields.serviceId,
      temporaryNumber: `TMPBUREAU${randomUUID().slice(0, 8)}${sequence}`,
      invoiceNumber: fields.number,
      sentNumber: fields.number,
      invoiceDate: new Date("2026-03-02T00:00:00Z"),
      status: fields.status,
      statusChangedAt: fields.sentAt,
      sentAt: fields.sentAt,
      receivedAt: isReceivedStatus(fields.status) ? fields.sentAt : null,
      totalNet: (Number(fields.totalGross) / 1.2).toFixed(2),
      totalVat: (Number(fields.totalGross) - Number((Number(fields.totalGross) / 1.2).toFixed(2))).toFixed(2),
      totalGross: fields.totalGross,
      amountDue: fields.totalGross,
    },
  });
}

async function receivingStructure(identifier: string, raisonSociale: string) {
  const structure = await createPublicStructure({ identifier, raisonSociale, services: [{ code: "COLLEGE", libelle: "Collèges" }, { code: "LYCEE", libelle: "Lycées" }] });
  await db.structureEspace.create({ data: { structureId: structure.id, espace: "FACTURES_RECUES" } });
  const services = await db.service.findMany({ where: { structureId: structure.id }, orderBy: { code: "asc" } });
  return { structure, college: services[0], lycee: services[1] };
}

async function agentOf(structureId: string, serviceIds: string[] = []) {
  const user = await createUser();
  const rattachement = await attach(user.id, structureId, { espaces: ["FACTURES_RECUES"] });
  for (const serviceId of serviceIds) await db.rattachementService.create({ data: { rattachementId: rattachement.id, serviceId } });
  return user;
}

/** The CSV's lines, each split on `;` (no cell of these invoices holds a `;` or a quote). */
const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(";"));

describe("the buyer's desk in Factures reçues", () => {
  let p: Awaited<ReturnType<typeof receivingStructure>>;
  let q: Awaited<ReturnType<typeof receivingStructure>>;
  let supplier: Supplier;
  let agent: { id: string };
  let collegeAgent: { id: string };
  let agentQ: { id: string };
  const ids: Record<string, string> = {};
  const PDF = new TextEncoder().encode("%PDF-1.7\n% Factur-X de F-A1\n");
  const ANNEXE = new TextEncoder().encode("bon de livraison");

  beforeAll(async () => {
    p = await receivingStructure("21350238800019", "COMMUNE DU BUREAU");
    q = await receivingStructure("21290019700017", "COMMUNE ETRANGERE");
    supplier = await createInvoiceSupplier();
    await db.structure.update({ where: { id: supplier.structure.id }, data: { raisonSociale: "CHORUS DEUX", identifierType: "SIRET", identifier: "41234567800012" } });
    agent = await agentOf(p.structure.id);
    collegeAgent = await agentOf(p.structure.id, [p.college.id]);
    agentQ = await agentOf(q.structure.id);
    const rows: [string, string, string | null, InvoiceStatus, string, string][] = [
      ["a1", p.structure.id, p.college.id, "MISE_A_DISPOSITION", "2026-01-10", "120.00"],
      ["a2", p.structure.id, p.lycee.id, "SUSPENDUE", "2026-02-10", "80.50"],
      ["a3", p.structure.id, p.college.id, "REJETEE", "2026-03-10", "1500.00"],
      ["a4", p.structure.id, p.lycee.id, "COMPLETEE", "2026-04-10", "999.99"],
      ["a5", p.structure.id, p.college.id, "SERVICE_FAIT", "2026-05-10", "250.00"],
      ["a6", p.structure.id, null, "MISE_A_DISPOSITION", "2026-06-10", "10.00"],
      ["draft", p.structure.id, p.college.id, "BROUILLON", "2026-01-01", "1.00"],
      ["q1", q.structure.id, q.college.id, "MISE_A_DISPOSITION", "2026-01-05", "5.00"],
    ];
    for (const [key, recipientId, serviceId, status, deposit, total] of rows) {
      ids[key] = (await storedInvoice({ supplier, recipientId, serviceId, status, number: `F-${key.toUpperCase()}-2026`, sentAt: new Date(`${deposit}T10:00:00Z`), totalGross: total })).id;
    }
    // a1: its Factur-X and one attachment; a3: rejected with its motif; a6: deposited as a PDF, no Factur-X.
    await db.invoiceDocument.create({ data: { invoiceId: ids.a1, kind: "FACTURX_PDF", fileName: "F-A1-2026.pdf", mimeType: "application/pdf", sha256: "x", content: PDF } });
    const attachment = { type: "Pièce jointe complémentaire", designation: "BL", extension: "txt", mimeType: "text/plain", size: ANNEXE.length, sha256: "y", content: ANNEXE };
    await db.invoiceAttachment.create({ data: { ...attachment, invoiceId: ids.a1, fileName: "bon-livraison.txt" } });
    await db.invoiceAttachment.create({ data: { ...attachment, invoiceId: ids.a6, type: "Facture originale", fileName: "depot.pdf", mimeType: "application/pdf", extension: "pdf", content: PDF } });
    await db.invoiceHistory.create({ data: { invoiceId: ids.a3, status: "REJETEE", motif: "Facture en double", actorId: agent.id } });
  });

  describe("Tableau de bord", () => {
    const countOf = (tiles: { key: string; count: number }[], key: string) => tiles.find((tile) => tile.key === key)?.count;

    it("counts what waits for the recipient (the statuses it may move on), per status and per service, within the structure", async () => {
      expect(TO_PROCESS_STATUSES).toEqual(expect.arrayContaining(["MISE_A_DISPOSITION", "COMPLETEE", "SERVICE_FAIT"]));
      expect(TO_PROCESS_STATUSES).not.toContain("SUSPENDUE");
      expect(TO_PROCESS_STATUSES).not.toContain("REJETEE");
      const dashboard = await getReceivedDashboard({ userId: agent.id });
      expect(dashboard.total).toBe(6);
      // a1, a4, a5, a6
      expect(dashboard.toProcessTotal).toBe(4);
      expect(countOf(dashboard.toProcess, "a-traiter")).toBe(4);
      expect(countOf(dashboard.toProcess, "a-traiter-mise-a-disposition")).toBe(2);
      expect(countOf(dashboard.byStatus, "statut-suspendue")).toBe(1);
      expect(countOf(dashboard.byService, `service-${p.college.id}`)).toBe(3);
      expect(dashboard.byService.find((tile) => tile.key === `service-${p.lycee.id}`)).toMatchObject({ count: 2, detail: "dont 1 à traiter" });
    });

    it("each tile opens a list of exactly its count", async () => {
      const dashboard = await getReceivedDashboard({ userId: agent.id });
      for (const tile of [...dashboard.toProcess, ...dashboard.byStatus, ...dashboard.byService]) {
        const { filters } = parseReceivedSearch(tile.searchParams);
        expect((await listReceivedInvoices({ userId: agent.id, filters })).total, tile.key).toBe(tile.count);
      }
    });

    it("an agent restricted to a service counts that service's invoices only; another structure's agent counts none of them", async () => {
      const college = await getReceivedDashboard({ userId: collegeAgent.id });
      expect(college.total).toBe(3);
      expect(college.byService.map((tile) => tile.key)).toEqual([`service-${p.college.id}`]);
      const foreign = await getReceivedDashboard({ userId: agentQ.id });
      expect(foreign.total).toBe(1);
      expect(foreign.byService.some((tile) => tile.key.includes(p.college.id))).toBe(false);
      const stranger = await getReceivedDashboard({ userId: (await createUser()).id });
      expect(stranger.total).toBe(0);
    });
  });

  describe("Exporter (CSV)", () => {
    it("writes the list's invoices with French headers, `;`, amounts, dates and the current motif, in the list's order", async () => {
      const response = await call(agent, exportCsv, "/factures-recues/export?tri=montant&ordre=desc");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/csv");
      expect(response.headers.get("content-disposition")).toMatch(/factures-recues-\d{4}-\d{2}-\d{2}\.csv/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      const [headers, ...lines] = csvLines(text);
      expect(headers).toEqual([...RECEIVED_CSV_HEADERS]);
      expect(headers).toEqual(expect.arrayContaining(["Montant HT", "Montant TVA", "Montant TTC", "Net à payer", "Date de dépôt", "Date de réception", "Date de l'état courant", "Motif"]));
      const column = (name: string) => headers.indexOf(name);
      expect(lines.map((line) => line[column("Numéro de facture")])).toEqual(["F-A3-2026", "F-A4-2026", "F-A5-2026", "F-A1-2026", "F-A2-2026", "F-A6-2026"]);
      const rejected = lines[0];
      expect(rejected[column("Statut")]).toBe("Rejetée");
      expect(rejected[column("Motif")]).toBe("Facture en double");
      expect(rejected[column("Montant TTC")]).toBe("1500,00");
      expect(rejected[column("Montant HT")]).toBe("1250,00");
      expect(rejected[column("Montant TVA")]).toBe("250,00");
      expect(rejected[column("Net à payer")]).toBe("1500,00");
      expect(rejected[column("Date de dépôt")]).toBe("10/03/2026");
      expect(rejected[column("Date de réception")]).toBe("10/03/2026");
      expect(rejected[column("Service")]).toBe("COLLEGE - Collèges");
      expect(lines[1][column("Motif")]).toBe("");
    });

    it("takes the list's criteria, and shows another structure's agent none of these invoices", async () => {
      const suspended = csvLines(await (await call(agent, exportCsv, "/factures-recues/export?statut=SUSPENDUE")).text());
      expect(suspended.slice(1).map((line) => line[3])).toEqual(["F-A2-2026"]);
      const foreign = await (await call(agentQ, exportCsv, "/factures-recues/export")).text();
      expect(foreign).toContain("F-Q1-2026");
      expect(foreign).not.toContain("F-A");
      expect((await call(agent, exportCsv, "/factures-recues/export?du=2026-05-01&au=2026-01-01")).status).toBe(422);
    });
  });

  describe("Télécharger (ZIP)", () => {
    const unzip = async (response: Response) => {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/zip");
      return unzipSync(new Uint8Array(await response.arrayBuffer()));
    };

    it("a search: each invoice's Factur-X or deposited PDF and its attachments, and an index matching the list", async () => {
      const files = await unzip(await call(agent, downloadZip, "/factures-recues/telecharger?aTraiter=oui"));
      const [headers, ...lines] = csvLines(new TextDecoder().decode(files["index.csv"]));
      expect(headers).toEqual([...RECEIVED_ZIP_INDEX_HEADERS]);
      const listed = (await listReceivedInvoices({ userId: agent.id, filters: parseReceivedSearch({ aTraiter: "oui" }).filters })).invoices.map((row) => row.number);
      expect(lines.map((line) => line[3])).toEqual(listed);
      const fileColumn = headers.indexOf("Fichier de la facture");
      const attachmentsColumn = headers.indexOf("Pièces jointes");
      const a1 = lines.find((line) => line[3] === "F-A1-2026")!;
      expect(a1[fileColumn]).toBe("F-A1-2026_41234567800012/F-A1-2026.pdf");
      expect(a1[attachmentsColumn]).toBe("F-A1-2026_41234567800012/pieces-jointes/bon-livraison.txt");
      expect(files[a1[fileColumn]]).toEqual(PDF);
      expect(new TextDecoder().decode(files[a1[attachmentsColumn]])).toBe("bon de livraison");
      const a6 = lines.find((line) => line[3] === "F-A6-2026")!;
      expect(files[a6[fileColumn]]).toEqual(PDF);
      // Every file the index names is in the archive, and nothing else but the index.
      const named = lines.flatMap((line) => [line[fileColumn], ...line[attachmentsColumn].split(" | ")]).filter(Boolean);
      expect(Object.keys(files).sort()).toEqual([...named, "index.csv"].sort());
    });

    it("a selection: only the checked invoices; one out of reach makes the whole request not found", async () => {
      const files = await unzip(await call(agent, downloadZip, `/factures-recues/telecharger?facture=${ids.a3}&facture=${ids.a5}`));
      const [, ...lines] = csvLines(new TextDecoder().decode(files["index.csv"]));
      expect(lines.map((line) => line[3]).sort()).toEqual(["F-A3-2026", "F-A5-2026"]);
      expect((await call(agent, downloadZip, `/factures-recues/telecharger?facture=${ids.a1}&facture=${ids.q1}`)).status).toBe(404);
      expect((await call(collegeAgent, downloadZip, `/factures-recues/telecharger?facture=${ids.a2}`)).status).toBe(404);
      expect((await call(agent, downloadZip, `/factures-recues/telecharger?facture=${ids.draft}`)).status).toBe(404);
      expect((await call(agent, downloadZip, "/factures-recues/telecharger?facture=pas-un-id")).status).toBe(422);
    });

    it("a search finding nothing is refused with a French message", async () => {
      const response = await call(agent, downloadZip, "/factures-recues/telecharger?numero=INTROUVABLE");
      expect(response.status).toBe(422);
      expect(await response.text()).toContain("rien à télécharger");
    });
  });

  describe("Mes recherches enregistrées", () => {
    const save = (user: { id: string }, fields: Record<string, string>) => {
      actingAs(user);
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return saveReceivedSearchAction(initialActionState, form);
    };
    const remove = (user: { id: string }, rechercheId: string) => {
      actingAs(user);
      const form = new FormData();
      form.set("rechercheId", rechercheId);
      return deleteReceivedSearchAction(initialActionState, form);
    };

    it("saves the criteria under a name (the page dropped), lists them to their owner only, with the list's address", async () => {
      expect(await save(agent, { nom: "Collèges à traiter", criteres: `service=${p.college.id}&aTraiter=oui&page=3` })).toMatchObject({ ok: true });
      const [mine] = await listReceivedSearches({ userId: agent.id });
      expect(mine.name).toBe("Collèges à traiter");
      expect(mine.href).toBe(`/factures-recues?aTraiter=oui&service=${p.college.id}`);
      expect(await listReceivedSearches({ userId: collegeAgent.id })).toEqual([]);
      // The same name replaces its criteria.
      expect(await save(agent, { nom: "Collèges à traiter", criteres: "statut=SUSPENDUE" })).toMatchObject({ ok: true, message: expect.stringContaining("mise à jour") });
      expect((await listReceivedSearches({ userId: agent.id })).map((search) => search.href)).toEqual(["/factures-recues?statut=SUSPENDUE"]);
    });

    it("refuses a blank name and wrong criteria; another user cannot delete it (not found), its owner can", async () => {
      expect(await save(agent, { nom: " ", criteres: "" })).toMatchObject({ ok: false, fieldErrors: { nom: ["Donnez un nom à cette recherche."] } });
      expect(await save(agent, { nom: "Dates à l'envers", criteres: "du=2026-05-01&au=2026-01-01" })).toMatchObject({ ok: false });
      expect(await save(await createUser(), { nom: "Sans espace", criteres: "" })).toMatchObject({ ok: false });
      const [mine] = await listReceivedSearches({ userId: agent.id });
      expect(await remove(collegeAgent, mine.id)).toMatchObject({ ok: false, message: "Recherche introuvable." });
      expect(await listReceivedSearches({ userId: agent.id })).toHaveLength(1);
      expect(await remove(agent, mine.id)).toMatchObject({ ok: true });
      expect(await listReceivedSearches({ userId: agent.id })).toEqual([]);
    });
  });
});
