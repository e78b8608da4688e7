import { crc32, deflateSync } from 'node:zlib';

/**
 * A handwritten-looking signature as a PNG (what the signature pad produces on a phone): a few
 * strokes of a smooth curve on a transparent background, encoded here so the demo needs no asset.
 */
export function demoSignaturePng(seed = 1, width = 240, height = 80): Buffer {
  const px = Buffer.alloc(width * height * 4);
  const dot = (x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const xx = Math.round(x + dx);
        const yy = Math.round(y + dy);
        if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
        const i = (yy * width + xx) * 4;
        px[i] = 20; px[i + 1] = 30; px[i + 2] = 80; px[i + 3] = 255;
      }
    }
  };
  for (let s = 0; s < 3; s++) {
    const x0 = 20 + s * 70;
    for (let k = 0; k <= 400; k++) {
      const u = k / 400;
      dot(x0 + u * 60 + 8 * Math.sin(u * 9 + seed + s), height / 2 + 22 * Math.sin(u * 6.3 + s * 1.7 + seed) * (1 - u / 2));
    }
  }
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) px.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
