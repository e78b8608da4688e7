/**
 * Writes the EXIF block a phone camera would (DateTimeOriginal, OffsetTimeOriginal, GPS
 * latitude/longitude) into a JPEG — for the demo county's evidence photos and for tests. Wraps a
 * given JPEG, or makes a minimal one (SOI, EXIF, EOI) that metadata readers accept.
 */
type Entry = { tag: number; type: 2 | 4 | 5; count: number; data: Buffer };

const ascii = (tag: number, s: string): Entry => ({ tag, type: 2, count: s.length + 1, data: Buffer.from(`${s}\0`, 'latin1') });
const rationals = (tag: number, values: number[]): Entry => {
  const data = Buffer.alloc(values.length * 8);
  values.forEach((v, i) => {
    const den = 1_000_000;
    data.writeUInt32BE(Math.round(v * den), i * 8);
    data.writeUInt32BE(den, i * 8 + 4);
  });
  return { tag, type: 5, count: values.length, data };
};
const dms = (deg: number) => {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  return [d, m, (a - d - m / 60) * 3600];
};

/** Lays out one IFD at `offset`; pointer entries (LONG) are patched by the caller. */
function ifd(entries: Entry[], offset: number): Buffer {
  const head = 2 + entries.length * 12 + 4;
  const parts: Buffer[] = [];
  const table = Buffer.alloc(head);
  table.writeUInt16BE(entries.length, 0);
  let dataAt = offset + head;
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    table.writeUInt16BE(e.tag, at);
    table.writeUInt16BE(e.type, at + 2);
    table.writeUInt32BE(e.count, at + 4);
    if (e.data.length <= 4) e.data.copy(table, at + 8);
    else {
      table.writeUInt32BE(dataAt, at + 8);
      const padded = e.data.length % 2 ? Buffer.concat([e.data, Buffer.alloc(1)]) : e.data;
      parts.push(padded);
      dataAt += padded.length;
    }
  });
  return Buffer.concat([table, ...parts]);
}

const long = (tag: number, value: number): Entry => {
  const data = Buffer.alloc(4);
  data.writeUInt32BE(value);
  return { tag, type: 4, count: 1, data };
};

export interface ExifFacts {
  /** Local time as the camera writes it: "2026:05:01 10:30:00". */
  takenAt: string;
  offset?: string;
  lat: number;
  lng: number;
}

export function jpegWithExif(facts: ExifFacts, base?: Buffer): Buffer {
  const exifEntries = [ascii(0x9003, facts.takenAt), ...(facts.offset ? [ascii(0x9011, facts.offset)] : [])];
  const gpsEntries = [
    ascii(0x0001, facts.lat >= 0 ? 'N' : 'S'), rationals(0x0002, dms(facts.lat)),
    ascii(0x0003, facts.lng >= 0 ? 'E' : 'W'), rationals(0x0004, dms(facts.lng)),
  ];
  const ifd0Size = 2 + 2 * 12 + 4;
  const exifAt = 8 + ifd0Size;
  const exifIfd = ifd(exifEntries, exifAt);
  const gpsAt = exifAt + exifIfd.length;
  const gpsIfd = ifd(gpsEntries, gpsAt);
  const ifd0 = ifd([long(0x8769, exifAt), long(0x8825, gpsAt)], 8);
  const tiff = Buffer.concat([Buffer.from('4d4d002a00000008', 'hex'), ifd0, exifIfd, gpsIfd]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  const rest = base ? base.subarray(2) : Buffer.from('ffd9', 'hex');
  return Buffer.concat([Buffer.from('ffd8', 'hex'), app1, payload, rest]);
}
