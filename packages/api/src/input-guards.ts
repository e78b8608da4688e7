// Guards on raw input that hold for every procedure, core and plugin alike, before authorisation
// reads an id from it and before any schema runs (issue 12, F4): PostgreSQL rejects byte 0x00 in
// text, so a NUL anywhere used to reach Prisma and come back as a 500, even at login.
import { TRPCError } from '@trpc/server';
import { CONTROL_CHARACTER_MESSAGE, CONTROL_CHARACTERS } from '@duban/core/validation/bounded';

/** The path of the first string (or object key) holding a control character, or null. Iterative: deep nesting cannot overflow the stack. */
export function controlCharacterPath(input: unknown): string | null {
  const stack: [unknown, string][] = [[input, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (CONTROL_CHARACTERS.test(value)) return path || '(input)';
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (CONTROL_CHARACTERS.test(key)) return `${path}.${key.replace(CONTROL_CHARACTERS, '?')}`;
        stack.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

export function assertNoControlCharacters(input: unknown) {
  const path = controlCharacterPath(input);
  if (path) throw new TRPCError({ code: 'BAD_REQUEST', message: `${CONTROL_CHARACTER_MESSAGE}: ${path}` });
}
