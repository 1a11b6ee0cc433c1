// Rows of the structures, mandates, accounts and administration areas. Management is a gestionnaire's (NOT_FOUND to
// anyone else, whatever their espaces); one's own account and rattachement requests are any signed-in user's.
import { randomBytes } from "node:crypto";
import { revokeMandate } from "@/features/mandates/use-cases/revoke-mandate.ts";
import { subscribeMandate } from "@/features/mandates/use-cases/subscribe-mandate.ts";
import { approveClaim } from "@/features/administration/use-cases/approve-claim.ts";
import { refuseClaim } from "@/features/administration/use-cases/refuse-claim.ts";
import { acceptInvitation } from "@/features/rattachements/use-cases/accept-invitation.ts";
import { acceptRattachement } from "@/features/rattachements/use-cases/accept-rattachement.ts";
import { attachUser } from "@/features/rattachements/use-cases/attach-user.ts";
import { claimStructure } from "@/features/rattachements/use-cases/claim-structure.ts";
import { addBankAccount } from "@/features/structures/use-cases/add-bank-account.ts";
import { addEspaces } from "@/features/structures/use-cases/add-espaces.ts";
import { checkStructureIdentifier } from "@/features/structures/use-cases/check-structure-identifier.ts";
import { createService } from "@/features/structures/use-cases/create-service.ts";
import { refuseRattachement } from "@/features/rattachements/use-cases/refuse-rattachement.ts";
import { removeEspaces } from "@/features/structures/use-cases/remove-espaces.ts";
import { removeOwnRattachements } from "@/features/rattachements/use-cases/remove-own-rattachements.ts";
import { requestRattachement } from "@/features/rattachements/use-cases/request-rattachement.ts";
import { removeUsers } from "@/features/rattachements/use-cases/remove-users.ts";
import { setBankAccountActive } from "@/features/structures/use-cases/set-bank-account-active.ts";
import { setServiceActive } from "@/features/structures/use-cases/set-service-active.ts";
import { setUsersActive } from "@/features/rattachements/use-cases/set-users-active.ts";
import { updateBankAccount } from "@/features/structures/use-cases/update-bank-account.ts";
import { updateService } from "@/features/structures/use-cases/update-service.ts";
import { updateUserRattachement } from "@/features/rattachements/use-cases/update-user-rattachement.ts";
import { structureUpdateSchema } from "@/features/structures/schemas/management.ts";
import { updateStructure } from "@/features/structures/use-cases/update-structure.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { createStructure, createUser } from "../factories.ts";
import type { Rows } from "./rows.ts";
import type { Cell } from "./world.ts";

const unique = () => randomBytes(4).toString("hex").toUpperCase();

const MATRIX_IBAN = "FR7630006000011234567890189";

/** The id of an account of the cell's structure (made once). */
async function bankAccountOf(cell: Cell) {
  const where = { structureId_iban: { structureId: cell.place.structureId, iban: MATRIX_IBAN } };
  return (await db.bankAccount.upsert({ where, create: { structureId: cell.place.structureId, iban: MATRIX_IBAN, titulaire: "Compte de la matrice" }, update: {} })).id;
}

/** A user of the cell's structure whom a gestionnaire may change: a fresh simple user. */
async function member(cell: Cell) {
  const user = await createUser();
  return db.rattachement.create({ data: { userId: user.id, structureId: cell.place.structureId, role: "UTILISATEUR_SIMPLE", status: "ACTIF" } });
}

/** An invitation of a fresh user to the cell's structure, sent by its gestionnaire principal. */
async function invitation(cell: Cell) {
  const user = await createUser();
  return db.rattachement.create({ data: { userId: user.id, structureId: cell.place.structureId, role: "UTILISATEUR_SIMPLE", status: "INVITE", invitedById: cell.place.principalId } });
}

const JUSTIFICATION = "Je suis le directeur général des services de la commune.";

/** A structure that nobody manages (a claim is the only way in). */
const unmanagedStructure = () => createStructure();

/** A pending claim of a fresh user on a fresh structure without gestionnaire. */
export async function pendingClaim(document?: Uint8Array) {
  const user = await createUser();
  const structure = await unmanagedStructure();
  const claim = await db.structureClaim.create({
    data: document
      ? { userId: user.id, structureId: structure.id, justification: JUSTIFICATION, documentName: "delegation.pdf", documentMimeType: "application/pdf", documentSize: document.length, documentContent: new Uint8Array(document) }
      : { userId: user.id, structureId: structure.id, justification: JUSTIFICATION },
  });
  return claim.id;
}

/** A pending request to join the cell's structure. */
async function pendingRequest(cell: Cell) {
  const user = await createUser();
  return db.rattachement.create({ data: { userId: user.id, structureId: cell.place.structureId, role: "UTILISATEUR_SIMPLE", status: "EN_ATTENTE" } });
}

export const STRUCTURE_ROWS: Rows = {
  // Accounts: public forms, each protected otherwise (captcha, single-use token, same answer for every address).
  createAccountAction: { reaches: "createAccount (sign-up, captcha)", access: { kind: "public" } },
  activateAccountAction: { reaches: "activateAccount (activation token)", access: { kind: "public" } },
  resendActivationAction: { reaches: "resendActivation (same answer for every address)", access: { kind: "public" } },
  requestPasswordResetAction: { reaches: "requestPasswordReset (same answer for every address)", access: { kind: "public" } },
  resetPasswordAction: { reaches: "resetPassword (reset token + secret answer)", access: { kind: "public" } },
  updateProfileAction: { reaches: "updateProfile (Mon compte: the session's own user only)", access: { kind: "signedIn" } },
  changePasswordAction: { reaches: "changePassword (Mon compte: the session's own user only)", access: { kind: "signedIn" } },
  // Mon compte > Abonnements: the form carries no user id (the schema keeps only the three choices); that another
  // user's choices stay as they were is proved by tests/integration/accounts/notification-subscriptions.test.ts.
  updateNotificationSubscriptionsAction: {
    reaches: "updateNotificationSubscriptions (Mon compte > Abonnements: the session's own user only)",
    access: { kind: "signedIn" },
  },

  // Second factor and sessions (the session's own user; a session waiting for its second factor reaches only these).
  // They take no id of another user or structure: their rules (who may set up a factor, tries, replay, ending sessions)
  // are proved by tests/integration/second-factor.test.ts and sessions-ending.test.ts.
  ...Object.fromEntries(
    [
      "verifyTotpAction",
      "verifyRecoveryCodeAction",
      "sendEmailCodeAction",
      "verifyEmailCodeAction",
      "confirmTotpSetupAction",
      "regenerateRecoveryCodesAction",
      "securityKeyRegistrationOptionsAction",
      "finishSecurityKeyRegistrationAction",
      "securityKeyLoginOptionsAction",
      "finishSecurityKeyLoginAction",
      "removeSecurityKeyAction",
      "signOutEverywhereAction",
    ].map((name) => [name, { reaches: `${name.replace(/Action$/, "")} (Mon compte / second factor: the session's own user only)`, access: { kind: "signedIn" as const } }]),
  ),

  // Rattachements asked by the user themself.
  requestRattachementAction: {
    reaches: "requestRattachement (Mon compte: join a structure; one without gestionnaire grants nothing, see claimStructure)",
    access: { kind: "signedIn" },
    run: async (c) => requestRattachement({ userId: c.userId, structureIds: [(await unmanagedStructure()).id] }),
  },
  removeOwnRattachementsAction: {
    reaches: "removeOwnRattachements (Mon compte: the user's own rattachements only)",
    access: { kind: "signedIn" },
    // Someone else's rattachement is not the user's to remove, whoever they are.
    expect: () => "NOT_FOUND",
    run: async (c) => removeOwnRattachements({ userId: c.userId, rattachementIds: [(await member(c)).id] }),
  },
  answerInvitationAction: {
    reaches: "acceptInvitation / declineInvitation (Mon compte: the invited user's own invitation only)",
    access: { kind: "signedIn" },
    // Someone else's invitation is not the user's to answer, whoever they are.
    expect: () => "NOT_FOUND",
    run: async (c) => acceptInvitation({ userId: c.userId, rattachementId: (await invitation(c)).id }),
  },
  claimStructureAction: {
    reaches: "claimStructure (ask the platform to be named gestionnaire principal of a structure without gestionnaire)",
    access: { kind: "signedIn" },
    run: async (c) => claimStructure({ userId: c.userId, input: { structureId: (await unmanagedStructure()).id, justification: JUSTIFICATION }, document: null }),
  },
  checkStructureIdentificationAction: {
    reaches: "checkStructureIdentifier (Saisir une nouvelle structure: Continuer)",
    access: { kind: "signedIn" },
    run: () => checkStructureIdentifier({ identifierType: "SIRET", identifier: "73282932000074" }),
  },
  createStructureAction: { reaches: "createStructure (a new private structure, its creator its gestionnaire principal)", access: { kind: "signedIn" } },

  // Gestionnaire's decisions on requests.
  acceptRattachementAction: {
    reaches: "acceptRattachement (Demandes de rattachement: Accepter)",
    access: { kind: "manage" },
    run: async (c) =>
      acceptRattachement({ userId: c.userId, input: { rattachementId: (await pendingRequest(c)).id, role: "UTILISATEUR_SIMPLE", serviceIds: [], consultation: ["FACTURES_RECUES"], modification: [] } }),
  },
  refuseRattachementAction: {
    reaches: "refuseRattachement (Demandes de rattachement: Refuser)",
    access: { kind: "manage" },
    run: async (c) => refuseRattachement({ userId: c.userId, input: { rattachementId: (await pendingRequest(c)).id, motif: "Inconnu du service." } }),
  },

  // Activités du gestionnaire > Mes structures.
  updateStructureAction: {
    reaches: "updateStructure (Modifier la structure)",
    access: { kind: "manage" },
    run: (c) =>
      updateStructure({ userId: c.userId, structureId: c.place.structureId, input: structureUpdateSchema.parse({ raisonSociale: "MATRICE MODIFIEE", status: "ACTIF", adresse: "1 place de la Mairie", codePostal: "35000", ville: "RENNES", pays: "France" }) }),
  },
  addEspacesAction: {
    reaches: "addEspaces (Ajouter des espaces)",
    access: { kind: "manage" },
    run: (c) => addEspaces({ userId: c.userId, structureId: c.place.structureId, input: { services: ["TOUS"], consultation: ["SOLLICITATIONS_RECUES"], modification: [] } }),
  },
  removeEspacesAction: {
    reaches: "removeEspaces (Supprimer des espaces)",
    access: { kind: "manage" },
    run: async (c) => {
      const opening = await db.structureEspace.create({ data: { structureId: c.place.structureId, espace: "SOLLICITATIONS_RECUES" } });
      return removeEspaces({ userId: c.userId, structureId: c.place.structureId, espaceIds: [opening.id] });
    },
  },
  createServiceAction: {
    reaches: "createService (Ajouter un service)",
    access: { kind: "manage" },
    run: (c) => createService({ userId: c.userId, structureId: c.place.structureId, input: { code: `S${unique()}`, libelle: "Service de la matrice", engagementObligatoire: false } }),
  },
  updateServiceAction: {
    reaches: "updateService (Modifier un service)",
    access: { kind: "manage" },
    run: (c) => updateService({ userId: c.userId, structureId: c.place.structureId, serviceId: c.place.serviceId, input: { code: "COLLEGE", libelle: "Collèges", engagementObligatoire: false } }),
  },
  setServiceActiveAction: {
    reaches: "setServiceActive (Activer / désactiver un service)",
    access: { kind: "manage" },
    run: (c) => setServiceActive({ userId: c.userId, structureId: c.place.structureId, serviceId: c.place.serviceId, active: true }),
  },
  attachUserAction: {
    reaches: "attachUser (Rattacher un utilisateur: an invitation)",
    access: { kind: "manage" },
    run: async (c) => attachUser({ userId: c.userId, structureId: c.place.structureId, input: { email: (await createUser()).loginEmail, role: "UTILISATEUR_SIMPLE", serviceIds: [], espaces: [] } as never }),
  },
  updateUserRattachementAction: {
    reaches: "updateUserRattachement (Modifier un utilisateur)",
    access: { kind: "manage" },
    run: async (c) =>
      updateUserRattachement({ userId: c.userId, structureId: c.place.structureId, rattachementId: (await member(c)).id, input: { role: "UTILISATEUR_SIMPLE", serviceIds: [], espaces: ["FACTURES_RECUES"], modification: [] } }),
  },
  usersSelectionAction: {
    reaches: "setUsersActive / removeUsers (Désactiver, Réactiver, Supprimer des utilisateurs)",
    access: { kind: "manage" },
    run: async (c) => {
      const rattachement = await member(c);
      return c.actor.startsWith("GS") ? removeUsers({ userId: c.userId, structureId: c.place.structureId, rattachementIds: [rattachement.id] }) : setUsersActive({ userId: c.userId, structureId: c.place.structureId, rattachementIds: [rattachement.id], active: false });
    },
  },
  // Bank accounts: a gestionnaire's only (a simple user never routes a payment to a new account). The same IBAN again is a CONFLICT, past the check.
  addBankAccountAction: {
    reaches: "addBankAccount (Coordonnées bancaires)",
    access: { kind: "manage" },
    run: (c) => addBankAccount({ userId: c.userId, structureId: c.place.structureId, input: { iban: MATRIX_IBAN, bic: null, titulaire: "Compte de la matrice", affactureur: false } }),
  },
  updateBankAccountAction: {
    reaches: "updateBankAccount (Coordonnées bancaires)",
    access: { kind: "manage" },
    run: async (c) => updateBankAccount({ userId: c.userId, structureId: c.place.structureId, bankAccountId: await bankAccountOf(c), input: { iban: MATRIX_IBAN, bic: null, titulaire: "Compte de la matrice", affactureur: false } }),
  },
  setBankAccountActiveAction: {
    reaches: "setBankAccountActive (Coordonnées bancaires)",
    access: { kind: "manage" },
    run: async (c) => setBankAccountActive({ userId: c.userId, structureId: c.place.structureId, bankAccountId: await bankAccountOf(c), active: true }),
  },

  // Mandates (a gestionnaire's), signed from the link e-mailed to a gestionnaire.
  subscribeMandateAction: {
    reaches: "subscribeMandate (Souscrire un mandat)",
    access: { kind: "manage" },
    // The matrix's structures are public: a gestionnaire passes the check and is then told that only a private structure subscribes one.
    run: (c) =>
      subscribeMandate({ userId: c.userId, input: { structureId: c.place.structureId, libelle: "MANDAT DE LA MATRICE" } }).catch((error: unknown) => {
        if (error instanceof AppError && /Seule une structure privée/.test(error.message)) throw new AppError("CONFLICT", error.message);
        throw error;
      }),
  },
  signMandateAction: { reaches: "signMandate (the signature link's token, a gestionnaire of its structure)", access: { kind: "signedIn" }, todo: "token-based: see mandates-access.test.ts" },
  revokeMandateAction: {
    reaches: "revokeMandate (Révoquer un mandat)",
    access: { kind: "manage" },
    run: async (c) => {
      const mandate = await db.mandate.create({
        data: { structureId: c.place.structureId, libelle: "MANDAT", status: "ACTIF", createdById: c.place.principalId, signataireId: c.place.principalId, signedAt: new Date() },
      });
      return revokeMandate({ userId: c.userId, structureId: c.place.structureId, mandateId: mandate.id });
    },
  },

  // Administration (platform administrators).
  approveClaimAction: {
    reaches: "approveClaim (Administration: name the gestionnaire principal)",
    access: { kind: "platformAdmin" },
    run: async (c) => approveClaim({ userId: c.userId, input: { claimId: await pendingClaim() } }),
  },
  refuseClaimAction: {
    reaches: "refuseClaim (Administration: refuse a claim with a motif)",
    access: { kind: "platformAdmin" },
    run: async (c) => refuseClaim({ userId: c.userId, input: { claimId: await pendingClaim(), motif: "Justificatif insuffisant." } }),
  },
};
