-- The numéro d engagement format becomes structured columns (an optional prefix, a character set, a minimum and a
-- maximum count) instead of a free regular expression, which could backtrack for seconds on a hostile number.
-- The regular expressions of the simple form (an optional literal prefix, one class of digits or letters, a count)
-- are converted, every other one becomes free (no format).

-- CreateEnum
CREATE TYPE "EngagementCharset" AS ENUM ('CHIFFRES', 'LETTRES', 'ALPHANUMERIQUES', 'ALPHANUMERIQUES_SEPARATEURS');

-- AlterTable
ALTER TABLE "structures" ADD COLUMN     "engagement_charset" "EngagementCharset",
ADD COLUMN     "engagement_max_length" INTEGER,
ADD COLUMN     "engagement_min_length" INTEGER,
ADD COLUMN     "engagement_prefix" TEXT;

-- Convert the simple regular expressions, for example ^[0-9]{5,6}$ or ^\d{5}$ or ^EJ[0-9]{8}$ or ^[A-Z0-9]+$
UPDATE "structures" AS s SET
  "engagement_prefix" = NULLIF(c.m[1], ''),
  "engagement_charset" = (CASE
    WHEN c.m[2] IN ('[0-9]', '\d') THEN 'CHIFFRES'
    WHEN c.m[2] IN ('[A-Za-z]', '[a-zA-Z]', '[A-Z]', '[a-z]') THEN 'LETTRES'
    ELSE 'ALPHANUMERIQUES' END)::"EngagementCharset",
  "engagement_min_length" = CASE WHEN c.m[3] = '+' THEN NULL ELSE NULLIF(c.m[4]::int, 0) END,
  "engagement_max_length" = CASE WHEN c.m[3] = '+' THEN NULL WHEN c.m[5] IS NULL THEN c.m[4]::int ELSE c.m[6]::int END
FROM (
  SELECT "id", regexp_match("engagement_format",
    '^\^([A-Za-z0-9/-]{0,20})(\[0-9\]|\\d|\[A-Za-z\]|\[a-zA-Z\]|\[A-Z\]|\[a-z\]|\[A-Za-z0-9\]|\[a-zA-Z0-9\]|\[A-Z0-9\]|\[0-9A-Z\]|\[0-9A-Za-z\]|\[0-9a-zA-Z\])(\{([0-9]{1,3})(,([0-9]{1,3})?)?\}|\+)\$$') AS m
  FROM "structures" WHERE "engagement_format" IS NOT NULL
) AS c
WHERE s."id" = c."id" AND c.m IS NOT NULL
  AND (c.m[6] IS NULL OR c.m[6]::int >= c.m[4]::int)
  AND coalesce(c.m[6], c.m[4], '0')::int <= 50;

-- AlterTable
ALTER TABLE "structures" DROP COLUMN "engagement_format",
DROP COLUMN "engagement_format_label";
