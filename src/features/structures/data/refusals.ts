// The refusals several use cases give alike (a French sentence, on the field it concerns), so that each is worded once.
import { AppError } from "@/server/errors.ts";
import { STRUCTURE_ALREADY_REGISTERED } from "../schemas/structure-creation.ts";

export const alreadyRegistered = () => new AppError("CONFLICT", STRUCTURE_ALREADY_REGISTERED, "identifier");

export const duplicateServiceCode = (code: string) => new AppError("CONFLICT", `Un service de code « ${code} » existe déjà dans la structure.`, "code");

export const duplicateIban = () => new AppError("CONFLICT", "Ce compte (IBAN) est déjà enregistré pour la structure : modifiez-le ou réactivez-le.", "iban");
