// Every server action checks who is calling before it does anything: called without a session, each one
// stops at requireUser(). The few public ones (sign-up, activation, password recovery) are listed with
// what protects them instead. Rights on a structure are then checked by the use cases (see their tests).
import { describe, expect, it, vi } from "vitest";
import { initialActionState } from "@/lib/action-state.ts";

const SIGNED_OUT = "appel sans session";
const requireUser = vi.fn(async () => {
  throw new Error(SIGNED_OUT);
});
// requireSession guards the second-factor actions (a session that has given its password only): the same check.
vi.mock("@/server/auth/session.ts", () => ({ requireUser, requireSession: requireUser, getCurrentUser: async () => null }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

/** Public by nature, each protected otherwise: a captcha, or a single-use token sent by e-mail. */
const PUBLIC_ACTIONS = new Set([
  "createAccountAction", // captcha
  "activateAccountAction", // activation token
  "resendActivationAction", // same answer for every address, rate-limited
  "requestPasswordResetAction", // same answer for every address, rate-limited
  "resetPasswordAction", // reset token + secret answer
]);

const actionModules = import.meta.glob<Record<string, unknown>>(["/src/features/**/actions.ts", "/src/features/**/*-actions.ts"]);
const SOME_ID = "00000000-0000-4000-8000-000000000000";

function argumentsFor(action: (...args: unknown[]) => unknown): unknown[] {
  const form = new FormData();
  form.set("structureId", SOME_ID);
  if (action.length <= 1) return [form];
  // (…ids, previousState, formData): ids first, as the pages bind them.
  return [...Array.from({ length: action.length - 2 }, () => SOME_ID), initialActionState, form];
}

describe("server actions", async () => {
  const actions: [string, (...args: unknown[]) => Promise<unknown>][] = [];
  for (const load of Object.values(actionModules)) {
    for (const [name, value] of Object.entries(await load())) {
      if (typeof value === "function") actions.push([name, value as (...args: unknown[]) => Promise<unknown>]);
    }
  }

  it("are found in every area", () => {
    expect(actions.length).toBeGreaterThan(20);
  });

  it.each(actions.filter(([name]) => !PUBLIC_ACTIONS.has(name)))("%s refuses a caller without a session before anything else", async (_name, action) => {
    requireUser.mockClear();
    await expect(action(...argumentsFor(action))).rejects.toThrow(SIGNED_OUT);
    expect(requireUser).toHaveBeenCalledTimes(1);
  });

  it("list only public actions that exist", () => {
    const names = new Set(actions.map(([name]) => name));
    for (const name of PUBLIC_ACTIONS) expect(names.has(name)).toBe(true);
  });
});
