// The route handlers' one wrapper (src/server/http/route-handler.ts): the session, the params, the refusals and the
// headers of every answer.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, notFound } from "@/server/errors.ts";
import { routeHandler, SESSION_EXPIRED_MESSAGE } from "@/server/http/route-handler.ts";
import { FILE_NOT_FOUND, textResponse } from "@/server/http/responses.ts";

const session = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("@/server/auth/session.ts", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error("NEXT_REDIRECT");
    return session.user;
  },
}));

const call = (handler: ReturnType<typeof routeHandler>, params: Record<string, string> = {}) =>
  handler(new Request("http://localhost/x"), { params: Promise.resolve(params) });

const ID = "11111111-1111-4111-8111-111111111111";

describe("routeHandler", () => {
  it("answers a malformed id as a missing one, without running the use case", async () => {
    session.user = { id: "u" };
    const run = vi.fn(async () => new Response("ok"));
    const handler = routeHandler({ access: "user", params: z.object({ id: z.uuid() }), notFound: FILE_NOT_FOUND, run });
    const malformed = await call(handler, { id: "../../etc/passwd" });
    expect([malformed.status, await malformed.text()]).toEqual([404, FILE_NOT_FOUND]);
    expect(run).not.toHaveBeenCalled();
    expect(await (await call(handler, { id: ID })).text()).toBe("ok");
  });

  it("answers what the use case does not find with the route's one 404, other refusals with their status and message", async () => {
    session.user = { id: "u" };
    const refusing = (error: AppError) => routeHandler({ access: "user", notFound: FILE_NOT_FOUND, run: async () => Promise.reject(error) });
    const missing = await call(refusing(notFound("Facture introuvable.")));
    expect([missing.status, await missing.text()]).toEqual([404, FILE_NOT_FOUND]);
    const forbidden = await call(refusing(new AppError("FORBIDDEN", "Réservé aux gestionnaires.")));
    expect([forbidden.status, await forbidden.text()]).toEqual([403, "Réservé aux gestionnaires."]);
    await expect(call(routeHandler({ access: "user", run: async () => Promise.reject(new Error("bug")) }))).rejects.toThrow("bug");
  });

  it("sends a caller without session to the login form, or answers 401 for a fetched export", async () => {
    session.user = null;
    const run = vi.fn(async () => new Response("ok"));
    await expect(call(routeHandler({ access: "user", run }))).rejects.toThrow("NEXT_REDIRECT");
    const signedOut = await call(routeHandler({ access: "user-or-401", run }));
    expect([signedOut.status, await signedOut.text()]).toEqual([401, SESSION_EXPIRED_MESSAGE]);
    expect(run).not.toHaveBeenCalled();
    expect((await routeHandler({ access: "public", run })()).status).toBe(200);
  });

  it("keeps every answer private and unsniffed, without overriding what the route set", async () => {
    session.user = { id: "u" };
    const plain = await call(routeHandler({ access: "user", run: async () => new Response("x") }));
    expect(plain.headers.get("Cache-Control")).toBe("private, no-store");
    expect(plain.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const own = await call(routeHandler({ access: "public", run: async () => Response.json({}, { headers: { "cache-control": "no-store" } }) }));
    expect(own.headers.get("Cache-Control")).toBe("no-store");
    const text = textResponse("Fichier introuvable.", 404);
    expect(text.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("Cache-Control")).toBe("private, no-store");
    expect(text.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});
