// 重点食品抽样检测: the food categories sampling plans are made for (the national sampling
// catalogue's main groups, as a county market-supervision bureau plans them).

export const foodCategories = [
  'vegetables', 'fruit', 'livestock-meat', 'poultry-eggs', 'aquatic', 'grain', 'edible-oil', 'dairy', 'condiments', 'beverages', 'catering', 'other',
] as const;
export type FoodCategory = (typeof foodCategories)[number];

export const foodCategoryNames: Record<FoodCategory, { zh: string; en: string }> = {
  vegetables: { zh: '蔬菜', en: 'Vegetables' },
  fruit: { zh: '水果', en: 'Fruit' },
  'livestock-meat': { zh: '畜肉及制品', en: 'Meat' },
  'poultry-eggs': { zh: '禽肉及蛋类', en: 'Poultry and eggs' },
  aquatic: { zh: '水产品', en: 'Aquatic products' },
  grain: { zh: '粮食及制品', en: 'Grain' },
  'edible-oil': { zh: '食用油', en: 'Edible oil' },
  dairy: { zh: '乳制品', en: 'Dairy' },
  condiments: { zh: '调味品', en: 'Condiments' },
  beverages: { zh: '饮料及酒类', en: 'Beverages' },
  catering: { zh: '餐饮食品', en: 'Catering food' },
  other: { zh: '其他', en: 'Other' },
};
