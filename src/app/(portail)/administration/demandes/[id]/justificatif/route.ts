import { getClaimDocument } from "@/features/administration/use-cases/get-claim-document.ts";
import { downloadOr404 } from "@/server/http/download-response.ts";
import { requireUser } from "@/server/auth/session.ts";

/** The claim's supporting document, for platform administrators only (404 for anyone else). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  return downloadOr404([id], () => getClaimDocument({ userId: user.id, claimId: id }));
}
