// argon2id through @node-rs/argon2: prebuilt binaries, no build script (the `argon2` package's
// binary crashes on this Node). Parameters are OWASP's minimum for argon2id (19 MiB, t=2, p=1).
import { hash, verify } from '@node-rs/argon2';
import { badRequest } from '../errors/index.ts';
import { passwordProblem, passwordProblemText } from './password-policy.ts';

const Algorithm = { Argon2id: 2 } as const;
const options = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);

/** A hash to verify against when the login name is unknown, so timing does not reveal it. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword('duban-not-a-password'));

/** Refuses a password the policy (password-policy.ts, shared with the web form) does not accept. */
export function assertPasswordPolicy(password: string, username?: string) {
  const problem = passwordProblem(password, username);
  if (problem) throw badRequest(`errors.password.${problem.reason}`, passwordProblemText[problem.reason], problem.params);
}
