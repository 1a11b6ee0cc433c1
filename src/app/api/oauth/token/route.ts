import { answerTokenRequest } from "@/server/api/oauth-token.ts";

export const dynamic = "force-dynamic";
export const POST = answerTokenRequest;
