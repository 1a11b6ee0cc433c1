import { expect, test, type Page, type Response } from "@playwright/test";
import { AGENT_COTES_D_ARMOR, ISABELLE, loginAs } from "./helpers.ts";

/** Every CSP violation of the page: the browser's securitypolicyviolation events and its console reports. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create|frame)/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${document.location.pathname}`,
      );
    });
  });
  return violations;
}

function expectSecurityHeaders(response: Response | null) {
  expect(response, "a response").not.toBeNull();
  const headers = response!.headers();
  const policy = headers["content-security-policy"];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Served over http here: no HSTS (a browser would ignore it anyway).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** Opens each page, checks its headers and the demo banner, lets its scripts run, and fails on any CSP violation. */
async function visit(page: Page, violations: string[], paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    expectSecurityHeaders(response);
    await expect(page.getByText("Démonstration", { exact: true }), path).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(violations, path).toEqual([]);
  }
}

test("the signed-out pages pass their Content-Security-Policy, the captcha's proof of work included", async ({ page }) => {
  const violations = await watchCsp(page);
  await visit(page, violations, ["/", "/inscription", "/mot-de-passe-oublie", "/activation/renvoyer", "/structures-publiques", "/conditions-generales"]);

  // Each response has a nonce of its own.
  const first = (await page.goto("/"))!.headers()["content-security-policy"];
  const second = (await page.goto("/"))!.headers()["content-security-policy"];
  expect(first).not.toBe(second);

  // The ALTCHA widget solves its proof of work (web workers) under the policy.
  await page.goto("/inscription");
  await page.getByRole("checkbox", { name: "Je ne suis pas un robot" }).click();
  await expect(page.getByText("Vérifié")).toBeVisible({ timeout: 30_000 });
  expect(violations).toEqual([]);
});

test("the main pages of a supplier pass their Content-Security-Policy", async ({ page }) => {
  const violations = await watchCsp(page);
  await loginAs(page, ISABELLE);
  expect(violations).toEqual([]);
  await visit(page, violations, [
    "/accueil",
    "/factures-emises",
    "/factures-emises/saisir",
    "/factures-emises/depot",
    "/factures-emises/depot/lot",
    "/factures-emises/rechercher",
    "/factures-emises/tableau-de-bord",
    "/activites-gestionnaire",
    "/mon-compte",
    "/mon-compte/securite",
    "/sollicitations-emises",
  ]);
  // An interaction that opens DSFR scripts' dialogs and menus: the entry form's line dialog.
  await page.goto("/factures-emises/saisir");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("a buyer's pages pass their Content-Security-Policy, and the invoice files are framed by the portal only, sandboxed by their policy", async ({ page }) => {
  const violations = await watchCsp(page);
  await loginAs(page, AGENT_COTES_D_ARMOR);
  await visit(page, violations, ["/accueil", "/factures-recues", "/activites-gestionnaire"]);

  // Whatever the invoice (here one that does not exist), the files' routes carry the framing and sandbox policy.
  const missing = await page.request.get("/factures-recues/00000000-0000-4000-8000-000000000000/documents/apercu");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'self'; sandbox");

  const firstInvoice = page.locator('a[href^="/factures-recues/"]').filter({ hasNotText: /Factures reçues/ }).first();
  if ((await firstInvoice.count()) > 0) {
    await firstInvoice.click();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    const frame = page.locator("iframe").first();
    if ((await frame.count()) > 0) {
      // No sandbox attribute on the <iframe>: Chrome then refuses to show any PDF. The PDF's own response is sandboxed.
      const file = await page.request.get((await frame.getAttribute("src"))!);
      expect(file.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
      expect(file.headers()["content-security-policy"]).toMatch(/(^|; )sandbox/);
      expect(file.headers()["x-content-type-options"]).toBe("nosniff");
    }
  }
});

test("after login, only paths of this site are followed, and a newline in them is no error", async ({ page }) => {
  await page.goto("/?retour=/%09/evil.example");
  await loginAs(page, ISABELLE);
  expect(new URL(page.url()).origin).toBe(new URL(page.context().pages()[0].url()).origin);
  await expect(page).toHaveURL(/\/accueil$/);

  // Signed in, the home page sends the user on at once: with these, to the home of the portal.
  for (const retour of ["/%0A", "/%0D%0ASet-Cookie:%20x=1", "//evil.example", "/%5Cevil.example", "%2F%2Fevil.example", "/%2F%2Fevil.example"]) {
    const response = await page.goto(`/?retour=${retour}`);
    expect(response?.status(), retour).toBeLessThan(400);
    await expect(page, retour).toHaveURL(/\/accueil$/);
  }
});

test("a login or a sign-up may not send a large body", async ({ request }) => {
  const refused = await request.post("/api/auth/callback/credentials", {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    data: `email=a%40b.fr&password=${"x".repeat(100 * 1024)}`,
  });
  expect(refused.status()).toBe(413);
  expect(await refused.text()).toContain("La requête est trop volumineuse : 64 Ko au plus pour cette page");
});
