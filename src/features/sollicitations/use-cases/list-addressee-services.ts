import { listPublicServices } from "@/features/directory/index.ts";

/** The active services of the public structure chosen as addressee (the directory is public: any signed-in user). */
export async function listAddresseeServices({ structureId }: { structureId: string }) {
  const { services } = await listPublicServices({ structureId, pageSize: 200 });
  return services.map((service) => ({ id: service.id, code: service.code, libelle: service.libelle }));
}
