-- AlterTable
ALTER TABLE "audit_head" ADD COLUMN     "keyed_from_seq" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "instance_key" (
    "name" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "instance_key_pkey" PRIMARY KEY ("name")
);

-- Hand-written: every row written so far predates the audit key and keeps the plain SHA-256 rule;
-- the chain is HMAC-keyed from the next row on (the recorded boundary, see docs/decisions/0010).
UPDATE "audit_head" SET "keyed_from_seq" = "seq" + 1;
