import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { badRequest } from '../errors/index.ts';

/**
 * A respondent's phone number is personal data (surveyed households leave it for call-back
 * verification). At rest it exists only as
 * - a cipher (AES-256-GCM, the county as associated data, so a cipher copied to another
 *   county's row does not open),
 * - a keyed hash (HMAC-SHA-256) that finds repeated numbers without decrypting anything, and
 * - a masked copy (138****5678) for lists and exports.
 * Both keys are derived (HKDF) from the installation's data key (apps/server: DUBAN_DATA_KEY or
 * <data dir>/data-key); a stolen database without that key yields no number.
 */
export interface PhoneProtector {
  seal(countyId: string, phone: string): SealedPhone;
  open(countyId: string, cipher: string): string;
  hash(countyId: string, phone: string): string;
}

export interface SealedPhone {
  cipher: string;
  hash: string;
  masked: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Mainland mobile (1xx xxxx xxxx) or a landline with its area code (0xx[x] xxxxxxx[x]). */
const PHONE = /^(1[3-9]\d{9}|0\d{9,11})$/;

/** Digits only, without a +86 / 0086 prefix: the form the hash and the cipher are made of. */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)/, '');
  if (!/^\d+$/.test(digits) || !PHONE.test(digits)) {
    throw badRequest('surveys.errors.phoneInvalid', `「${raw}」不是有效的手机号或固定电话(固话请带区号)`, { phone: raw });
  }
  return digits;
}

/** 138****5678: the first three and the last four digits, the rest hidden. */
export function maskPhone(normalized: string): string {
  return normalized.slice(0, 3) + '*'.repeat(Math.max(0, normalized.length - 7)) + normalized.slice(-4);
}

export function phoneProtector(dataKey: Buffer): PhoneProtector {
  if (dataKey.length < 32) throw new Error('the data key must be at least 32 bytes');
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), info, 32));
  const encKey = derive('duban/survey-phone/encrypt/v1');
  const macKey = derive('duban/survey-phone/hash/v1');

  const hash = (countyId: string, normalized: string) => createHmac('sha256', macKey).update(`${countyId}\n${normalized}`).digest('hex');

  return {
    seal(countyId, phone) {
      const normalized = normalizePhone(phone);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      cipher.setAAD(Buffer.from(countyId));
      const body = Buffer.concat([cipher.update(normalized, 'utf8'), cipher.final()]);
      return { cipher: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'), hash: hash(countyId, normalized), masked: maskPhone(normalized) };
    },
    open(countyId, sealed) {
      const bytes = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(countyId));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
    hash: (countyId, phone) => hash(countyId, normalizePhone(phone)),
  };
}
