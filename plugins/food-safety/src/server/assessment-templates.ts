import { defaultGradeBands, type AssessmentPlanConfig as PlanConfig, type AssessmentTemplate } from '@duban/plugin-sdk/server';

// 食品安全工作目标责任制考核, from the source's 考核办法:
// 第三条 指标: 对政府 — 组织领导、制度保障、重点工作完成情况、宣传教育实施情况、重大案件查处情况、
//   经费保障情况、群众满意度; 对部门 — 《食品安全工作目标责任书》和《考核细则》的内容.
// 第五条 办法: 季度自查、半年督察、随机抽查与年终考核相结合.
// 第六条 程序: 11月30日前报送自查报告; 12月31日前统一考核; 满意度测评和重点食品抽样检测;
//   考核组成员按考核标准逐项打分,汇总以后计算平均分值 (missingRule average_present).
//   等次: 90分以上(含90分)优秀, 75分以上(含75分)合格, 75分以下不合格 (defaultGradeBands).
// 第七条 一票否决: the plugin's three veto conditions.
// The source gives no weights or points; those below are a county's sensible starting point,
// which 考核办 adjusts in the plan editor.

const vetoRules: PlanConfig['vetoRules'] = [
  { key: 'major-incident', name: '发生重大食品安全事故', kind: 'auto', conditionKey: 'food-safety.major-incident' },
  { key: 'concealment', name: '事故隐瞒不报、弄虚作假或处置不力造成严重后果', kind: 'auto', conditionKey: 'food-safety.concealment' },
  { key: 'not-transferred', name: '不按规定移送制售伪劣食品刑事案件', kind: 'auto', conditionKey: 'food-safety.case-not-transferred' },
];

/** The three components before the year end, the same for governments and departments. */
const cadence = (work: string): PlanConfig['components'] => [
  {
    key: 'self-check', name: '季度自查', kind: 'self_check', weight: 10,
    categories: [{ key: 'self-check', name: '单位自查', indicators: [
      { key: 'sc-quarterly', name: '每季度组织自查', method: 'deduction', maxScore: 60, pointsPerOccurrence: 15, standard: '每季度由被考核单位自行组织,对各项工作进行自查;缺一次扣 15 分' },
      { key: 'sc-report', name: '年度自查报告按时报送', method: 'manual', maxScore: 40, standard: '本年度11月30日前将年度食品安全工作开展情况及自查报告报送食品安全协调领导小组办公室;逾期不报不得分' },
    ] }],
  },
  {
    key: 'half-year', name: '半年督察', kind: 'half_year', weight: 20,
    categories: [{ key: 'half-year', name: '督察情况', indicators: [
      { key: 'hy-overall', name: `${work}总体开展情况`, method: 'manual', maxScore: 50 },
      { key: 'hy-quantified', name: '量化指标执行情况', method: 'manual', maxScore: 50, standard: '对照目标责任书的量化指标逐项核查' },
    ] }],
  },
  {
    key: 'spot-check', name: '随机抽查', kind: 'spot_check', weight: 10,
    categories: [{ key: 'spot-check', name: '明查暗访', indicators: [
      { key: 'sp-site', name: '现场检查', method: 'manual', maxScore: 70, standard: '实地抽查农产品养殖基地(场)、畜禽定点屠宰场、超市、农贸市场、集体食堂、餐饮企业,按现场检查表评分' },
      { key: 'sp-files', name: '查看资料', method: 'manual', maxScore: 30, standard: '查阅食品安全工作档案、文件、工作记录' },
    ] }],
  },
];

/** 对各区(县)政府 — here the county's townships — the seven indicators of 第三条(二). */
export const governmentTemplate: AssessmentTemplate = {
  key: 'food-safety.government',
  name: { zh: '食品安全工作目标责任制考核(乡镇政府)', en: 'Food-safety responsibility assessment (governments)' },
  description: {
    zh: '季度自查 10%、半年督察 20%、随机抽查 10%、年终考核 60%;11月30日前报送自查报告,12月31日前完成统一考核;优秀 ≥ 90、合格 ≥ 75;重大食品安全事故、隐瞒不报或弄虚作假、不按规定移送刑事案件一票否决。',
    en: 'Self-checks 10%, half-year 20%, spot checks 10%, year-end 60%; self-check report by 30 Nov, assessment by 31 Dec; 90/75; three vetoes.',
  },
  units: { mode: 'level', level: 'township' },
  grouping: { by: 'district' },
  config: {
    missingRule: 'average_present',
    gradeBands: defaultGradeBands,
    vetoRules,
    components: [
      ...cadence('食品安全工作'),
      {
        key: 'year-end', name: '年终考核', kind: 'year_end', weight: 60,
        categories: [
          { key: 'leadership', name: '组织领导', indicators: [
            { key: 'ye-leadership', name: '领导重视、机构健全', method: 'manual', maxScore: 8, standard: '政府主要领导负总责,食品安全委员会及办公室健全,专题研究食品安全工作' },
            { key: 'ye-responsibility', name: '目标责任落实', method: 'manual', maxScore: 7, standard: '签订食品安全工作目标责任书,任务分解到村(社区)和部门' },
          ] },
          { key: 'institutions', name: '制度保障', indicators: [
            { key: 'ye-rules', name: '监管制度建设', method: 'manual', maxScore: 8 },
            { key: 'ye-emergency', name: '应急预案和事故报告制度', method: 'manual', maxScore: 7, standard: '有食品安全事故应急预案,事故按时限报告' },
          ] },
          { key: 'key-work', name: '重点工作完成情况', indicators: [
            { key: 'ye-targets', name: '目标责任书各项工作完成情况', method: 'manual', maxScore: 10 },
            { key: 'ye-sampling-plan', name: '重点食品抽检计划完成率', method: 'formula', maxScore: 5, metricKey: 'food-safety.sampling-completion', mapping: { kind: 'linear', from: 0, to: 100 }, standard: '按抽检计划完成率折算,完成 100% 得满分' },
            { key: 'ye-sampling-pass', name: '重点食品抽检合格率', method: 'formula', maxScore: 5, metricKey: 'food-safety.sampling-pass-rate', mapping: { kind: 'thresholds', direction: 'higher', bands: [{ bound: 98, points: 5 }, { bound: 95, points: 4 }, { bound: 90, points: 3 }, { bound: 80, points: 1 }] }, standard: '≥98% 得 5 分,≥95% 得 4 分,≥90% 得 3 分,≥80% 得 1 分' },
          ] },
          { key: 'publicity', name: '宣传教育实施情况', indicators: [
            { key: 'ye-publicity', name: '食品安全宣传教育', method: 'manual', maxScore: 10, standard: '开展食品安全宣传周等活动,群众知晓率高' },
          ] },
          { key: 'major-cases', name: '重大案件查处情况', indicators: [
            { key: 'ye-cases', name: '案件查处', method: 'manual', maxScore: 10, standard: '依法查处制售伪劣食品案件,做到处理到位、整改到位、责任追究到位' },
            { key: 'ye-transfer', name: '行政执法与刑事司法衔接', method: 'manual', maxScore: 5, standard: '涉嫌犯罪案件按规定移送司法机关' },
          ] },
          { key: 'funding', name: '经费保障情况', indicators: [
            { key: 'ye-funding', name: '食品安全工作经费', method: 'manual', maxScore: 10, standard: '食品安全工作经费列入财政预算并足额到位' },
          ] },
          { key: 'satisfaction', name: '群众满意度', indicators: [
            { key: 'ye-satisfaction', name: '食品安全群众满意度', method: 'formula', maxScore: 15, metricKey: 'food-safety.satisfaction-rate', mapping: { kind: 'linear', from: 60, to: 100 }, standard: '对食品放心工程、专项整治情况和效果、主要品种放心程度的测评;满意度 60% 以下不得分,100% 得满分' },
          ] },
        ],
      },
    ],
  },
};

/** 食品安全监管各相关部门 — the items of their 目标责任书 and 考核细则 (第三条(三)). */
export const departmentTemplate: AssessmentTemplate = {
  key: 'food-safety.department',
  name: { zh: '食品安全工作目标责任制考核(监管部门)', en: 'Food-safety responsibility assessment (departments)' },
  description: {
    zh: '以《食品安全工作目标责任书》和《考核细则》为主;季度自查、半年督察、随机抽查与年终考核相结合;11月30日前报送自查报告,12月31日前完成统一考核;优秀 ≥ 90、合格 ≥ 75;三项一票否决。',
    en: 'The items of the responsibility letter; the same cadence, dates, grades and vetoes.',
  },
  units: { mode: 'level', level: 'department' },
  grouping: { by: 'level' },
  config: {
    missingRule: 'average_present',
    gradeBands: defaultGradeBands,
    vetoRules,
    components: [
      ...cadence('监管职责履行'),
      {
        key: 'year-end', name: '年终考核', kind: 'year_end', weight: 60,
        categories: [
          { key: 'letter', name: '目标责任书', indicators: [
            { key: 'ye-duties', name: '监管职责履行', method: 'manual', maxScore: 30, standard: '对照《食品安全工作目标责任书》所列本部门职责逐项核查' },
            { key: 'ye-campaigns', name: '日常监管和专项整治', method: 'manual', maxScore: 20 },
          ] },
          { key: 'enforcement', name: '执法与案件查处', indicators: [
            { key: 'ye-cases', name: '案件查处', method: 'manual', maxScore: 10, standard: '执法严格、打击有力,无以罚代管' },
            { key: 'ye-transfer', name: '行政执法与刑事司法衔接', method: 'manual', maxScore: 10, standard: '涉嫌犯罪案件按规定移送司法机关' },
          ] },
          { key: 'information', name: '信息报送与应急处置', indicators: [
            { key: 'ye-reporting', name: '信息报送和事故应急处置', method: 'manual', maxScore: 10 },
          ] },
          { key: 'publicity', name: '宣传培训', indicators: [
            { key: 'ye-publicity', name: '宣传教育和业务培训', method: 'manual', maxScore: 10 },
          ] },
          { key: 'cooperation', name: '协调配合', indicators: [
            { key: 'ye-cooperation', name: '部门协作和联合执法', method: 'manual', maxScore: 10 },
          ] },
        ],
      },
    ],
  },
};

export const assessmentTemplates = [governmentTemplate, departmentTemplate];
