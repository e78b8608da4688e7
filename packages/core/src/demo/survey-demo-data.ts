// Deterministic ingredients of the demo household surveys: forms from the source reports, names,
// a seeded random generator, village locations and hand-drawn-looking signature PNGs.
import { deflateSync } from 'node:zlib';
import type { SurveyQuestion } from '../surveys/questions.ts';

/** Mulberry32: small, fast, deterministic (the same demo county every time). */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** The source's citrus pest-control survey (1,102 households sampled, awareness 55% → 95%). */
export const DEMO_FORMS: { title: string; topic: string; description: string; questions: SurveyQuestion[] }[] = [
  {
    title: '柑橘病虫害防控入户调查',
    topic: '柑橘病虫害统防统治',
    description: '了解农户对柑橘大实蝇等病虫害防控政策的知晓和落实情况',
    questions: [
      { key: 'aware', label: '是否知晓柑橘病虫害统防统治政策', type: 'yes_no', required: true },
      { key: 'channel', label: '从哪里得知政策', type: 'choice', options: ['村广播', '入户宣传', '明白纸', '微信群', '其他'], multiple: false, required: false },
      { key: 'measures', label: '今年采取了哪些防控措施', type: 'choice', options: ['统一喷药', '摘除虫果', '清园', '挂诱捕器'], multiple: true, required: true },
      { key: 'damaged', label: '虫果是否明显减少', type: 'yes_no', required: true },
      { key: 'satisfied', label: '对防控工作是否满意', type: 'satisfaction', required: true },
      { key: 'advice', label: '意见建议', type: 'text', maxLength: 300, required: false },
    ],
  },
  {
    title: '农村人居环境整治满意度调查',
    topic: '农村人居环境整治',
    description: '垃圾清运、保洁和"两违"整治情况入户核实',
    questions: [
      { key: 'cleaner', label: '本组是否有保洁员每天清扫', type: 'yes_no', required: true },
      { key: 'pickup', label: '生活垃圾多久清运一次', type: 'choice', options: ['每天', '两三天', '一周', '不清运'], multiple: false, required: true },
      { key: 'satisfied', label: '对村容村貌整治是否满意', type: 'satisfaction', required: true },
      { key: 'problem', label: '身边还有哪些突出问题', type: 'text', maxLength: 300, required: false },
    ],
  },
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '周', '徐', '胡', '谭', '冉', '向', '彭', '田', '邓', '唐', '熊', '程', '汪'];
const GIVEN = ['秀英', '桂兰', '德明', '国华', '春燕', '玉兰', '建平', '志刚', '红梅', '明华', '永红', '学军', '家富', '光荣', '中华', '淑芬', '兴旺', '长生', '金秀', '福林'];
export const householdName = (r: Random) => r.pick(SURNAMES) + r.pick(GIVEN);
export const mobileNumber = (r: Random) => `1${r.pick(['35', '37', '38', '39', '52', '58', '87', '99'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;

export const ADVICE = ['希望多组织技术培训', '药物补贴能否再提高', '诱捕器不够用', '垃圾桶离家太远', '希望保洁员早点来', '总体满意'];

/**
 * A plausible spot for each village: townships on a grid about 6 km apart around the county seat,
 * villages within 2 km of their township (the demo county has no survey of its own).
 */
export function villageLocation(townshipIndex: number, villageIndex: number) {
  const base = { lat: 30.83, lon: 110.98 };
  const row = Math.floor(townshipIndex / 6);
  const col = townshipIndex % 6;
  const angle = villageIndex * 2.4;
  const km = 0.6 + (villageIndex % 4) * 0.45;
  return {
    lat: base.lat + (row * 6 + Math.sin(angle) * km) / 111,
    lon: base.lon + (col * 6 + Math.cos(angle) * km) / (111 * Math.cos((base.lat * Math.PI) / 180)),
  };
}

/** A signature-like scribble as a small greyscale PNG (each respondent signs differently). */
export function signaturePng(r: Random, width = 240, height = 80): Buffer {
  const px = Buffer.alloc(width * height, 255);
  const dot = (x: number, y: number) => {
    for (let dx = 0; dx < 2; dx++) for (let dy = 0; dy < 2; dy++) {
      const xi = Math.round(x) + dx;
      const yi = Math.round(y) + dy;
      if (xi >= 0 && xi < width && yi >= 0 && yi < height) px[yi * width + xi] = 20;
    }
  };
  let x = 20;
  let y = height / 2;
  for (let stroke = 0; stroke < r.int(3, 5); stroke++) {
    let vx = r.int(2, 5);
    let vy = r.int(-4, 4);
    for (let i = 0; i < 40; i++) {
      dot(x, y);
      vx = Math.max(0.5, Math.min(5, vx + (r.next() - 0.45)));
      vy = Math.max(-5, Math.min(5, vy + (r.next() - 0.5) * 3));
      x += vx / 2;
      y = Math.max(8, Math.min(height - 8, y + vy / 2));
    }
    x += 8;
  }
  const rows = Buffer.alloc((width + 1) * height);
  for (let yy = 0; yy < height; yy++) px.copy(rows, yy * (width + 1) + 1, yy * width, (yy + 1) * width);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
