// The OpenAPI 3.1 document of the API, written from the operations themselves (zod-openapi renders their zod
// schemas): what /api/v1/openapi.json publishes, what the typed client of the tests is generated from.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { ACCESS_TOKEN_LIFETIME_S, API_SCOPES } from "./access-tokens.ts";
import { isFileOperation, type AnyApiOperation } from "./operation.ts";
import { PROBLEM_MIME_TYPE } from "./problem.ts";

export const API_BASE_PATH = "/api/v1";
export const TOKEN_PATH = "/api/oauth/token";

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().meta({ description: "Code stable, à tester par programme (VALIDATION, NOT_FOUND, FORBIDDEN, CONFLICT, UNAUTHENTICATED, RATE_LIMITED…)." }),
    detail: z.string().meta({ description: "Message en français." }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional().meta({ description: "Champ par champ : le chemin du champ et son message." }),
    requestId: z.string().optional(),
  })
  .meta({ id: "Probleme", description: "Erreur au format RFC 9457 (application/problem+json)." });

const problem = (description: string) => ({ description, content: { [PROBLEM_MIME_TYPE]: { schema: problemSchema } } });

function errorResponses(operation: AnyApiOperation) {
  const common = { "422": problem("Données invalides (le détail par champ dans `errors`)."), "500": problem("Erreur interne.") };
  if (operation.scope === null) return common;
  return {
    ...common,
    "401": problem("Jeton manquant, invalide, expiré ou révoqué (en-tête WWW-Authenticate)."),
    "403": problem("Portée du jeton insuffisante, ou droit du compte technique insuffisant (consultation seule)."),
    "404": problem("Introuvable, ou hors du périmètre du compte technique."),
    "409": problem("Conflit avec l'état de l'objet."),
    "429": problem("Trop de requêtes pour ce client (en-tête Retry-After)."),
  };
}

function operationObject(operation: AnyApiOperation): ZodOpenApiOperationObject {
  const status = String(operation.successStatus ?? 200);
  const success = isFileOperation(operation)
    ? { description: "Le fichier.", content: Object.fromEntries(operation.fileMediaTypes.map((type) => [type, { schema: z.string().meta({ format: "binary" }) }])) }
    : { description: "Succès.", content: { "application/json": { schema: operation.response } } };
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    security: operation.scope === null ? [] : [{ oauth2: [operation.scope] }],
    ...(operation.idempotent
      ? { requestParams: { header: z.object({ "Idempotency-Key": z.string().min(1).max(255).optional().meta({ description: "Clé d'idempotence : un rejeu renvoie la première réponse (24 h)." }) }) } }
      : {}),
    ...(operation.body && operation.method !== "GET" ? { requestBody: { required: true, content: { "application/json": { schema: operation.body } } } } : {}),
    responses: { [status]: success, ...errorResponses(operation) },
  };
}

export function openApiDocument(operations: readonly AnyApiOperation[], serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    paths[operation.path] = { ...paths[operation.path], [operation.method.toLowerCase()]: operationObject(operation) };
  }
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "API du portail de facturation",
        version: "1.0.0",
        description:
          "Tout ce que font les pages du portail, pour les logiciels : soumettre, déposer et suivre des factures, les traiter côté destinataire et valideur, consulter l'annuaire. " +
          `Chaque appel agit comme un compte technique de la structure, avec ses droits (consultation ou modification). Jeton : OAuth2 client credentials à ${TOKEN_PATH}, valable ${ACCESS_TOKEN_LIFETIME_S / 60} minutes.`,
      },
      servers: [{ url: `${serverUrl}${API_BASE_PATH}` }],
      tags: [
        { name: "Factures", description: "Soumettre, déposer, rechercher, consulter, compléter, recycler, télécharger et traiter des factures." },
        {
          name: "Factures de travaux",
          description:
            "Les pièces des marchés de travaux (projets de décompte, états d'acompte, décomptes) : le fournisseur les soumet, les suit, les complète et les recycle ; la maîtrise d'œuvre les corrige et les transmet à la maîtrise d'ouvrage, les refuse ou en demande le complément.",
        },
        { name: "Structures", description: "L'annuaire des structures et leurs services." },
        { name: "Utilisateurs", description: "Le compte technique de l'application : ses structures et ses droits." },
        { name: "Sollicitations", description: "Les questions des structures au support ou à une structure publique, leurs échanges et leurs états." },
        { name: "Engagements", description: "Les engagements juridiques des structures publiques (numéro, service, fournisseur, montant, dates) que leurs fournisseurs citent sur leurs factures." },
        { name: "Transverses", description: "Listes de référence et état du service." },
      ],
      components: {
        securitySchemes: {
          oauth2: {
            type: "oauth2",
            description: "Client credentials d'une application déclarée dans « Raccordements EDI et API ».",
            flows: { clientCredentials: { tokenUrl: `${serverUrl}${TOKEN_PATH}`, scopes: Object.fromEntries(API_SCOPES.map((scope) => [scope, scope === "lecture" ? "Rechercher, consulter, télécharger." : "Soumettre, déposer, compléter, recycler, traiter."])) } },
          },
        },
      },
      paths,
    },
    { reused: "inline" },
  );
}
