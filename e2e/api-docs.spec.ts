import { expect, test, type Page } from "@playwright/test";

/** Every CSP violation of the page: the browser's securitypolicyviolation events and its console reports. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create|frame)|unsafe-eval/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => violations.push(`error: ${error.message}`));
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return violations;
}

test("the API's reference renders the operations of the published document under the portal's CSP", async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto("/api/docs");
  expect(response?.status()).toBe(200);
  const policy = response!.headers()["content-security-policy"];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain("unsafe-eval");

  await expect(page).toHaveTitle("API du portail — référence");
  await expect(page.getByRole("heading", { level: 1, name: "API du portail — référence" })).toBeVisible();
  await expect(page.getByRole("link", { name: /\/api\/oauth\/token$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Démarrage rapide" })).toBeVisible();

  // Swagger UI read /api/v1/openapi.json and lists its operations, each with its method and path.
  const document = (await (await page.request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => ({ method, path })));
  expect(operations.length).toBeGreaterThan(0);
  await expect(page.locator(".opblock").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(".opblock")).toHaveCount(operations.length);
  await expect(page.locator(".opblock-summary-path", { hasText: "/transverses/health-check" })).toBeVisible();

  // One operation opened: its parameters and answers are drawn too.
  await page.locator(".opblock-summary", { hasText: "/transverses/health-check" }).first().click();
  await expect(page.locator(".opblock-body").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
