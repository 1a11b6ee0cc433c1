-- CreateEnum
CREATE TYPE "SollicitationAddresseeKind" AS ENUM ('SUPPORT', 'STRUCTURE');

-- CreateEnum
CREATE TYPE "SollicitationStatus" AS ENUM ('DEPOSEE', 'EN_COURS_TRAITEMENT', 'COMPLEMENT_DEMANDE', 'COMPLETEE', 'TRAITEE', 'RENVOYEE', 'CLOTUREE');

-- CreateEnum
CREATE TYPE "SollicitationSide" AS ENUM ('EMETTEUR', 'DESTINATAIRE');

-- CreateTable
CREATE TABLE "sollicitations" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "author_structure_id" UUID NOT NULL,
    "addressee_kind" "SollicitationAddresseeKind" NOT NULL,
    "addressee_structure_id" UUID,
    "addressee_service_id" UUID,
    "invoice_id" UUID,
    "category" TEXT NOT NULL,
    "sub_category" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "SollicitationStatus" NOT NULL DEFAULT 'DEPOSEE',
    "status_changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sollicitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sollicitation_messages" (
    "id" UUID NOT NULL,
    "sollicitation_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "side" "SollicitationSide" NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sollicitation_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sollicitation_attachments" (
    "id" UUID NOT NULL,
    "sollicitation_id" UUID NOT NULL,
    "message_id" UUID,
    "file_name" TEXT NOT NULL,
    "extension" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sollicitation_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sollicitation_history" (
    "id" UUID NOT NULL,
    "sollicitation_id" UUID NOT NULL,
    "status" "SollicitationStatus" NOT NULL,
    "actor_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sollicitation_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sollicitations_number_key" ON "sollicitations"("number");

-- CreateIndex
CREATE INDEX "sollicitations_author_structure_id_created_at_idx" ON "sollicitations"("author_structure_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "sollicitations_addressee_structure_id_created_at_idx" ON "sollicitations"("addressee_structure_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "sollicitations_addressee_kind_created_at_idx" ON "sollicitations"("addressee_kind", "created_at" DESC);

-- CreateIndex
CREATE INDEX "sollicitations_invoice_id_idx" ON "sollicitations"("invoice_id");

-- CreateIndex
CREATE INDEX "sollicitation_messages_sollicitation_id_created_at_idx" ON "sollicitation_messages"("sollicitation_id", "created_at");

-- CreateIndex
CREATE INDEX "sollicitation_attachments_sollicitation_id_idx" ON "sollicitation_attachments"("sollicitation_id");

-- CreateIndex
CREATE INDEX "sollicitation_history_sollicitation_id_created_at_idx" ON "sollicitation_history"("sollicitation_id", "created_at");

-- AddForeignKey
ALTER TABLE "sollicitations" ADD CONSTRAINT "sollicitations_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitations" ADD CONSTRAINT "sollicitations_author_structure_id_fkey" FOREIGN KEY ("author_structure_id") REFERENCES "structures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitations" ADD CONSTRAINT "sollicitations_addressee_structure_id_fkey" FOREIGN KEY ("addressee_structure_id") REFERENCES "structures"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitations" ADD CONSTRAINT "sollicitations_addressee_service_id_fkey" FOREIGN KEY ("addressee_service_id") REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitations" ADD CONSTRAINT "sollicitations_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitation_messages" ADD CONSTRAINT "sollicitation_messages_sollicitation_id_fkey" FOREIGN KEY ("sollicitation_id") REFERENCES "sollicitations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitation_messages" ADD CONSTRAINT "sollicitation_messages_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitation_attachments" ADD CONSTRAINT "sollicitation_attachments_sollicitation_id_fkey" FOREIGN KEY ("sollicitation_id") REFERENCES "sollicitations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitation_attachments" ADD CONSTRAINT "sollicitation_attachments_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "sollicitation_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitation_history" ADD CONSTRAINT "sollicitation_history_sollicitation_id_fkey" FOREIGN KEY ("sollicitation_id") REFERENCES "sollicitations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sollicitation_history" ADD CONSTRAINT "sollicitation_history_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
