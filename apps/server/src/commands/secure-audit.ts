import { openDatabase } from '@duban/db';

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain role name: ${name}`);
  return `"${name}"`;
};

export const AUDIT_OWNER_ROLE = 'duban_audit_owner';

/**
 * PostgreSQL only, run once by an administrator (`duban secure-audit --admin-url …`): gives the
 * audit table and its append-only trigger to a separate role that cannot log in, and leaves the
 * app's role (DATABASE_URL) only SELECT and INSERT on it. Disabling or dropping a trigger, and
 * UPDATE/DELETE/TRUNCATE, need the table's owner, so the credentials the server runs with can no
 * longer switch the append-only rule off. (The app role still owns the rest of the schema and
 * keeps migrating it at start; an owner of the schema could drop the whole table, which the keyed
 * chain and the checkpoints outside the database then report.)
 */
export async function secureAudit(adminUrl: string, appRole: string, ownerRole = AUDIT_OWNER_ROLE): Promise<void> {
  const admin = await openDatabase({ databaseUrl: adminUrl });
  const owner = ident(ownerRole);
  const app = ident(appRole);
  try {
    // One script, one transaction: either the table changes hands with its grants, or nothing does.
    await admin.sql.exec(`BEGIN;
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ownerRole}') THEN CREATE ROLE ${owner} NOLOGIN; END IF;
      END $$;
      ALTER TABLE audit_log OWNER TO ${owner};
      ALTER FUNCTION audit_log_refuse_change() OWNER TO ${owner};
      REVOKE ALL ON audit_log FROM ${app};
      GRANT SELECT, INSERT ON audit_log TO ${app};
      COMMIT;`);
  } catch (error) {
    await admin.sql.exec('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await admin.close();
  }
}

/** Whether the role the server connects as owns the audit table (then it could disable its trigger). */
export async function appOwnsAuditTable(query: <T>(sql: string) => Promise<T[]>): Promise<boolean> {
  const [row] = await query<{ owns: boolean }>("SELECT tableowner = current_user AS owns FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'audit_log'");
  return row?.owns === true;
}
