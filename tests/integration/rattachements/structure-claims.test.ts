// Claiming a structure that has no active gestionnaire (decision 0005): nobody becomes its gestionnaire by asking;
// a claim with a justification waits for a platform administrator, whose decision is audited.
import { describe, expect, it } from "vitest";
import { refuseClaimSchema } from "@/features/administration/schemas.ts";
import { approveClaim } from "@/features/administration/use-cases/approve-claim.ts";
import { getClaim } from "@/features/administration/use-cases/get-claim.ts";
import { getClaimDocument } from "@/features/administration/use-cases/get-claim-document.ts";
import { listAuditLog } from "@/features/administration/use-cases/list-audit-log.ts";
import { listClaims } from "@/features/administration/use-cases/list-claims.ts";
import { refuseClaim } from "@/features/administration/use-cases/refuse-claim.ts";
import { listEventFeed } from "@/features/events/use-cases/list-event-feed.ts";
import { requireGestionnaire, requireMember } from "@/features/structures/data/access.ts";
import { claimStructureSchema } from "@/features/rattachements/schemas/claim.ts";
import { MAX_PENDING_CLAIMS_PER_USER } from "@/features/rattachements/schemas/claim.ts";
import { claimStructure } from "@/features/rattachements/use-cases/claim-structure.ts";
import { getUserEspaces } from "@/features/structures/use-cases/get-user-espaces.ts";
import { removeOwnRattachements } from "@/features/rattachements/use-cases/remove-own-rattachements.ts";
import { requestRattachement } from "@/features/rattachements/use-cases/request-rattachement.ts";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createPublicStructure, createUser } from "../factories.ts";

const JUSTIFICATION = "Je suis la directrice générale des services de la commune, qui m'a déléguée pour recevoir ses factures.";
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]);
let siret = 21290189000013;

async function createAdministrator() {
  const user = await createUser();
  return db.user.update({ where: { id: user.id }, data: { platformRole: "ADMINISTRATEUR" } });
}

/** A public structure of the directory that nobody has joined. */
async function unclaimedPublicStructure() {
  siret += 1000; // distinct identifiers (the Luhn rule is the schema's business, not the database's)
  return createPublicStructure({ identifier: String(siret), raisonSociale: `COMMUNE ${siret}`, services: [{ code: "FINANCES", libelle: "Finances" }] });
}

const claim = (userId: string, structureId: string, document: { name: string; content: Uint8Array } | null = { name: "delegation.pdf", content: PDF }) =>
  claimStructure({ userId, input: claimStructureSchema.parse({ structureId, justification: JUSTIFICATION }), document });

describe("claiming a structure without gestionnaire", () => {
  it("a new user cannot become gestionnaire of a public structure: the request goes to the administration and grants nothing", async () => {
    const admin = await createAdministrator();
    const structure = await unclaimedPublicStructure();
    const newcomer = await createUser();

    expect(await requestRattachement({ userId: newcomer.id, structureIds: [structure.id] })).toMatchObject([{ structureId: structure.id, status: "JUSTIFICATION_REQUISE" }]);
    const { id } = await claim(newcomer.id, structure.id);

    expect(await db.structureClaim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "EN_ATTENTE",
      justification: JUSTIFICATION,
      documentName: "delegation.pdf",
      documentMimeType: "application/pdf",
      documentSize: PDF.length,
    });
    expect(await db.rattachement.count({ where: { userId: newcomer.id } })).toBe(0);
    await expect(requireMember(db, newcomer.id, structure.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getUserEspaces({ userId: newcomer.id })).size).toBe(0);

    // The administrators are told, by e-mail and in their fil d'événements (which they can see: no structure of theirs needed).
    const [mail] = await db.outboxMessage.findMany({ where: { to: admin.loginEmail } });
    expect(mail.subject).toContain(`demande de désignation du gestionnaire principal de la structure ${structure.raisonSociale}`);
    expect(mail.text).toContain(`/administration/demandes/${id}`);
    expect(await db.event.findMany({ where: { userId: admin.id } })).toEqual([expect.objectContaining({ type: "DESIGNATION_DEMANDEE", espace: "MON_COMPTE", structureId: null })]);
    expect((await listEventFeed({ userId: admin.id })).flatMap((day) => day.espaces.map((e) => e.espace))).toEqual(["MON_COMPTE"]);
  });

  it("a new user cannot become gestionnaire of a private structure whose last gestionnaire left", async () => {
    const { structure, principal, principalRattachement } = await createManagedStructure();
    await removeOwnRattachements({ userId: principal.id, rattachementIds: [principalRattachement.id] });
    const newcomer = await createUser();

    expect(await requestRattachement({ userId: newcomer.id, structureIds: [structure.id] })).toMatchObject([{ status: "JUSTIFICATION_REQUISE" }]);
    await claim(newcomer.id, structure.id, null);
    expect(await db.rattachement.count({ where: { structureId: structure.id } })).toBe(0);
    await expect(requireGestionnaire(db, newcomer.id, structure.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers a second claim while the first is pending with a clear message, and records nothing more", async () => {
    const structure = await unclaimedPublicStructure();
    const user = await createUser();
    await claim(user.id, structure.id);
    const message = `Votre demande de désignation comme gestionnaire principal de la structure ${structure.raisonSociale} (${structure.identifier}) est déjà transmise à l'administration de la plateforme : elle est en attente de sa décision.`;
    await expect(claim(user.id, structure.id)).rejects.toMatchObject({ code: "CONFLICT", message });
    await expect(requestRattachement({ userId: user.id, structureIds: [structure.id] })).rejects.toMatchObject({ code: "CONFLICT", message });
    expect(await db.structureClaim.count({ where: { userId: user.id } })).toBe(1);
    // Another user asking gets the same answer as the first one: a claim of their own, granting nothing.
    const other = await createUser();
    expect(await requestRattachement({ userId: other.id, structureIds: [structure.id] })).toMatchObject([{ status: "JUSTIFICATION_REQUISE" }]);
  });

  it("keeps a structure with a gestionnaire in its gestionnaire's hands: no claim, an ordinary request", async () => {
    const { structure } = await createManagedStructure();
    const user = await createUser();
    await expect(claim(user.id, structure.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("a un gestionnaire") });
    expect(await requestRattachement({ userId: user.id, structureIds: [structure.id] })).toEqual([{ structureId: structure.id, status: "EN_ATTENTE" }]);
    expect(await db.structureClaim.count({ where: { userId: user.id } })).toBe(0);
  });

  it("checks the supporting document from its content and its size, and the justification's length", async () => {
    const structure = await unclaimedPublicStructure();
    const user = await createUser();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(64).fill(0)]);
    await expect(claim(user.id, structure.id, { name: "kbis.pdf", content: exe })).rejects.toMatchObject({ code: "VALIDATION", field: "document" });
    await expect(claim(user.id, structure.id, { name: "kbis.pdf", content: new TextEncoder().encode("juste du texte") })).rejects.toMatchObject({ field: "document" });
    await expect(claim(user.id, structure.id, { name: "gros.pdf", content: new Uint8Array(5 * 1024 * 1024 + 1) })).rejects.toMatchObject({
      message: "Le justificatif dépasse 5 Mo : joignez un fichier de 5 Mo au plus.",
    });
    expect(claimStructureSchema.safeParse({ structureId: structure.id, justification: "trop court" }).success).toBe(false);
    expect(claimStructureSchema.safeParse({ structureId: structure.id, justification: "x".repeat(2001) }).success).toBe(false);
    expect(await db.structureClaim.count({ where: { userId: user.id } })).toBe(0);

    const { id } = await claim(user.id, structure.id, { name: "../../photo.pdf", content: PNG });
    expect(await db.structureClaim.findUniqueOrThrow({ where: { id } })).toMatchObject({ documentName: "photo.png", documentMimeType: "image/png" });
  });

  it("bounds the claims one account may have waiting at once", async () => {
    const user = await createUser();
    for (let i = 0; i < MAX_PENDING_CLAIMS_PER_USER; i++) await claim(user.id, (await unclaimedPublicStructure()).id);
    await expect(claim(user.id, (await unclaimedPublicStructure()).id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("demandes en attente") });
    expect(await db.structureClaim.count({ where: { userId: user.id } })).toBe(MAX_PENDING_CLAIMS_PER_USER);
  });
});

describe("deciding a claim", () => {
  it("is approved only by an administrator: the requester becomes gestionnaire principal, with an audit row, e-mail and event", async () => {
    const admin = await createAdministrator();
    const structure = await unclaimedPublicStructure();
    const requester = await createUser();
    const { id } = await claim(requester.id, structure.id);
    const stranger = (await createManagedStructure()).principal;

    for (const userId of [requester.id, stranger.id]) {
      await expect(approveClaim({ userId, input: { claimId: id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.rattachement.count({ where: { userId: requester.id } })).toBe(0);

    await approveClaim({ userId: admin.id, input: { claimId: id } });
    expect(await db.rattachement.findFirstOrThrow({ where: { userId: requester.id, structureId: structure.id } })).toMatchObject({
      role: "GESTIONNAIRE_PRINCIPAL",
      status: "ACTIF",
      decidedById: admin.id,
    });
    expect(await db.structureClaim.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACCEPTEE", decidedById: admin.id });
    expect(await db.auditLog.findMany()).toEqual([
      expect.objectContaining({ actorId: admin.id, action: "DESIGNATION_APPROUVEE", targetType: "StructureClaim", targetId: id }),
    ]);
    await expect(requireGestionnaire(db, requester.id, structure.id)).resolves.toMatchObject({ role: "GESTIONNAIRE_PRINCIPAL" });
    const [mail] = await db.outboxMessage.findMany({ where: { to: requester.loginEmail } });
    expect(mail.subject).toContain("demande de désignation comme gestionnaire principal approuvée");
    expect(await db.event.count({ where: { userId: requester.id, type: "DESIGNATION_APPROUVEE" } })).toBe(1);
    await expect(approveClaim({ userId: admin.id, input: { claimId: id } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is refused only by an administrator, with a required motif sent to the requester and audited; nothing is granted", async () => {
    const admin = await createAdministrator();
    const structure = await unclaimedPublicStructure();
    const requester = await createUser();
    const { id } = await claim(requester.id, structure.id);
    const motif = "Aucune délégation de signature jointe : joignez l'arrêté qui vous nomme.";

    expect(refuseClaimSchema.safeParse({ claimId: id, motif: "  " }).error?.issues[0].message).toBe("Saisissez le motif du refus : il est envoyé au demandeur.");
    await expect(refuseClaim({ userId: requester.id, input: { claimId: id, motif } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await refuseClaim({ userId: admin.id, input: { claimId: id, motif } });

    expect(await db.structureClaim.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REFUSEE", motif, decidedById: admin.id });
    expect(await db.rattachement.count({ where: { userId: requester.id } })).toBe(0);
    const [row] = await db.auditLog.findMany({ where: { targetId: id } });
    expect(row).toMatchObject({ actorId: admin.id, action: "DESIGNATION_REFUSEE", targetType: "StructureClaim", detail: expect.objectContaining({ motif }) });
    const [mail] = await db.outboxMessage.findMany({ where: { to: requester.loginEmail } });
    expect(mail.text).toContain(motif);
    // The refused requester sees the event (it names no structure of which they are not a member).
    expect((await listEventFeed({ userId: requester.id })).length).toBe(1);
    await expect(approveClaim({ userId: admin.id, input: { claimId: id } })).rejects.toMatchObject({ code: "CONFLICT" });
    // The journal lists the decision with its actor and motif.
    expect((await listAuditLog({ userId: admin.id, page: 1 })).rows).toContainEqual(expect.objectContaining({ action: "DESIGNATION_REFUSEE", motif, targetId: id }));
  });

  it("a non-admin cannot read a claim, its document, the list or the journal", async () => {
    const admin = await createAdministrator();
    const structure = await unclaimedPublicStructure();
    const requester = await createUser();
    const { id } = await claim(requester.id, structure.id);
    const former = await createAdministrator();
    await db.user.update({ where: { id: former.id }, data: { status: "INACTIF" } });
    const gestionnaire = (await createManagedStructure()).principal;

    for (const userId of [requester.id, gestionnaire.id, former.id]) {
      await expect(getClaim({ userId, claimId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getClaimDocument({ userId, claimId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listClaims({ userId, filter: { statut: "TOUS", page: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listAuditLog({ userId, page: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await getClaim({ userId: admin.id, claimId: id })).toMatchObject({ justification: JUSTIFICATION, structureHasGestionnaire: false });
    expect(Buffer.from((await getClaimDocument({ userId: admin.id, claimId: id })).content)).toEqual(Buffer.from(PDF));
    expect((await listClaims({ userId: admin.id, filter: { statut: "EN_ATTENTE", page: 1 } })).claims.map((c) => c.id)).toContain(id);
    expect((await listClaims({ userId: admin.id, filter: { statut: "REFUSEE", page: 1 } })).claims.map((c) => c.id)).not.toContain(id);
  });

  it("approval after a gestionnaire appeared is refused and changes nothing", async () => {
    const admin = await createAdministrator();
    const structure = await unclaimedPublicStructure();
    const [first, second] = [await createUser(), await createUser()];
    const a = await claim(first.id, structure.id);
    const b = await claim(second.id, structure.id);
    await approveClaim({ userId: admin.id, input: { claimId: a.id } });

    await expect(approveClaim({ userId: admin.id, input: { claimId: b.id } })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("a désormais un gestionnaire actif") });
    expect(await db.structureClaim.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "EN_ATTENTE" });
    expect(await db.rattachement.count({ where: { userId: second.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: b.id } })).toBe(0);
    expect(await getClaim({ userId: admin.id, claimId: b.id })).toMatchObject({ structureHasGestionnaire: true });

    // A gestionnaire named otherwise (e.g. reactivated) blocks it too.
    const other = await unclaimedPublicStructure();
    const c = await claim(second.id, other.id);
    await attach((await createUser()).id, other.id, { role: "GESTIONNAIRE_SECONDAIRE" });
    await expect(approveClaim({ userId: admin.id, input: { claimId: c.id } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("names one gestionnaire principal when two claims on one structure are approved at the same time", async () => {
    const admin = await createAdministrator();
    const structure = await unclaimedPublicStructure();
    const claims = [await claim((await createUser()).id, structure.id), await claim((await createUser()).id, structure.id)];
    const results = await Promise.allSettled(claims.map((c) => approveClaim({ userId: admin.id, input: { claimId: c.id } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.rattachement.count({ where: { structureId: structure.id, role: "GESTIONNAIRE_PRINCIPAL", status: "ACTIF" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "DESIGNATION_APPROUVEE", targetId: { in: claims.map((c) => c.id) } } })).toBe(1);
  });
});
