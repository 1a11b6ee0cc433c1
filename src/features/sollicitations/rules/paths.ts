// Where each side reads a sollicitation.
export type SollicitationViewpoint = "EMISES" | "RECUES" | "SUPPORT";

export const SOLLICITATION_PATHS: Record<SollicitationViewpoint, string> = {
  EMISES: "/sollicitations-emises",
  RECUES: "/sollicitations-recues",
  SUPPORT: "/administration/sollicitations",
};

export const sollicitationPath = (viewpoint: SollicitationViewpoint, id: string) => `${SOLLICITATION_PATHS[viewpoint]}/${id}`;
export const sollicitationAttachmentPath = (attachmentId: string) => `/sollicitations/pieces-jointes/${attachmentId}`;
