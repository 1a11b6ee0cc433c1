import { redirect } from "next/navigation";

export default function ActivitesGestionnairePage() {
  redirect("/activites-gestionnaire/structures");
}
