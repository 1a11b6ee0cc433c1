import { ProfileSection, SessionsSection } from "@/features/accounts/index.ts";
import { RattachementsSection } from "@/features/rattachements/components/rattachements-section.tsx";
import { listUserClaims, listUserRattachements } from "@/features/rattachements/index.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Mon compte" };

export default async function MonComptePage() {
  const user = await requireUser();
  const [rattachements, claims] = await Promise.all([listUserRattachements({ userId: user.id }), listUserClaims({ userId: user.id })]);
  return (
    <>
      <h1>Mon compte</h1>
      <ProfileSection user={user} />
      <RattachementsSection rattachements={rattachements} claims={claims} />
      <SessionsSection user={user} />
    </>
  );
}
