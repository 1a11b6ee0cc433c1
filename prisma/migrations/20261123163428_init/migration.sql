-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('EN_COURS_D_ACTIVATION', 'ACTIF', 'INACTIF');

-- CreateEnum
CREATE TYPE "IdentifierType" AS ENUM ('SIRET', 'EN_COURS_IMMATRICULATION', 'TVA_INTRACOMMUNAUTAIRE', 'HORS_UE', 'RIDET', 'TAHITI', 'PARTICULIER');

-- CreateEnum
CREATE TYPE "StructureKind" AS ENUM ('PRIVEE', 'PUBLIQUE');

-- CreateEnum
CREATE TYPE "StructureStatus" AS ENUM ('ACTIF', 'INACTIF');

-- CreateEnum
CREATE TYPE "Espace" AS ENUM ('FACTURES_EMISES', 'FACTURES_RECUES', 'FACTURES_A_VALIDER', 'FACTURES_TRAVAUX', 'SOLLICITATIONS_EMISES', 'SOLLICITATIONS_RECUES', 'ACTIVITES_GESTIONNAIRE', 'MON_COMPTE', 'RACCORDEMENTS_EDI_API', 'SUIVI_FLUX');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR_SIMPLE');

-- CreateEnum
CREATE TYPE "RattachementStatus" AS ENUM ('EN_ATTENTE', 'ACTIF', 'REFUSE', 'DESACTIVE');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "login_email" TEXT NOT NULL,
    "contact_email" TEXT,
    "nom" TEXT NOT NULL,
    "prenom" TEXT NOT NULL,
    "adresse" TEXT NOT NULL,
    "complement_adresse_1" TEXT,
    "complement_adresse_2" TEXT,
    "code_postal" TEXT NOT NULL,
    "ville" TEXT NOT NULL,
    "pays" TEXT NOT NULL DEFAULT 'France',
    "telephone" TEXT,
    "fax" TEXT,
    "password_hash" TEXT,
    "secret_question" TEXT,
    "secret_answer_hash" TEXT,
    "status" "UserStatus" NOT NULL DEFAULT 'EN_COURS_D_ACTIVATION',
    "last_login_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "structures" (
    "id" UUID NOT NULL,
    "identifier_type" "IdentifierType" NOT NULL,
    "identifier" TEXT NOT NULL,
    "raison_sociale" TEXT NOT NULL,
    "libelle" TEXT,
    "email" TEXT,
    "kind" "StructureKind" NOT NULL,
    "status" "StructureStatus" NOT NULL DEFAULT 'ACTIF',
    "adresse" TEXT NOT NULL,
    "complement_adresse_1" TEXT,
    "complement_adresse_2" TEXT,
    "code_postal" TEXT NOT NULL,
    "ville" TEXT NOT NULL,
    "pays" TEXT NOT NULL DEFAULT 'France',
    "telephone" TEXT,
    "fax" TEXT,
    "engagement_obligatoire" BOOLEAN NOT NULL DEFAULT false,
    "service_obligatoire" BOOLEAN NOT NULL DEFAULT false,
    "engagement_format" TEXT,
    "engagement_format_label" TEXT,
    "recevoir_cycles_vie_edi" BOOLEAN NOT NULL DEFAULT false,
    "emetteur_edi" BOOLEAN NOT NULL DEFAULT false,
    "centre_gestion_agricole" BOOLEAN NOT NULL DEFAULT false,
    "raccordement_actif" BOOLEAN NOT NULL DEFAULT false,
    "iban" TEXT,
    "bic" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "structures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "services" (
    "id" UUID NOT NULL,
    "structure_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "engagement_obligatoire" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "structure_espaces" (
    "id" UUID NOT NULL,
    "structure_id" UUID NOT NULL,
    "service_id" UUID,
    "espace" "Espace" NOT NULL,
    "consultation" BOOLEAN NOT NULL DEFAULT true,
    "modification" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "structure_espaces_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rattachements" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "structure_id" UUID NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'UTILISATEUR_SIMPLE',
    "status" "RattachementStatus" NOT NULL DEFAULT 'EN_ATTENTE',
    "motif_refus" TEXT,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "reactivated_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rattachements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rattachement_espaces" (
    "rattachement_id" UUID NOT NULL,
    "espace" "Espace" NOT NULL,
    "consultation" BOOLEAN NOT NULL DEFAULT true,
    "modification" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "rattachement_espaces_pkey" PRIMARY KEY ("rattachement_id","espace")
);

-- CreateTable
CREATE TABLE "rattachement_services" (
    "rattachement_id" UUID NOT NULL,
    "service_id" UUID NOT NULL,

    CONSTRAINT "rattachement_services_pkey" PRIMARY KEY ("rattachement_id","service_id")
);

-- CreateTable
CREATE TABLE "login_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMP(3),

    CONSTRAINT "login_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "actualites" (
    "id" UUID NOT NULL,
    "titre" TEXT NOT NULL,
    "contenu" TEXT NOT NULL,
    "categorie" TEXT,
    "published_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actualites_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_login_email_key" ON "users"("login_email");

-- CreateIndex
CREATE INDEX "structures_raison_sociale_idx" ON "structures"("raison_sociale");

-- CreateIndex
CREATE UNIQUE INDEX "structures_identifier_type_identifier_key" ON "structures"("identifier_type", "identifier");

-- CreateIndex
CREATE UNIQUE INDEX "services_structure_id_code_key" ON "services"("structure_id", "code");

-- CreateIndex
CREATE INDEX "structure_espaces_structure_id_idx" ON "structure_espaces"("structure_id");

-- CreateIndex
CREATE INDEX "rattachements_structure_id_status_idx" ON "rattachements"("structure_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "rattachements_user_id_structure_id_key" ON "rattachements"("user_id", "structure_id");

-- CreateIndex
CREATE INDEX "actualites_published_at_idx" ON "actualites"("published_at");

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "structure_espaces" ADD CONSTRAINT "structure_espaces_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "structure_espaces" ADD CONSTRAINT "structure_espaces_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rattachements" ADD CONSTRAINT "rattachements_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rattachements" ADD CONSTRAINT "rattachements_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rattachement_espaces" ADD CONSTRAINT "rattachement_espaces_rattachement_id_fkey" FOREIGN KEY ("rattachement_id") REFERENCES "rattachements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rattachement_services" ADD CONSTRAINT "rattachement_services_rattachement_id_fkey" FOREIGN KEY ("rattachement_id") REFERENCES "rattachements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rattachement_services" ADD CONSTRAINT "rattachement_services_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;
