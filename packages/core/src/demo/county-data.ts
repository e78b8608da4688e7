/**
 * Deterministic demo data for the fictional 云峡县 (湖北省宜昌市): 6 片区, 31 乡镇（街道）,
 * 8–12 村（社区）each, 4–9 村民小组 each, plus county leadership and departments.
 * Pure data: no I/O. The same seed always yields the same county.
 */

export interface DemoPerson { name: string; phone: string; position: string }
export interface DemoGroup { name: string }
export interface DemoVillage { name: string; code: string; groups: DemoGroup[]; people: DemoPerson[] }
export interface DemoTownship { name: string; code: string; kind: '镇' | '乡' | '街道'; villages: DemoVillage[]; people: DemoPerson[] }
export interface DemoDistrict { name: string; townships: DemoTownship[] }
export interface DemoDepartment { key: string; name: string; nameEn: string; people: DemoPerson[] }
export interface DemoCounty {
  province: { name: string; code: string };
  city: { name: string; code: string };
  county: { name: string; code: string; people: DemoPerson[] };
  districts: DemoDistrict[];
  departments: DemoDepartment[];
}

const PROVINCE = { name: '湖北省', code: '420000000000' };
const CITY = { name: '宜昌市', code: '420500000000' };
const COUNTY = { name: '云峡县', prefix: '420531' };

/** 片区 → 乡镇（街道）, hard-coded so the map is stable and readable. */
const DISTRICTS: ReadonlyArray<{ name: string; townships: readonly string[] }> = [
  { name: '东片区', townships: ['青龙镇', '金凤镇', '三溪镇', '太和乡', '云雾乡'] },
  { name: '西片区', townships: ['双河镇', '大坪镇', '新场镇', '马鞍镇', '龙桥乡'] },
  { name: '南片区', townships: ['桃源镇', '黄桷镇', '高峰镇', '五龙镇', '平安乡'] },
  { name: '北片区', townships: ['安坪镇', '柏杨镇', '凤鸣镇', '石岗乡', '长坪乡'] },
  { name: '中片区', townships: ['滨江街道', '锦屏街道', '永乐镇', '兴隆镇', '太平镇', '红土乡'] },
  { name: '沿江片区', townships: ['白鹤镇', '沙坝镇', '清水镇', '龙潭镇', '岩湾乡'] },
];

const VILLAGE_NAMES = [
  '桂花', '石岭', '龙潭', '青杠', '柏树', '白果', '黄荆', '大坪', '新店', '长岭', '凤凰', '金竹',
  '红岩', '三溪', '五龙', '七星', '九龙', '马鞍', '狮子', '莲花', '水井', '梨树', '桃园', '杨柳',
  '松林', '竹园', '茶园', '鹿鸣', '朝阳', '向阳', '光明', '永乐', '太平', '安坪', '新华', '新民',
  '联合', '团结', '和平', '胜利', '兴隆', '复兴', '丰收', '旗山', '高峰', '云雾', '白云', '天池',
  '龙泉', '清泉', '沙坝', '石板', '石门', '石桥', '高桥', '板桥', '河坝', '庙垭', '观音', '观山',
  '白鹤', '黄龙', '金盆', '银杏', '核桃', '板栗', '枣子', '花坪', '平原', '草堂', '梅溪', '龙洞',
  '鱼泉', '大林', '双龙', '双桥', '双堰', '四方', '八角', '堰塘', '楠木', '青山', '碧溪', '黄金',
  '双丰', '长春', '龙凤', '万胜', '宝塔', '坪坝', '田坝', '天坑', '岩口', '响水', '滴水', '火石',
];

const COMMUNITY_NAMES = [
  '双河', '滨江', '新城', '育才', '文化', '北门', '南门', '东门', '西街', '正街', '河街', '广场',
  '锦绣', '桥头', '江南', '江北', '城东', '城西', '望江', '迎宾', '康乐', '幸福', '和谐', '安居',
];

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭',
  '何', '林', '罗', '高', '谭', '冉', '向', '彭', '田', '邓', '余', '唐', '熊', '程', '汪', '肖',
];

const GIVEN_NAMES = [
  '军', '勇', '敏', '静', '丽', '强', '磊', '涛', '超', '芳', '娟', '霞', '平', '刚', '斌', '波',
  '辉', '杰', '鹏', '琳', '燕', '红', '华', '明', '林', '宇', '欣', '婷', '洋', '峰',
  '建国', '志强', '海燕', '晓梅', '明华', '红梅', '永红', '小平', '国华', '春燕', '德明', '文杰',
  '建华', '家俊', '宏伟', '秀英', '玉兰', '桂英', '小红', '丽华', '志刚', '建平', '学军', '成刚',
  '晓东', '晓燕', '俊峰', '海涛', '云飞', '思远', '文静', '雪梅', '兴华', '长江', '先明', '家明',
  '天明', '光荣', '世平', '开富', '德福', '正清', '宗云', '仁和', '大勇', '维国', '春林', '秋菊',
  '玉梅', '光辉', '立新', '卫东', '爱民', '振华', '志勇', '浩然', '素芬', '丽萍', '家林', '一鸣',
  '明辉', '国庆', '建军', '晓峰', '红英', '金凤', '翠兰', '显兵', '祖发', '代富', '才华', '永刚',
];

/** Unfortunate homophones (杨伟 ≈ 阳痿, 吴德 ≈ 无德) and names of well-known national figures. */
const BLOCKED_NAMES = new Set([
  '杨伟', '吴德', '范统', '杜子腾', '史珍香', '朱逸群', '胡丽晶', '马冬梅', '刘芒',
  '汪洋', '李强', '王勇', '王刚', '马超', '黄明', '刘华', '王军',
]);

const PHONE_PREFIXES = [
  '138', '139', '135', '136', '137', '150', '151', '152', '157', '158', '159', '182', '183', '187',
  '188', '130', '131', '132', '155', '156', '185', '186', '133', '153', '180', '181', '189', '177', '199',
];

const CN_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

const DEPARTMENTS: ReadonlyArray<{ key: string; name: string; nameEn: string }> = [
  { key: 'supervision-office', name: '县委办督查室', nameEn: 'Supervision Office of the County Party Committee' },
  { key: 'government-supervision-office', name: '县政府督查室', nameEn: 'Supervision Office of the County Government' },
  { key: 'assessment-office', name: '县委县政府目标考核办公室', nameEn: 'Target Assessment Office of the County Party Committee and Government' },
  { key: 'water-resources', name: '水利局', nameEn: 'Water Resources Bureau' },
  { key: 'market-regulation', name: '市场监督管理局', nameEn: 'Market Regulation Administration' },
  { key: 'ecology-environment', name: '生态环境局', nameEn: 'Ecology and Environment Bureau' },
  { key: 'natural-resources', name: '自然资源局', nameEn: 'Natural Resources Bureau' },
  { key: 'agriculture-rural', name: '农业农村局', nameEn: 'Agriculture and Rural Affairs Bureau' },
  { key: 'housing-construction', name: '住房和城乡建设局', nameEn: 'Housing and Urban-Rural Development Bureau' },
  { key: 'emergency-management', name: '应急管理局', nameEn: 'Emergency Management Bureau' },
  { key: 'health', name: '卫生健康局', nameEn: 'Health Commission' },
  { key: 'transport', name: '交通运输局', nameEn: 'Transport Bureau' },
  { key: 'forestry', name: '林业局', nameEn: 'Forestry Bureau' },
];

/** County leadership plus 县委督查专员 (senior inspectors of 县委办督查室 who lead 督查组). */
const COUNTY_POSITIONS = [
  '县委书记', '县委副书记、县长', '县委副书记', '县委常委、常务副县长', '县委常委、县委办主任',
  '县委办副主任（分管督查）', '县委督查专员', '县委督查专员',
];

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const intBetween = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const pad3 = (n: number): string => String(n).padStart(3, '0');

/** Hands out people whose names and phones are unique across the whole county. */
function personFactory(rng: Rng): (position: string) => DemoPerson {
  const names = new Set<string>();
  const phones = new Set<string>();
  const uniqueName = (): string => {
    for (;;) {
      const name = pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES);
      if (!names.has(name) && !BLOCKED_NAMES.has(name)) {
        names.add(name);
        return name;
      }
    }
  };
  const uniquePhone = (): string => {
    for (;;) {
      const phone = pick(rng, PHONE_PREFIXES) + String(Math.floor(rng() * 1e8)).padStart(8, '0');
      if (!phones.has(phone)) {
        phones.add(phone);
        return phone;
      }
    }
  };
  return (position) => ({ name: uniqueName(), phone: uniquePhone(), position });
}

type MakePerson = (position: string) => DemoPerson;

function buildVillage(rng: Rng, person: MakePerson, name: string, code: string): DemoVillage {
  const isCommunity = name.endsWith('社区');
  const groups = CN_DIGITS.slice(0, intBetween(rng, 4, 9)).map((d) => ({ name: `${d}组` }));
  const positions = isCommunity ? ['社区党委书记', '社区居委会主任'] : ['村党支部书记', '村委会主任'];
  if (rng() < 0.6) positions.push('网格员');
  return { name, code, groups, people: positions.map(person) };
}

function buildTownship(rng: Rng, person: MakePerson, name: string, code: string): DemoTownship {
  const kind: DemoTownship['kind'] = name.endsWith('街道') ? '街道' : name.endsWith('乡') ? '乡' : '镇';
  const villageCount = intBetween(rng, 8, 12);
  const communityCount = kind === '街道' ? intBetween(rng, 5, 8) : kind === '镇' ? intBetween(rng, 1, 2) : intBetween(rng, 0, 1);
  const communities = shuffled(rng, COMMUNITY_NAMES).slice(0, communityCount);
  const villageNames = shuffled(rng, VILLAGE_NAMES).slice(0, villageCount - communityCount);
  // Division-code convention: 居委会（社区） 001–199, 村委会 200–399.
  const villages = [
    ...communities.map((n, i) => buildVillage(rng, person, `${n}社区`, code.slice(0, 9) + pad3(1 + i))),
    ...villageNames.map((n, i) => buildVillage(rng, person, `${n}村`, code.slice(0, 9) + pad3(200 + i))),
  ];
  const head = kind === '街道' ? '街道办事处主任' : `${kind}长`;
  const secretary = kind === '街道' ? '党工委书记' : '党委书记';
  const positions = [secretary, head, '党政办主任', '防办主任', '国土所所长'];
  if (rng() < 0.5) positions.push(pick(rng, ['环保办主任', '农业服务中心主任', '安监办主任', '社会事务办主任']));
  return { name, code, kind, villages, people: positions.map(person) };
}

function buildDepartment(rng: Rng, person: MakePerson, dept: (typeof DEPARTMENTS)[number]): DemoDepartment {
  const isOffice = /(室|办公室)$/.test(dept.name);
  const positions = isOffice ? ['主任', '副主任', '科长'] : ['局长', '副局长', '科长'];
  for (let i = intBetween(rng, 0, 2); i > 0; i--) positions.push('科员');
  return { ...dept, people: positions.map(person) };
}

export function buildDemoCounty(seed = 1): DemoCounty {
  const rng = mulberry32(seed);
  const person = personFactory(rng);
  // Division-code convention: 街道 001–099, 镇 100–199, 乡 200–299.
  const next = { 街道: 1, 镇: 100, 乡: 200 };
  const townshipCode = (name: string): string => {
    const kind = name.endsWith('街道') ? '街道' : name.endsWith('乡') ? '乡' : '镇';
    return `${COUNTY.prefix}${pad3(next[kind]++)}000`;
  };
  const countyPeople = COUNTY_POSITIONS.map(person);
  const departments = DEPARTMENTS.map((d) => buildDepartment(rng, person, d));
  const districts = DISTRICTS.map((d) => ({
    name: d.name,
    townships: d.townships.map((t) => buildTownship(rng, person, t, townshipCode(t))),
  }));
  return {
    province: { ...PROVINCE },
    city: { ...CITY },
    county: { name: COUNTY.name, code: `${COUNTY.prefix}000000`, people: countyPeople },
    districts,
    departments,
  };
}
