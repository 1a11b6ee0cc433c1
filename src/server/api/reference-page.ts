// The API's interactive reference (/api/docs): Swagger UI (swagger-ui-dist, served by the portal itself, no CDN)
// rendering the published OpenAPI document. The portal's policy allows only the scripts carrying the request's nonce
// ('strict-dynamic', neither 'unsafe-inline' nor 'unsafe-eval'): the bundle's <script> and the inline start-up carry it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { API_BASE_PATH, TOKEN_PATH } from "./openapi-document.ts";
import type { ProblemCode } from "./problem.ts";

export const API_DOCS_PATH = "/api/docs";

/** The files of swagger-ui-dist the page loads, with their media types. */
export const SWAGGER_UI_ASSETS = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
} as const;
export type SwaggerUiAsset = keyof typeof SWAGGER_UI_ASSETS;

// Read from the installed package (the app runs from the project's folder), once per process.
const assets = new Map<SwaggerUiAsset, Promise<Buffer>>();
const assetBytes = (name: SwaggerUiAsset) => {
  if (!assets.has(name)) assets.set(name, readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", name)));
  return assets.get(name)!;
};

/** One of Swagger UI's files, kept a day by the browser (the package's version changes it, not a request). */
export async function swaggerUiAssetResponse(name: SwaggerUiAsset): Promise<Response> {
  const bytes = await assetBytes(name);
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": SWAGGER_UI_ASSETS[name], "Content-Length": String(bytes.byteLength), "Cache-Control": "public, max-age=86400" },
  });
}

/** Each problem code an answer may carry: its `type` (problem.ts) points here, at #probleme-<code>. */
export const PROBLEM_CODES: Record<ProblemCode, { status: string; meaning: string }> = {
  VALIDATION: { status: "422", meaning: "Données invalides : `errors` donne, champ par champ, le chemin et le message." },
  INVALID_REQUEST: { status: "400, 405", meaning: "Requête mal formée : JSON illisible, méthode non permise, paramètre OAuth2 manquant." },
  UNAUTHENTICATED: { status: "401", meaning: "Jeton absent, invalide, expiré, ou d'une application révoquée ou dont le secret a changé : en demander un nouveau." },
  INVALID_TOKEN: { status: "410", meaning: "Lien ou jeton à usage unique expiré ou déjà utilisé." },
  INSUFFICIENT_SCOPE: { status: "403", meaning: "Le jeton n'a pas la portée que l'opération demande (lecture ou ecriture)." },
  FORBIDDEN: { status: "403", meaning: "Le compte technique n'a pas le droit demandé (par exemple un espace en consultation seule)." },
  NOT_FOUND: { status: "404", meaning: "Introuvable, ou hors du périmètre des structures du compte technique." },
  CONFLICT: { status: "409", meaning: "L'état de l'objet ne permet pas l'action (une facture déjà envoyée, un numéro déjà pris…), ou une requête de même clé d'idempotence est en cours." },
  IDEMPOTENCY_KEY_REUSED: { status: "422", meaning: "Cette clé d'idempotence a déjà servi pour une autre requête (un autre corps) : en prendre une nouvelle." },
  PAYLOAD_TOO_LARGE: { status: "413", meaning: "Le corps dépasse la taille que l'opération accepte." },
  RATE_LIMITED: { status: "429", meaning: "Trop d'appels pour cette application : réessayer après le délai de l'en-tête Retry-After." },
  CAPTCHA: { status: "422", meaning: "Vérification anti-robot requise (formulaires publics du portail ; pas d'usage dans l'API)." },
  INTERNAL: { status: "500", meaning: "Erreur interne : réessayer ; si elle persiste, communiquer au support le requestId de la réponse." },
};

/** The anchor of a problem code on this page, as problem.ts writes it in `type`. */
export const problemAnchor = (code: ProblemCode) => `probleme-${code.toLowerCase().replaceAll("_", "-")}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The reference page: its start-up script carries the nonce of this request's Content-Security-Policy. */
export function apiReferencePage({ nonce, origin }: { nonce: string; origin: string }): string {
  const n = escapeHtml(nonce);
  const tokenUrl = escapeHtml(`${origin}${TOKEN_PATH}`);
  const api = escapeHtml(`${origin}${API_BASE_PATH}`);
  // validatorUrl null: Swagger UI would otherwise show a badge fetched from validator.swagger.io.
  const start = `window.ui = SwaggerUIBundle({ url: ${JSON.stringify(`${API_BASE_PATH}/openapi.json`)}, dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null, presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout", defaultModelsExpandDepth: 0 });`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API du portail — référence</title>
<link rel="stylesheet" href="${API_DOCS_PATH}/swagger-ui.css">
<style>
  body { margin: 0; font-family: Marianne, Arial, sans-serif; color: #161616; }
  .entete { padding: 1.5rem 2rem 0.5rem; max-width: 1460px; margin: 0 auto; box-sizing: border-box; }
  .entete h1 { font-size: 1.75rem; margin: 0 0 0.75rem; }
  .entete p, .entete li { line-height: 1.5; }
  .entete pre { background: #f6f6f6; padding: 0.75rem; overflow-x: auto; font-size: 0.85rem; }
  .entete a { color: #000091; }
</style>
</head>
<body>
<header class="entete">
  <h1>API du portail — référence</h1>
  <p>Tout ce que font les pages du portail, pour les logiciels : chaque appel agit comme un <strong>compte technique</strong>
  d'une structure, avec ses espaces et ses droits (consultation ou modification). Les applications et leurs comptes techniques
  se déclarent dans « Activités du gestionnaire » › « Raccordements EDI et API ».</p>
  <ul>
    <li>Jeton (OAuth2 <em>client credentials</em>, valable 10 minutes) : <code>POST</code> <a href="${TOKEN_PATH}">${tokenUrl}</a></li>
    <li>Opérations : <code>${api}</code> — contrat OpenAPI 3.1 : <a href="${API_BASE_PATH}/openapi.json">${escapeHtml(`${API_BASE_PATH}/openapi.json`)}</a></li>
    <li><a href="#demarrage-rapide">Démarrage rapide</a> (et la section « API » du README)</li>
  </ul>
</header>
<main id="swagger-ui" aria-label="Opérations de l'API"></main>
<section class="entete" id="demarrage-rapide">
  <h2>Démarrage rapide</h2>
  <p>1. Obtenir un jeton avec l'identifiant et le secret de l'application (en démonstration : <code>.data/demo-api-client.json</code>, affichés par <code>npm start</code>) :</p>
  <pre>TOKEN=$(curl -s -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials ${tokenUrl} | jq -r .access_token)</pre>
  <p>2. Appeler une opération avec ce jeton, par exemple rechercher les factures émises :</p>
  <pre>curl -s -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d '{}' ${api}/factures/rechercher/fournisseur</pre>
  <p><code>soumettre</code> et <code>deposer</code> acceptent un en-tête <code>Idempotency-Key</code> : un rejeu renvoie la première réponse.</p>
</section>
<section class="entete" id="erreurs">
  <h2>Erreurs</h2>
  <p>Au format <code>application/problem+json</code> (RFC 9457) : <code>code</code> stable, à tester par programme, <code>detail</code> en français,
  <code>requestId</code> de l'appel ; <code>type</code> renvoie ici.</p>
  <dl>
${Object.entries(PROBLEM_CODES)
  .map(([code, { status, meaning }]) => `    <dt id="${problemAnchor(code as ProblemCode)}"><code>${code}</code> (${status})</dt><dd>${escapeHtml(meaning).replace(/`([^`]+)`/g, "<code>$1</code>")}</dd>`)
  .join("\n")}
  </dl>
</section>
<script nonce="${n}" src="${API_DOCS_PATH}/swagger-ui-bundle.js"></script>
<script nonce="${n}">${start}</script>
</body>
</html>`;
}
