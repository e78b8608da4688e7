import { describe, expect, it } from 'vitest';
import { readPhotoFacts } from './exif.ts';
import { jpegWithExif } from './jpeg-with-exif.ts';

describe('photo EXIF facts', () => {
  it('reads the time (with its offset, else China time) and the GPS position', async () => {
    const facts = await readPhotoFacts(jpegWithExif({ takenAt: '2026:05:01 10:30:00', offset: '+08:00', lat: 30.7123, lng: -111.2861 }));
    expect(facts.takenAt?.toISOString()).toBe('2026-05-01T02:30:00.000Z');
    expect(facts.latitude).toBeCloseTo(30.7123, 4);
    expect(facts.longitude).toBeCloseTo(-111.2861, 4);
    const local = await readPhotoFacts(jpegWithExif({ takenAt: '2026:05:01 10:30:00', lat: -1, lng: 1 }));
    expect(local.takenAt?.toISOString()).toBe('2026-05-01T02:30:00.000Z');
  });

  it('yields nothing, without failing, for a picture without EXIF', async () => {
    expect(await readPhotoFacts(Buffer.from('89504e470d0a1a0a', 'hex'))).toEqual({ takenAt: null, latitude: null, longitude: null });
  });
});
