// The public forms check their link or cheap fields before any argon2 hash, and are rate-limited per address and
// per account (or e-mail address), in PostgreSQL.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActivationInput, SignupInput } from "@/features/accounts/schemas.ts";
import { createCaptchaChallenge } from "@/features/accounts/data/captcha.ts";
import { activateAccount } from "@/features/accounts/use-cases/activate-account.ts";
import { createAccount } from "@/features/accounts/use-cases/create-account.ts";
import { requestPasswordReset } from "@/features/accounts/use-cases/request-password-reset.ts";
import { resendActivation } from "@/features/accounts/use-cases/resend-activation.ts";
import { resetPassword } from "@/features/accounts/use-cases/reset-password.ts";
import * as passwords from "@/server/auth/passwords.ts";
import { db } from "@/server/db.ts";
import { hitRateLimit, RATE_LIMITS } from "@/server/rate-limit.ts";
import { createUser } from "../factories.ts";

// Every argon2 call goes through these spies: "before any hashing" is a count of zero.
vi.mock("@/server/auth/passwords.ts", async (original) => {
  const actual = await original<typeof import("@/server/auth/passwords.ts")>();
  return { ...actual, hashSecret: vi.fn(actual.hashSecret), verifySecret: vi.fn(actual.verifySecret) };
});
const argon2Calls = () => vi.mocked(passwords.hashSecret).mock.calls.length + vi.mocked(passwords.verifySecret).mock.calls.length;

const NEW_PASSWORD = "Nouveau-Mot-2026!";
let address = 0;
/** A fresh client address per test, so that the per-address counts of one test do not reach another. */
const freshIp = () => `198.18.${Math.floor(++address / 250)}.${address % 250}`;

beforeAll(() => {
  process.env.ALTCHA_MAX_NUMBER = "50";
});
beforeEach(() => {
  vi.mocked(passwords.hashSecret).mockClear();
  vi.mocked(passwords.verifySecret).mockClear();
});

async function solvedCaptcha(): Promise<string> {
  const challenge = await createCaptchaChallenge();
  return Buffer.from(JSON.stringify({ challenge, solution: await solveChallenge({ challenge, deriveKey }) })).toString("base64");
}

async function signup(loginEmail: string): Promise<SignupInput> {
  return {
    loginEmail,
    loginEmailConfirmation: loginEmail,
    contactEmail: "",
    nom: "Martin",
    prenom: "Lou",
    adresse: "1 rue de la Paix",
    complementAdresse1: "",
    complementAdresse2: "",
    codePostal: "75001",
    ville: "Paris",
    pays: "France",
    telephone: "",
    fax: "",
    altcha: await solvedCaptcha(),
  } as SignupInput;
}

const activation = { password: NEW_PASSWORD, confirmation: NEW_PASSWORD, secretQuestion: "Quel est le nom de votre premier animal de compagnie ?", secretAnswer: "Médor" } as ActivationInput;
const reset = (secretAnswer: string) => ({ secretAnswer, password: NEW_PASSWORD, confirmation: NEW_PASSWORD });

describe("public forms: cheap checks before hashing", () => {
  it("refuses an unknown activation link without hashing anything", async () => {
    await expect(activateAccount({ token: "lien-inconnu", input: activation, now: new Date(), ip: freshIp() })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    expect(argon2Calls()).toBe(0);
  });

  it("refuses an unknown reset link without checking the secret answer or hashing the new password", async () => {
    await expect(resetPassword({ token: "lien-inconnu", input: reset("médor"), now: new Date(), ip: freshIp() })).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    expect(argon2Calls()).toBe(0);
  });

  it("refuses a password that breaks the rule before anything else", async () => {
    await expect(resetPassword({ token: "lien-inconnu", input: { secretAnswer: "x", password: "court", confirmation: "court" }, now: new Date(), ip: freshIp() })).rejects.toMatchObject({ code: "VALIDATION", field: "password" });
    expect(argon2Calls()).toBe(0);
  });
});

describe("public forms: rate limits per address and per account", () => {
  it("limits sign-ups per address, before the captcha is even looked at", async () => {
    const ip = freshIp();
    for (let i = 0; i < RATE_LIMITS.signupPerIp.limit; i++) await createAccount({ input: await signup(`inscrit-${i}-${ip}@exemple.fr`), now: new Date(), ip });
    await expect(createAccount({ input: { ...(await signup(`un-de-trop-${ip}@exemple.fr`)), altcha: "pas vu" }, now: new Date(), ip })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "Trop de demandes en peu de temps : réessayez dans 60 minutes.",
    });
    // Another address is not concerned.
    await createAccount({ input: await signup(`ailleurs-${ip}@exemple.fr`), now: new Date(), ip: freshIp() });
  });

  it("limits sign-ups per e-mail address, counted only once the captcha is solved", async () => {
    const email = `convoite-${Date.now()}@exemple.fr`;
    // Unsolved captchas do not use up the address's quota.
    for (let i = 0; i < 5; i++) await expect(createAccount({ input: { ...(await signup(email)), altcha: "faux" }, now: new Date(), ip: freshIp() })).rejects.toMatchObject({ code: "CAPTCHA" });
    for (let i = 0; i < RATE_LIMITS.signupPerEmail.limit; i++) await createAccount({ input: await signup(email), now: new Date(), ip: freshIp() });
    await expect(createAccount({ input: await signup(email), now: new Date(), ip: freshIp() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("limits the answers to the secret question per account, whatever the address, the right one included", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { secretQuestion: "Q ?", secretAnswerHash: await passwords.hashSecret("médor") } });
    await requestPasswordReset({ email: user.loginEmail, now: new Date(), ip: freshIp() });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: user.loginEmail } });
    const token = message.text.match(/reinitialisation-mot-de-passe\/([A-Za-z0-9_-]+)/)![1];
    for (let i = 0; i < RATE_LIMITS.resetPerAccount.limit; i++) {
      await expect(resetPassword({ token, input: reset(`essai-${i}`), now: new Date(), ip: freshIp() })).rejects.toMatchObject({ code: "VALIDATION", field: "secretAnswer" });
    }
    await expect(resetPassword({ token, input: reset("médor"), now: new Date(), ip: freshIp() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // After the window, the owner goes on.
    await resetPassword({ token, input: reset("médor"), now: new Date(Date.now() + 16 * 60_000), ip: freshIp() });
  });

  it("limits link requests (activation, reset) per address and per e-mail address, with a message that tells nothing about the account", async () => {
    const ip = freshIp();
    for (let i = 0; i < RATE_LIMITS.emailRequestPerIp.limit; i++) await requestPasswordReset({ email: `personne-${i}@exemple.fr`, now: new Date(), ip });
    await expect(resendActivation({ email: "personne-x@exemple.fr", now: new Date(), ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });

    for (let i = 0; i < RATE_LIMITS.emailRequestPerEmail.limit; i++) await resendActivation({ email: "cible@exemple.fr", now: new Date(), ip: freshIp() });
    await expect(requestPasswordReset({ email: "cible@exemple.fr", now: new Date(), ip: freshIp() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("limits captcha challenges per address, and counts concurrent requests without losing any", async () => {
    const key = `captcha:ip:${freshIp()}`;
    const limit = { limit: 10, windowMinutes: 10 };
    const answers = await Promise.all(Array.from({ length: 15 }, () => hitRateLimit(key, limit)));
    expect(answers.filter((a) => a.allowed)).toHaveLength(10);
    expect(answers.map((a) => a.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });
});
