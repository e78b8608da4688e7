import type { ChecklistItem, ChecklistTemplate } from '@duban/plugin-sdk/server';

// 现场检查 (the source's 考核方式 4): 实地抽查农产品养殖基地(场)、畜禽定点屠宰场、超市、农贸市场、
// 集体食堂、餐饮企业. The source names the places, not the items: the items below are the standard
// points of a county market-supervision on-site check of each kind of place. Each checklist's
// scores add up to 100; a place passes at 80 % of them, and fails outright on a critical item
// (否决项: banned substances, clenbuterol, water injection, expired food, waste oil).

type Item = ChecklistItem;
const yes = (key: string, zh: string, en: string, score: number, critical = false): Item => ({ key, label: { zh, en }, type: 'yesNo', required: true, score, ...(critical ? { critical } : {}) });

/** The checks, then the on-site record every visit leaves (photo, problems, signature, place). */
const template = (key: string, name: { zh: string; en: string }, checks: Item[]): ChecklistTemplate => ({
  key,
  name,
  passPercent: 80,
  sections: [
    { key: 'checks', title: { zh: '检查项目', en: 'Checks' }, items: checks },
    {
      key: 'record',
      title: { zh: '现场记录', en: 'On-site record' },
      items: [
        { key: 'photo', label: { zh: '现场照片', en: 'Photo of the site' }, type: 'photo', required: true, minCount: 1 },
        { key: 'problems', label: { zh: '发现的问题及整改要求', en: 'Problems found and what must be rectified' }, type: 'text', required: false },
        { key: 'signature', label: { zh: '被检查单位负责人签字', en: 'Signature of the person in charge' }, type: 'signature', required: true },
        { key: 'location', label: { zh: '检查位置', en: 'Location' }, type: 'gps', required: false },
      ],
    },
  ],
});

export const farmChecklist = template('food-safety.farm', { zh: '农产品养殖基地(场)现场检查', en: 'On-site check: breeding base or farm' }, [
  yes('records', '建立养殖档案,记录投入品使用、疫病防治和出栏情况', 'Breeding records: inputs used, disease control, sales', 20),
  yes('banned', '未使用禁用兽药、饲料添加剂及其他禁用物质', 'No banned veterinary drugs, feed additives or substances', 25, true),
  yes('withdrawal', '严格执行休药期规定', 'Withdrawal periods observed', 15),
  yes('quarantine', '出栏畜禽、水产品经检疫合格并附检疫证明', 'Animals and produce leave quarantined, with certificates', 15),
  yes('testing', '开展产地自检或委托检测,有检测记录', 'Own or commissioned tests at the source, with records', 10),
  yes('waste', '病死动物和养殖废弃物无害化处理', 'Dead animals and waste disposed of safely', 15),
]);

export const slaughterhouseChecklist = template('food-safety.slaughterhouse', { zh: '畜禽定点屠宰场现场检查', en: 'On-site check: designated slaughterhouse' }, [
  yes('licence', '持有定点屠宰证书和标志牌', 'Designated slaughter certificate and sign displayed', 15),
  yes('incoming', '入场畜禽查验检疫证明、佩戴耳标', 'Incoming animals checked for quarantine certificates and ear tags', 15),
  yes('inspection', '实施宰前、宰后检验,肉品品质检验记录完整', 'Ante- and post-mortem inspection, complete meat inspection records', 20),
  yes('clenbuterol', '开展"瘦肉精"等风险物质检测,未检出', 'Tests for clenbuterol and other risk substances, none found', 15, true),
  yes('waterInjection', '无注水或注入其他物质行为', 'No water or other substances injected', 15, true),
  yes('marking', '出厂肉品加盖检验合格章、附检疫合格证明', 'Meat leaves stamped and with quarantine certificates', 10),
  yes('disposal', '病害畜禽及产品无害化处理并记录', 'Diseased animals and products destroyed and recorded', 10),
]);

export const supermarketChecklist = template('food-safety.supermarket', { zh: '超市现场检查', en: 'On-site check: supermarket' }, [
  yes('licence', '食品经营许可证有效并公示', 'Valid food business licence displayed', 15),
  yes('health', '从业人员持有效健康证明', 'Staff hold valid health certificates', 10),
  yes('purchase', '落实进货查验和索证索票,记录完整', 'Purchase checks with supplier papers, complete records', 20),
  yes('expired', '无过期、变质、标签不合格食品', 'No expired, spoiled or mislabelled food', 20, true),
  yes('storage', '冷藏冷冻食品按规定温度贮存', 'Chilled and frozen food kept at the required temperatures', 15),
  yes('bulk', '散装食品标明名称、生产日期、保质期', 'Bulk food labelled with name, production date and shelf life', 10),
  yes('recall', '建立不合格食品下架、召回记录', 'Records of unqualified food withdrawn and recalled', 10),
]);

export const marketChecklist = template('food-safety.farmers-market', { zh: '农贸市场现场检查', en: 'On-site check: farmers’ market' }, [
  yes('manager', '市场开办者落实食品安全管理制度,配备食品安全管理员', 'The operator has food-safety rules and a food-safety manager', 15),
  yes('vendors', '入场销售者登记建档,证照齐全', 'Vendors registered with their licences on file', 15),
  yes('rapidTest', '快检室正常运行,每日开展农药残留等快速检测并公示结果', 'Rapid-test room working daily, results published', 25),
  yes('meat', '销售的肉品有检疫合格证明和肉品品质检验合格证明', 'Meat on sale carries quarantine and inspection certificates', 15),
  yes('poultry', '活禽经营区域相对隔离,按规定消毒和休市', 'Live poultry kept apart, disinfected and rested as required', 10),
  yes('hygiene', '市场环境卫生整洁,垃圾日产日清', 'Clean market, rubbish cleared daily', 10),
  { key: 'rapidTests', label: { zh: '当日快检批次', en: 'Rapid tests today' }, type: 'number', unit: '批次', required: true, passRule: '>=10', score: 10 },
]);

export const canteenChecklist = template('food-safety.canteen', { zh: '集体食堂现场检查', en: 'On-site check: collective canteen' }, [
  yes('licence', '食品经营许可证有效,从业人员持有效健康证明', 'Valid licence, staff with health certificates', 15),
  yes('morningCheck', '落实从业人员晨检制度', 'Staff checked for illness every morning', 10),
  yes('purchase', '原料进货查验,索证索票和台账完整', 'Ingredients checked with supplier papers and a complete ledger', 15),
  yes('separation', '生熟分开,加工操作规范', 'Raw and cooked kept apart; proper preparation', 15),
  yes('disinfection', '餐用具清洗消毒并保洁存放', 'Tableware cleaned, disinfected and stored clean', 15),
  yes('samples', '每餐次食品留样不少于 125 克、保存 48 小时以上,记录完整', 'A 125 g sample of every dish kept 48 hours, recorded', 15),
  yes('pests', '防鼠、防蝇、防尘设施完好', 'Rodent, fly and dust screens intact', 10),
  yes('additives', '食品添加剂专柜存放、专人管理、记录使用', 'Additives locked away, managed and their use recorded', 5),
]);

export const restaurantChecklist = template('food-safety.restaurant', { zh: '餐饮企业现场检查', en: 'On-site check: restaurant' }, [
  yes('licence', '食品经营许可证有效并公示,量化分级标识张贴', 'Valid licence and hygiene rating displayed', 15),
  yes('health', '从业人员持有效健康证明,个人卫生良好', 'Staff with health certificates and good hygiene', 10),
  yes('purchase', '原料进货查验和索证索票,无采购使用过期或"三无"原料', 'Ingredients checked, none expired or unlabelled', 20),
  yes('kitchen', '"明厨亮灶",后厨布局合理、环境整洁', 'Open kitchen, sensible layout, clean', 15),
  yes('disinfection', '餐用具清洗消毒,消毒设施正常使用', 'Tableware disinfected; facilities in use', 15),
  yes('oil', '无使用"地沟油"等非食品原料,废弃油脂规范处置', 'No waste cooking oil; waste oil disposed of properly', 15, true),
  yes('pests', '防鼠、防蝇、防尘设施完好', 'Rodent, fly and dust screens intact', 10),
]);

export const checklists = [farmChecklist, slaughterhouseChecklist, supermarketChecklist, marketChecklist, canteenChecklist, restaurantChecklist];
