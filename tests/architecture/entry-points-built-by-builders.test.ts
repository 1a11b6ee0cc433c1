// No server action and no route handler can skip the session check, the input's parse and the mapping of refusals:
// each one exported is built by its builder (src/server/actions.ts, src/server/http/route-handler.ts). The entries
// are those the authorization matrix reads from the code.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeHandlers, serverActions } from "../integration/authorization-matrix/inventory.ts";

const repository = path.resolve(import.meta.dirname, "../..");
const source = (file: string) => readFileSync(path.join(repository, file), "utf8");

/** Whether `name` is declared as `export const name = builder(`: its first `=` (not an arrow's) is the builder's call. */
const builtBy = (code: string, name: string, builders: string[]) =>
  new RegExp(`export\\s+const\\s+${name}\\b(?:[^=]|=>)*=(?!>)\\s*(?:${builders.join("|")})\\s*(?:<[^>]*>)?\\(`).test(code);

// next-auth's own handler checks its CSRF token and writes its cookies itself (see route-handler.ts); the OAuth2 token
// endpoint's library (@node-oauth/oauth2-server) authenticates the client itself (src/server/api/oauth-token.ts).
const OWN_CHECKS_ROUTES = new Set(["src/app/api/auth/[...nextauth]/route.ts", "src/app/api/oauth/token/route.ts"]);

describe("entry points", () => {
  it("every server action is built by userAction, sessionAction or publicAction", () => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(50);
    const handWritten = actions.filter(({ name, file }) => !builtBy(source(file), name, ["userAction", "sessionAction", "publicAction"]));
    expect(handWritten).toEqual([]);
  });

  it("every route handler is built by routeHandler (the API's by apiRoute), but next-auth's and the token endpoint", () => {
    const routes = routeHandlers().filter(({ file }) => !OWN_CHECKS_ROUTES.has(file));
    expect(routes.length).toBeGreaterThan(10);
    const handWritten = routes.filter(({ method, file }) => !builtBy(source(file), method, file.startsWith("src/app/api/v1/") ? ["routeHandler", "apiRoute"] : ["routeHandler"]));
    expect(handWritten).toEqual([]);
  });

  it("sees an action written by hand", () => {
    const code = `"use server";\nexport async function saveAction(formData: FormData) {}\nexport const sendAction: (input: { a: string; b?: string }) => Promise<State> = userAction({ schema, run, done });\nexport const readAction = async () => userAction;`;
    expect(builtBy(code, "saveAction", ["userAction"])).toBe(false);
    expect(builtBy(code, "sendAction", ["userAction"])).toBe(true);
    expect(builtBy(code, "readAction", ["userAction"])).toBe(false);
  });
});
