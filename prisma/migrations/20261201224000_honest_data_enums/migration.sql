-- New enum values stand alone: PostgreSQL refuses to use a value added in the same transaction,
-- and the next migration sets UNKNOWN as the commitment default.

-- AlterEnum
ALTER TYPE "CommitmentStatus" ADD VALUE 'UNKNOWN';

-- AlterEnum
ALTER TYPE "TargetKind" ADD VALUE 'INDICATIVE';
