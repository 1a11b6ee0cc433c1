// Server-side sessions: a request is accepted only while its user_sessions row is live, and every event that must end
// a session (sign-out, password change or reset, deactivation, removal from a structure, « Se déconnecter de tous les
// appareils ») revokes the rows, so the session ends at its next request whatever its cookie says.
import { beforeEach, describe, expect, it, vi } from "vitest";

const cookie = vi.hoisted(() => ({ sid: undefined as string | undefined, path: "/factures-emises" }));
vi.mock("next-auth", () => ({ getServerSession: async () => (cookie.sid ? { user: {}, sid: cookie.sid } : null) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-pathname": cookie.path }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));

import { signOutEverywhere } from "@/features/accounts/use-cases/sign-out-everywhere.ts";
import { changePassword } from "@/features/accounts/use-cases/change-password.ts";
import { requestPasswordReset } from "@/features/accounts/use-cases/request-password-reset.ts";
import { resetPassword } from "@/features/accounts/use-cases/reset-password.ts";
import { removeUsers } from "@/features/rattachements/use-cases/remove-users.ts";
import { setUsersActive } from "@/features/rattachements/use-cases/set-users-active.ts";
import { authOptions } from "@/server/auth/options.ts";
import { hashSecret } from "@/server/auth/passwords.ts";
import { getCurrentUser, getSessionState, requireSession, requireUser } from "@/server/auth/session.ts";
import { createUserSession, readLiveSession } from "@/server/auth/user-sessions.ts";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createUser, PASSWORD } from "../factories.ts";

const MINUTE = 60_000;

/** A session that has given its password and, unless `pending`, its second factor. */
async function signedIn(userId: string, options: { pending?: boolean } = {}) {
  const id = await createUserSession({ userId, ip: "192.0.2.1", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0" });
  if (!options.pending) await db.userSession.update({ where: { id }, data: { secondFactorAt: new Date() } });
  return id;
}

/** What a request carrying this session's cookie gets. */
async function requestWith(sid: string) {
  cookie.sid = sid;
  return (await getSessionState()).status;
}

beforeEach(() => {
  cookie.sid = undefined;
  cookie.path = "/factures-emises";
});

describe("a session's next request", () => {
  it("is accepted while its row is live, and a revoked session is refused at its next request", async () => {
    const user = await createUser();
    const sid = await signedIn(user.id);
    expect(await requestWith(sid)).toBe("signed-in");
    expect(await getCurrentUser()).toMatchObject({ id: user.id, email: user.loginEmail, sessionId: sid });

    await authOptions.events!.signOut!({ token: { sid }, session: null as never });
    expect(await requestWith(sid)).toBe("none");
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toThrow("REDIRECT /?session=expiree&retour=%2Ffactures-emises");
  });

  it("a session without second factor reaches nothing but the second-factor pages", async () => {
    const user = await createUser();
    const sid = await signedIn(user.id, { pending: true });
    expect(await requestWith(sid)).toBe("pending");
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toThrow("REDIRECT /double-authentification?retour=%2Ffactures-emises");
    expect(await requireSession()).toMatchObject({ id: user.id, sessionId: sid, secondFactorDone: false });
    // A session left waiting for its second factor ends after 15 minutes.
    expect(await readLiveSession(sid, new Date(Date.now() + 16 * MINUTE))).toBeNull();
  });

  it("without a cookie, or with a forged or unknown session id, is signed out", async () => {
    expect(await requestWith("")).toBe("none");
    expect(await requestWith("pas-un-uuid")).toBe("none");
    expect(await requestWith("00000000-0000-4000-8000-000000000000")).toBe("none");
    await expect(requireSession()).rejects.toThrow("REDIRECT /?session=expiree");
  });

  it("ends after SESSION_MAX_AGE_MINUTES without a request, and after 12 hours however active; lastSeenAt is written at most once a minute", async () => {
    const user = await createUser();
    const sid = await signedIn(user.id);
    const seenAt = async () => (await db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.getTime();
    const start = await seenAt();
    await readLiveSession(sid, new Date(start + 30_000));
    expect(await seenAt()).toBe(start);
    await readLiveSession(sid, new Date(start + 61_000));
    expect(await seenAt()).toBe(start + 61_000);
    expect(await readLiveSession(sid, new Date(start + 61_000 + 61 * MINUTE))).toBeNull();
    for (let hour = 1; hour <= 11; hour++) await readLiveSession(sid, new Date(start + hour * 55 * MINUTE));
    expect(await readLiveSession(sid, new Date(start + 11 * 55 * MINUTE + MINUTE))).not.toBeNull();
    expect(await readLiveSession(sid, new Date(start + 12 * 60 * MINUTE + MINUTE))).toBeNull();
  });

  it("is refused once its user is no longer active", async () => {
    const user = await createUser();
    const sid = await signedIn(user.id);
    await db.user.update({ where: { id: user.id }, data: { status: "INACTIF" } });
    expect(await requestWith(sid)).toBe("none");
  });
});

describe("what ends sessions", () => {
  it("a password change ends the other sessions but not the current one", async () => {
    const user = await createUser();
    const [current, other] = [await signedIn(user.id), await signedIn(user.id)];
    const stranger = await signedIn((await createUser()).id);
    await changePassword({ userId: user.id, input: { currentPassword: PASSWORD, password: "Nouveau-Mot-2026-!", confirmation: "Nouveau-Mot-2026-!" }, now: new Date(), currentSessionId: current });
    expect(await requestWith(current)).toBe("signed-in");
    expect(await requestWith(other)).toBe("none");
    expect(await requestWith(stranger)).toBe("signed-in");
  });

  it("a password reset ends every session of the account", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { secretQuestion: "Nom de votre première école ?", secretAnswerHash: await hashSecret("jules ferry") } });
    const sessions = [await signedIn(user.id), await signedIn(user.id, { pending: true })];
    await requestPasswordReset({ email: user.loginEmail });
    const [mail] = await db.outboxMessage.findMany({ where: { to: user.loginEmail } });
    const token = mail.text.match(/reinitialisation-mot-de-passe\/([A-Za-z0-9_-]+)/)![1];
    await resetPassword({ token, input: { secretAnswer: "Jules Ferry", password: "Nouveau-Mot-2026-!", confirmation: "Nouveau-Mot-2026-!" } });
    for (const sid of sessions) expect(await requestWith(sid)).toBe("none");
  });

  it("deactivating a user of a structure, or removing them from it, ends their sessions", async () => {
    const { structure, principal } = await createManagedStructure();
    const deactivated = await createUser();
    const removed = await createUser();
    const deactivatedRattachement = await attach(deactivated.id, structure.id);
    const removedRattachement = await attach(removed.id, structure.id);
    const [deactivatedSession, removedSession, principalSession] = [await signedIn(deactivated.id), await signedIn(removed.id), await signedIn(principal.id)];

    await setUsersActive({ userId: principal.id, structureId: structure.id, rattachementIds: [deactivatedRattachement.id], active: false });
    expect(await requestWith(deactivatedSession)).toBe("none");
    expect(await requestWith(removedSession)).toBe("signed-in");

    await removeUsers({ userId: principal.id, structureId: structure.id, rattachementIds: [removedRattachement.id] });
    expect(await requestWith(removedSession)).toBe("none");
    expect(await requestWith(principalSession)).toBe("signed-in");
  });

  it("« Se déconnecter de tous les appareils » ends every session of the account, and only of that account", async () => {
    const user = await createUser();
    const sessions = [await signedIn(user.id), await signedIn(user.id), await signedIn(user.id, { pending: true })];
    const stranger = await signedIn((await createUser()).id);
    expect(await signOutEverywhere({ userId: user.id })).toBe(3);
    for (const sid of sessions) expect(await requestWith(sid)).toBe("none");
    expect(await requestWith(stranger)).toBe("signed-in");
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "SESSIONS_ALL_ENDED" } })).toBe(1);
  });
});
