import { ProfileSection, SessionsSection } from "@/features/accounts/index.ts";
import { RattachementsSection } from "@/features/rattachements/components/rattachements-section.tsx";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Mon compte" };

export default async function MonComptePage() {
  const user = await requireUser();
  return (
    <>
      <h1>Mon compte</h1>
      <ProfileSection user={user} />
      <RattachementsSection userId={user.id} />
      <SessionsSection user={user} />
    </>
  );
}
