import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/index.ts';
import { maskPhone, normalizePhone, phoneProtector } from './phone-protection.ts';

const key = randomBytes(32);
const phones = phoneProtector(key);

describe('phone protection', () => {
  it('normalises the ways a number is written', () => {
    expect(normalizePhone('138 0013 5678')).toBe('13800135678');
    expect(normalizePhone('+86 138-0013-5678')).toBe('13800135678');
    expect(normalizePhone('023-55551234')).toBe('02355551234');
    for (const bad of ['12345', '2380013567', '1380013567a', '']) expect(() => normalizePhone(bad)).toThrow(DomainError);
  });

  it('masks all but the first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('02355551234')).toBe('023****1234');
  });

  it('seals into a cipher without the number and opens it again', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (phone) => {
        const sealed = phones.seal('c1', phone);
        expect(sealed.cipher).not.toContain(phone);
        expect(Buffer.from(sealed.cipher, 'base64').toString('latin1')).not.toContain(phone);
        expect(sealed.hash).not.toContain(phone);
        expect(phones.open('c1', sealed.cipher)).toBe(phone);
        expect(sealed.masked).toBe(maskPhone(phone));
      }),
    );
  });

  it('hashes equal numbers equally within a county (duplicate detection), differently across counties and keys', () => {
    const a = phones.seal('c1', '13800135678');
    const b = phones.seal('c1', '138 0013 5678');
    expect(a.hash).toBe(b.hash);
    expect(a.cipher).not.toBe(b.cipher); // a fresh IV every time
    expect(phones.seal('c2', '13800135678').hash).not.toBe(a.hash);
    expect(phoneProtector(randomBytes(32)).seal('c1', '13800135678').hash).not.toBe(a.hash);
  });

  it('refuses a cipher moved to another county or opened with another key', () => {
    const sealed = phones.seal('c1', '13800135678');
    expect(() => phones.open('c2', sealed.cipher)).toThrow();
    expect(() => phoneProtector(randomBytes(32)).open('c1', sealed.cipher)).toThrow();
  });
});
