// The authorization matrix (1/3): the entries are read from the code — every export of a 'use server' file under
// src/features and every method of a route handler — and each must have its row (tests/integration/authorization-matrix/).
// This file checks that, the "no session" column of every entry, and runs the rows of the structures, mandates,
// accounts and administration areas; authorization-matrix-invoices.test.ts and -routes.test.ts run the others.
// Each row names the use case it reaches and what it does; world.ts gives the expected outcome of every cell: role
// (gestionnaire principal, secondaire, utilisateur simple, platform administrator) × right on the espace (none,
// consultation, modification) × own or foreign structure → allowed, FORBIDDEN (a reader asking for a change, in French)
// or NOT_FOUND (a foreign id).
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { initialActionState } from "@/lib/action-state.ts";
import { ACTION_ROWS, ROUTE_ROWS } from "./authorization-matrix/all-rows.ts";
import { routeHandlers, serverActions } from "./authorization-matrix/inventory.ts";
import { runRows } from "./authorization-matrix/run-rows.ts";
import { SIGNED_OUT } from "./authorization-matrix/session-state.ts";
import { STRUCTURE_ROWS } from "./authorization-matrix/rows-structures.ts";

vi.mock("@/server/auth/session.ts", async (importOriginal) =>
  (await import("./authorization-matrix/session-state.ts")).mockedSessionModule(await importOriginal<Record<string, unknown>>()),
);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
// No request: no header, no cookie (an action that reads its own session cookie finds none).
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));

/** Stopped for want of a session: the mocked requireUser's refusal, a redirect to the login form, or UNAUTHENTICATED. */
const stoppedSignedOut = (error: unknown) =>
  error instanceof Error &&
  (error.message === SIGNED_OUT || String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT") || (error as { code?: string }).code === "UNAUTHENTICATED");

const actions = serverActions();
const routes = routeHandlers();
const SOME_ID = "00000000-0000-4000-8000-000000000000";

describe("the matrix's entries, read from the code", () => {
  it("finds the server actions and route handlers", () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(routes.length).toBeGreaterThan(8);
    const names = actions.map((a) => a.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i), "two server actions share a name: the matrix keys rows by name").toEqual([]);
  });

  it("has a row for every server action", () => {
    expect(actions.filter((a) => !ACTION_ROWS[a.name]).map((a) => `${a.file}: ${a.name}`)).toEqual([]);
  });

  it("has a row for every route handler", () => {
    expect(routes.filter((r) => !ROUTE_ROWS[r.key]).map((r) => `${r.file}: ${r.key}`)).toEqual([]);
  });

  it("has no row for an entry that no longer exists", () => {
    const names = new Set(actions.map((a) => a.name));
    const keys = new Set(routes.map((r) => r.key));
    expect(Object.keys(ACTION_ROWS).filter((name) => !names.has(name))).toEqual([]);
    expect(Object.keys(ROUTE_ROWS).filter((key) => !keys.has(key))).toEqual([]);
  });

  it("lists the rows still without their run", () => {
    const pending = Object.entries({ ...ACTION_ROWS, ...ROUTE_ROWS }).filter(([, row]) => !row.run && row.access.kind !== "public");
    console.info(`Matrice d'autorisation : ${pending.length} entrée(s) sans exécution : ${pending.map(([key, row]) => `${key} (${row.todo ?? "—"})`).join(" ; ")}`);
    for (const [key, row] of pending) expect(row.todo ?? row.access.kind === "signedIn", `${key}: a row without run says why (todo)`).toBeTruthy();
  });
});

/** (…ids, previousState, formData) as the pages bind them, or (formData) / (input). */
function argumentsFor(action: (...args: unknown[]) => unknown): unknown[] {
  const form = new FormData();
  form.set("structureId", SOME_ID);
  if (action.length <= 1) return [form];
  return [...Array.from({ length: action.length - 2 }, () => SOME_ID), initialActionState, form];
}

describe("column « no session »", () => {
  it.each(actions.map((a) => [a.name, a.file] as const))("%s stops a caller without a session, unless public", async (name, file) => {
    const module = (await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../..", file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const action = module[name];
    const call = action(...argumentsFor(action));
    if (ACTION_ROWS[name]?.access.kind === "public") {
      await call.catch((error: unknown) => expect((error as Error).message).not.toBe(SIGNED_OUT));
    } else {
      const error = await call.then(
        () => new Error("answered without a session"),
        (thrown: unknown) => thrown,
      );
      expect(stoppedSignedOut(error), String((error as Error)?.message)).toBe(true);
    }
  });

  it.each(routes.filter((r) => ROUTE_ROWS[r.key]?.access.kind !== "public").map((r) => [r.key, r.file] as const))("%s answers 401 or stops without a session", async (key, file) => {
    const module = (await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../..", file))) as Record<string, (...args: unknown[]) => Promise<Response>>;
    const method = key.split(" ")[0];
    const params = Object.fromEntries([...key.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => [m[1], SOME_ID]));
    try {
      const response = await module[method](new Request(`http://localhost${key.split(" ")[1]}`, { method }), { params: Promise.resolve(params) });
      expect(response.status).toBe(401);
    } catch (error) {
      expect(stoppedSignedOut(error), String((error as Error)?.message)).toBe(true);
    }
  });
});

describe("structures, mandates, accounts, administration", () => {
  runRows(STRUCTURE_ROWS);
});
