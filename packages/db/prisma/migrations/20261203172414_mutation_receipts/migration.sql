-- CreateTable
CREATE TABLE "mutation_receipt" (
    "user_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "county_id" TEXT NOT NULL,
    "procedure" TEXT NOT NULL,
    "request_digest" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mutation_receipt_pkey" PRIMARY KEY ("user_id","key")
);

-- CreateIndex
CREATE INDEX "mutation_receipt_created_at_idx" ON "mutation_receipt"("created_at");
