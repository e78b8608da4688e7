// The password rule (security finding F15), browser-safe: the server enforces it and the web form
// checks it as the user types, from this one module. 12 characters with letters and digits, and
// none of what breached-password lists are full of: the common stems, a keyboard or counting run,
// a single repeated character, the account's own name. A full breached-password list (hundreds of
// MB) is not shipped to counties that run offline; these rules refuse the same shapes.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Why a password is refused; its error key is `errors.password.<reason>`. */
export type PasswordReason = 'short' | 'long' | 'letterDigit' | 'common' | 'containsName';
export type PasswordProblem = { reason: PasswordReason; params: Record<string, string | number> };

// Stems found at the top of every breached-password list, and the product's own demo password.
const COMMON_STEMS = [
  'password', 'passw0rd', 'qwerty', 'asdfgh', 'zxcvbn', 'abc123', 'admin', 'welcome', 'letmein', 'iloveyou',
  'monkey', 'dragon', 'sunshine', 'princess', 'football', 'baseball', 'master', 'superman', 'trustno1',
  'woaini', 'duban', 'changeme',
];
const RUNS = ['0123456789', '9876543210', 'abcdefghijklmnopqrstuvwxyz', 'zyxwvutsrqponmlkjihgfedcba', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc'];

/** True when the password contains a run of `length` characters from one of the sequences. */
function hasRun(lower: string, length: number) {
  for (let i = 0; i + length <= lower.length; i++) {
    const piece = lower.slice(i, i + length);
    if (RUNS.some((run) => run.includes(piece))) return true;
  }
  return false;
}

/** The first problem with `password` for the account `username`, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return { reason: 'short', params: { min: PASSWORD_MIN } };
  if (password.length > PASSWORD_MAX) return { reason: 'long', params: { max: PASSWORD_MAX } };
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return { reason: 'letterDigit', params: {} };
  const lower = password.toLowerCase();
  if (COMMON_STEMS.some((stem) => lower.includes(stem)) || hasRun(lower, 6) || new Set(lower).size < 5) {
    return { reason: 'common', params: {} };
  }
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return { reason: 'containsName', params: {} };
  return null;
}

/** zh-CN text of each problem, for the server's message (the web app translates the key). */
export const passwordProblemText: Record<PasswordReason, string> = {
  short: `密码至少 ${PASSWORD_MIN} 位`,
  long: `密码最多 ${PASSWORD_MAX} 位`,
  letterDigit: '密码须同时包含字母和数字',
  common: '密码太常见或太有规律（如 password、123456、qwerty、重复字符），请换一个',
  containsName: '密码不能包含用户名',
};
