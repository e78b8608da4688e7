-- AlterTable
ALTER TABLE "inspection_record" ADD COLUMN     "request_digest" TEXT;
