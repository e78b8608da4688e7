import exifr from 'exifr';

export interface PhotoFacts {
  takenAt: Date | null;
  latitude: number | null;
  longitude: number | null;
}

/** "2026:05:01 10:30:00" (+ "+08:00") → a Date. EXIF stores local time; a missing offset means China time. */
function exifTime(raw: unknown, offset: unknown): Date | null {
  if (typeof raw !== 'string') return raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw : null;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(raw.trim());
  if (!m) return null;
  const tz = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '+08:00';
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${tz}`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * When and where a photo says it was taken (EXIF DateTimeOriginal and GPS), kept with the evidence
 * so a reviewer can compare them with the visit. A photo without EXIF (a screenshot, a stripped
 * upload) yields nulls, never an error: the facts are shown, not enforced.
 */
export async function readPhotoFacts(bytes: Buffer): Promise<PhotoFacts> {
  try {
    const tags = (await exifr.parse(bytes, { tiff: true, exif: true, gps: true, reviveValues: false, translateValues: false })) as Record<string, unknown> | undefined;
    if (!tags) return { takenAt: null, latitude: null, longitude: null };
    const gps = await exifr.gps(bytes).catch(() => undefined);
    const valid = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : null);
    return {
      takenAt: exifTime(tags.DateTimeOriginal ?? tags.CreateDate ?? tags.DateTime, tags.OffsetTimeOriginal ?? tags.OffsetTime),
      latitude: valid(gps?.latitude),
      longitude: valid(gps?.longitude),
    };
  } catch {
    return { takenAt: null, latitude: null, longitude: null };
  }
}
