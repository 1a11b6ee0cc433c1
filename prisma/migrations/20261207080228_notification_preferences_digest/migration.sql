-- CreateEnum
CREATE TYPE "NotificationTopic" AS ENUM ('STATUT_FACTURE', 'SOLLICITATION', 'RATTACHEMENT');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('IMMEDIATEMENT', 'SYNTHESE_QUOTIDIENNE', 'AUCUN');

-- CreateTable
CREATE TABLE "notification_preferences" (
    "user_id" UUID NOT NULL,
    "topic" "NotificationTopic" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id","topic")
);

-- CreateTable
CREATE TABLE "notification_digest_items" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "topic" "NotificationTopic" NOT NULL,
    "subject" TEXT NOT NULL,
    "url" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL,
    "digested_at" TIMESTAMP(3),

    CONSTRAINT "notification_digest_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notification_digest_items_digested_at_user_id_created_at_idx" ON "notification_digest_items"("digested_at", "user_id", "created_at");

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_digest_items" ADD CONSTRAINT "notification_digest_items_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
