-- CreateTable
CREATE TABLE "job_run" (
    "key" TEXT NOT NULL,
    "last_run_at" TIMESTAMPTZ(3) NOT NULL,
    "last_result" TEXT,

    CONSTRAINT "job_run_pkey" PRIMARY KEY ("key")
);
