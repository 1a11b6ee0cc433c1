import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { beforeAll, describe, expect, it } from "vitest";
import type { SignupInput } from "@/features/accounts/schemas.ts";
import { createCaptchaChallenge } from "@/features/accounts/data/captcha.ts";
import { activateAccount } from "@/features/accounts/use-cases/activate-account.ts";
import { authenticateUser } from "@/features/accounts/use-cases/authenticate-user.ts";
import { createAccount } from "@/features/accounts/use-cases/create-account.ts";
import { getActivationAccount } from "@/features/accounts/use-cases/get-activation-account.ts";
import { resendActivation } from "@/features/accounts/use-cases/resend-activation.ts";
import { db } from "@/server/db.ts";

const PASSWORD = "Nouveau-Compte-2026";
const HOUR = 60 * 60_000;

beforeAll(() => {
  process.env.ALTCHA_MAX_NUMBER = "50"; // a quick proof of work for the tests
});

/** What the browser's widget posts: the challenge and its solution, base64 JSON. */
async function solvedCaptcha(): Promise<string> {
  const challenge = await createCaptchaChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

async function signup(overrides: Partial<SignupInput> = {}): Promise<SignupInput> {
  const loginEmail = overrides.loginEmail ?? `nouveau-${Math.random().toString(36).slice(2, 8)}@exemple.fr`;
  return {
    loginEmail,
    loginEmailConfirmation: loginEmail,
    contactEmail: "",
    nom: "Pellegrin",
    prenom: "Simon",
    adresse: "12 rue Alphonse Guerrin",
    complementAdresse1: "",
    complementAdresse2: "",
    codePostal: "38110",
    ville: "La Tour du Pin",
    pays: "France",
    telephone: "",
    fax: "",
    altcha: await solvedCaptcha(),
    ...overrides,
  };
}

const activation = { password: PASSWORD, confirmation: PASSWORD, secretQuestion: "Dans quelle ville êtes-vous né(e) ?" as const, secretAnswer: "Brest" };

async function lastLink(to: string, path: string): Promise<string> {
  const message = await db.outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = message.text.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`pas de lien ${path} dans : ${message.text}`);
  return match[1];
}

describe("account creation and activation", () => {
  it("answers two sign-ups racing for one address alike: one account, and the other told it exists", async () => {
    const loginEmail = "course@exemple.fr";
    const [first, second] = [await signup({ loginEmail }), await signup({ loginEmail })];
    expect(await Promise.all([createAccount({ input: first }), createAccount({ input: second })])).toEqual([{ loginEmail }, { loginEmail }]);
    expect(await db.user.count({ where: { loginEmail } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: loginEmail } })).toBe(2);
  });

  it("creates the account awaiting activation, e-mails a link, and the activated account can log in", async () => {
    const input = await signup({ loginEmail: "Simon.Pellegrin@Exemple.FR", loginEmailConfirmation: "simon.pellegrin@exemple.fr", telephone: "04 74 00 00 00" });
    expect(await createAccount({ input })).toEqual({ loginEmail: "simon.pellegrin@exemple.fr" });

    const user = await db.user.findUniqueOrThrow({ where: { loginEmail: "simon.pellegrin@exemple.fr" } });
    expect(user).toMatchObject({ status: "EN_COURS_D_ACTIVATION", passwordHash: null, nom: "Pellegrin", telephone: "04 74 00 00 00", contactEmail: null, fax: null });
    const [email] = await db.outboxMessage.findMany({ where: { to: "simon.pellegrin@exemple.fr" } });
    expect(email.subject).toContain("Activation de votre compte");
    expect(email.text).toMatch(/http:\/\/localhost:\d+\/activation\/[A-Za-z0-9_-]{43}/);

    const token = await lastLink(user.loginEmail, "activation");
    expect(await getActivationAccount({ token })).toEqual({ loginEmail: user.loginEmail, contactEmail: null, nom: "Pellegrin", prenom: "Simon" });
    expect((await authenticateUser({ email: user.loginEmail, password: PASSWORD, ip: null })).ok).toBe(false);

    await activateAccount({ token, input: { ...activation, secretAnswer: "  BREST " } });
    const active = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(active.status).toBe("ACTIF");
    expect(active.secretQuestion).toBe(activation.secretQuestion);
    expect(active.secretAnswerHash).toMatch(/^\$argon2id\$/);
    expect(await authenticateUser({ email: "SIMON.pellegrin@exemple.fr", password: PASSWORD, ip: null })).toMatchObject({ ok: true });
  });

  it("answers the same for a taken address, changes nothing, and tells that address instead", async () => {
    const first = await signup();
    await createAccount({ input: first });
    const before = await db.user.findUniqueOrThrow({ where: { loginEmail: first.loginEmail } });

    const again = await signup({ loginEmail: first.loginEmail.toUpperCase(), loginEmailConfirmation: first.loginEmail, nom: "Intrus" });
    expect(await createAccount({ input: again })).toEqual({ loginEmail: first.loginEmail });

    expect(await db.user.findUniqueOrThrow({ where: { loginEmail: first.loginEmail } })).toEqual(before);
    const emails = await db.outboxMessage.findMany({ where: { to: first.loginEmail }, orderBy: { createdAt: "asc" } });
    expect(emails).toHaveLength(2);
    expect(emails[1].subject).toContain("Un compte existe déjà");
    expect(emails[1].text).toContain("/mot-de-passe-oublie");
    expect(emails[1].text).not.toMatch(/\/activation\/[A-Za-z0-9_-]{43}/);
  });

  it("accepts a captcha solution once, and refuses a forged or missing one", async () => {
    const input = await signup();
    await createAccount({ input });
    const replay = await signup({ altcha: input.altcha });
    await expect(createAccount({ input: replay })).rejects.toMatchObject({ code: "CAPTCHA", field: "altcha", message: "Veuillez cocher la case du captcha et attendre sa validation." });
    expect(await db.user.count({ where: { loginEmail: replay.loginEmail } })).toBe(0);

    const decoded = JSON.parse(Buffer.from((await signup()).altcha, "base64").toString());
    // The derived key is the proof (its HMAC is in the signed challenge): a guessed one is refused.
    decoded.solution.derivedKey = decoded.solution.derivedKey.replace(/^./, (c: string) => (c === "0" ? "1" : "0"));
    const forged = await signup({ altcha: Buffer.from(JSON.stringify(decoded)).toString("base64") });
    await expect(createAccount({ input: forged })).rejects.toMatchObject({ code: "CAPTCHA" });
    await expect(createAccount({ input: await signup({ altcha: "n'importe quoi" }) })).rejects.toMatchObject({ code: "CAPTCHA" });
    expect(await db.user.count({ where: { loginEmail: { in: [forged.loginEmail] } } })).toBe(0);
  });

  it("refuses a used, expired or unknown activation link", async () => {
    const input = await signup();
    await createAccount({ input });
    const token = await lastLink(input.loginEmail, "activation");

    const tomorrow = new Date(Date.now() + 24 * HOUR + 1000);
    expect(await getActivationAccount({ token, now: tomorrow })).toBeNull();
    await expect(activateAccount({ token, input: activation, now: tomorrow })).rejects.toMatchObject({ code: "INVALID_TOKEN" });

    await activateAccount({ token, input: activation });
    expect(await getActivationAccount({ token })).toBeNull();
    await expect(activateAccount({ token, input: { ...activation, password: "Autre-Mot-De-Passe-1" } })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    await expect(activateAccount({ token: "inconnu", input: activation })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    expect((await authenticateUser({ email: input.loginEmail, password: PASSWORD, ip: null })).ok).toBe(true);
  });

  it("refuses a password outside the policy, whatever the form said", async () => {
    const input = await signup();
    await createAccount({ input });
    const token = await lastLink(input.loginEmail, "activation");
    await expect(activateAccount({ token, input: { ...activation, password: "trop-court", confirmation: "trop-court" } })).rejects.toMatchObject({ code: "VALIDATION", field: "password" });
    expect(await getActivationAccount({ token })).not.toBeNull();
  });

  it("resends a link that replaces the older ones, and answers alike for unknown or active addresses", async () => {
    const input = await signup();
    await createAccount({ input });
    const old = await lastLink(input.loginEmail, "activation");
    await resendActivation({ email: ` ${input.loginEmail.toUpperCase()} ` });
    const fresh = await lastLink(input.loginEmail, "activation");
    expect(fresh).not.toBe(old);
    expect(await getActivationAccount({ token: old })).toBeNull();
    await expect(activateAccount({ token: old, input: activation })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    await activateAccount({ token: fresh, input: activation });

    const sent = await db.outboxMessage.count();
    await resendActivation({ email: input.loginEmail }); // now active
    await resendActivation({ email: "personne@exemple.fr" });
    expect(await db.outboxMessage.count()).toBe(sent);
  });
});
