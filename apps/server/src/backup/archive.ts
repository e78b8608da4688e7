import { spawn } from 'node:child_process';

/**
 * Runs a tool (tar, pg_dump, pg_restore) and fails with its stderr. A backup is a plain tar file
 * made by the system's tar: no archive library, and an operator can list or unpack it by hand.
 */
export function runTool(command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: options.env ?? process.env });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.once('error', (error) => reject(new Error(`${command}: ${error.message}${(error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (is it installed?)' : ''}`)));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`))));
  });
}

export const packTar = (file: string, dir: string) => runTool('tar', ['-cf', file, '-C', dir, '.']);
export const unpackTar = (file: string, dir: string) => runTool('tar', ['-xf', file, '-C', dir]);

/**
 * The connection as libpq's environment, so that no password appears on a command line (where
 * `ps` would show it) and pg_dump/pg_restore accept a URL whatever their parameters.
 */
export function libpqEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const u = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env, PGHOST: u.hostname, PGPORT: u.port || '5432', PGDATABASE: decodeURIComponent(u.pathname.slice(1)), PGUSER: decodeURIComponent(u.username) };
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}
