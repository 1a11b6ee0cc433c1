import { describe, expect, it } from "vitest";
import { authenticateUser } from "@/features/accounts/use-cases/authenticate-user.ts";
import { changePassword } from "@/features/accounts/use-cases/change-password.ts";
import { getPasswordReset } from "@/features/accounts/use-cases/get-password-reset.ts";
import { getProfile } from "@/features/accounts/use-cases/get-profile.ts";
import { requestPasswordReset } from "@/features/accounts/use-cases/request-password-reset.ts";
import { resetPassword } from "@/features/accounts/use-cases/reset-password.ts";
import { updateProfile } from "@/features/accounts/use-cases/update-profile.ts";
import { hashSecret } from "@/server/auth/passwords.ts";
import { db } from "@/server/db.ts";
import { createUser, PASSWORD } from "../factories.ts";

const NEW_PASSWORD = "Encore-Nouveau-2026";
const QUESTION = "Quel est le nom de votre premier animal de compagnie ?";
const MINUTE = 60_000;

async function userWithSecret(status: "ACTIF" | "EN_COURS_D_ACTIVATION" = "ACTIF") {
  const user = await createUser({ status });
  return db.user.update({ where: { id: user.id }, data: { secretQuestion: QUESTION, secretAnswerHash: await hashSecret("médor") } });
}

async function resetLinks(to: string): Promise<string[]> {
  const messages = await db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
  return messages.flatMap((m) => m.text.match(/reinitialisation-mot-de-passe\/([A-Za-z0-9_-]+)/)?.[1] ?? []);
}

const reset = (secretAnswer: string, password = NEW_PASSWORD) => ({ secretAnswer, password, confirmation: password });

describe("forgotten password", () => {
  it("e-mails a one-hour link; the right secret answer sets the new password, lifts the captcha and ends every link", async () => {
    const user = await userWithSecret();
    for (let i = 0; i < 5; i++) await authenticateUser({ email: user.loginEmail, password: "faux", ip: null });
    expect(await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: null })).toEqual({ ok: false, reason: "CAPTCHA_REQUIRED" });

    await requestPasswordReset({ email: user.loginEmail.toUpperCase() });
    await requestPasswordReset({ email: user.loginEmail });
    const [first, second] = await resetLinks(user.loginEmail);
    expect(await getPasswordReset({ token: first })).toBeNull(); // replaced by the second
    expect(await getPasswordReset({ token: second })).toEqual({ secretQuestion: QUESTION });
    expect(await getPasswordReset({ token: second, now: new Date(Date.now() + 61 * MINUTE) })).toBeNull();

    await expect(resetPassword({ token: second, input: reset("rex") })).rejects.toMatchObject({ code: "VALIDATION", field: "secretAnswer" });
    expect(await getPasswordReset({ token: second })).not.toBeNull(); // a wrong answer does not use the link

    await resetPassword({ token: second, input: reset("  MÉDOR ") });
    expect(await authenticateUser({ email: user.loginEmail, password: NEW_PASSWORD, ip: null })).toMatchObject({ ok: true });
    expect(await getPasswordReset({ token: second })).toBeNull();
    await expect(resetPassword({ token: second, input: reset("médor", "Troisieme-Essai-2026") })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
  });

  it("says nothing and sends nothing for an unknown or not yet activated address", async () => {
    const pending = await userWithSecret("EN_COURS_D_ACTIVATION");
    await requestPasswordReset({ email: pending.loginEmail });
    await requestPasswordReset({ email: "personne@exemple.fr" });
    expect(await db.outboxMessage.count({ where: { to: { in: [pending.loginEmail, "personne@exemple.fr"] } } })).toBe(0);
  });

  it("sends at most 3 links per account per hour, silently", async () => {
    const user = await userWithSecret();
    const now = new Date();
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: user.loginEmail, now: new Date(now.getTime() + i * 1000) });
    expect(await resetLinks(user.loginEmail)).toHaveLength(3);
    await requestPasswordReset({ email: user.loginEmail, now: new Date(now.getTime() + 61 * MINUTE) });
    expect(await resetLinks(user.loginEmail)).toHaveLength(4);
  });

  it("refuses an expired link", async () => {
    const user = await userWithSecret();
    await requestPasswordReset({ email: user.loginEmail });
    const [link] = await resetLinks(user.loginEmail);
    await expect(resetPassword({ token: link, input: reset("médor"), now: new Date(Date.now() + 61 * MINUTE) })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
  });
});

describe("Mon compte", () => {
  const details = {
    contactEmail: "contact@exemple.fr",
    nom: "Martin",
    prenom: "Léa",
    adresse: "3 place du Marché",
    complementAdresse1: "Bâtiment B",
    complementAdresse2: "",
    codePostal: "29200",
    ville: "Brest",
    pays: "Belgique" as const,
    telephone: "+33 2 98 00 00 00",
    fax: "",
  };

  it("edits every field of the user's own account but the login address, and nobody else's", async () => {
    const user = await createUser();
    const other = await createUser();
    await updateProfile({ userId: user.id, input: details });
    expect(await getProfile({ userId: user.id })).toEqual({ loginEmail: user.loginEmail, values: details });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id } })).toEqual(other);
  });

  it("changes the password only with the right current one", async () => {
    const user = await createUser();
    await expect(changePassword({ userId: user.id, input: { currentPassword: "pas le bon", password: NEW_PASSWORD, confirmation: NEW_PASSWORD } })).rejects.toMatchObject({
      code: "VALIDATION",
      field: "currentPassword",
    });
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: null })).ok).toBe(true);

    await expect(changePassword({ userId: user.id, input: { currentPassword: PASSWORD, password: "faible", confirmation: "faible" } })).rejects.toMatchObject({ field: "password" });
    await changePassword({ userId: user.id, input: { currentPassword: PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD } });
    expect((await authenticateUser({ email: user.loginEmail, password: NEW_PASSWORD, ip: null })).ok).toBe(true);
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: null })).ok).toBe(false);
  });

  it("ends the pending reset links when the password is changed", async () => {
    const user = await userWithSecret();
    await requestPasswordReset({ email: user.loginEmail });
    const [link] = await resetLinks(user.loginEmail);
    await changePassword({ userId: user.id, input: { currentPassword: PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD } });
    expect(await getPasswordReset({ token: link })).toBeNull();
  });
});
