// Letters and digits without look-alikes (0/O, 1/l/I), so a password read out over the phone works.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

/** A 12-character password that meets the policy (letters and digits), from the browser's CSPRNG. */
export function randomPassword(length = 12): string {
  const all = LETTERS + DIGITS;
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  const chars = Array.from(bytes, (b) => all[b % all.length]!);
  // Guarantee one of each class at random positions.
  const [i, j] = [bytes[0]! % length, (bytes[0]! + 1 + (bytes[1]! % (length - 1))) % length];
  chars[i] = LETTERS[bytes[2]! % LETTERS.length]!;
  chars[j] = DIGITS[bytes[3]! % DIGITS.length]!;
  return chars.join('');
}
