import { StructureCreationForm } from "@/features/structures/components/structure-creation-form.tsx";

export const metadata = { title: "Création d'une nouvelle structure" };

export default function NouvelleStructurePage() {
  return (
    <>
      <h1>Création d&apos;une nouvelle structure</h1>
      <StructureCreationForm />
    </>
  );
}
