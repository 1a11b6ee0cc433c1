-- CreateTable
CREATE UNLOGGED TABLE "api_rate_buckets" (
    "key" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "allowed" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "api_rate_buckets_pkey" PRIMARY KEY ("key")
);
