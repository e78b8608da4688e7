// zh-CN (source language): 地图 — boundaries, choropleth by a metric, layers and their import; 单位属性.
export const maps = {
  maps: {
    title: '地图',
    subtitle: '行政区划边界、按指标着色和图层；点击区域查看，逐级下钻到村',
    metric: '着色指标',
    noMetric: '不着色',
    year: '年度',
    layers: '图层',
    noLayers: '暂无图层',
    features: '{{count}} 个要素',
    importLayer: '导入图层',
    importBoundaries: '导入边界',
    drillDown: '下钻到下一级',
    openUnit: '单位详情',
    up: '返回上一级',
    noValue: '无数据',
    value: '指标值',
    undrawn: '{{count}} 个下级单位尚无边界：{{names}}',
    noBoundary: '本单位尚无边界。县级管理员可导入本县的 GeoJSON 边界。',
    selected: '选中区域',
    clickHint: '点击地图上的区域查看',
    deleteLayer: '删除图层',
    deleteLayerConfirm: '删除图层「{{name}}」及其全部要素？',
    deleted: '已删除',
    source: { core: '导入', plugin: '业务模块' },
    layerForm: {
      name: '图层名称',
      color: '颜色',
      owner: '所属单位',
      file: 'GeoJSON 文件',
      pick: '选择文件（.geojson / .json）',
      hint: '支持点、线、面要素（WGS 84 经纬度）；要素名称取属性 name 或「名称」。',
      imported: '已导入 {{count}} 个要素',
    },
    boundaryForm: {
      hint: '每个面要素按属性中的区划代码（code、adcode、区划代码）或名称（name、名称）对应到本级及下级单位；先检查，再导入。',
      check: '检查',
      import: '导入 {{count}} 个边界',
      matched: '可对应 {{count}} 个单位',
      unmatched: '无法对应 {{count}} 个要素',
      reasons: { notArea: '不是面要素', noUnit: '找不到单位', ambiguousName: '名称重复，请用区划代码', duplicate: '与前面的要素对应到同一单位' },
      saved: '已导入 {{count}} 个边界',
    },
    fileTooLarge: '文件不能超过 15 MB',
  },
};

export const mapErrors = {
  notJson: '文件不是有效的 GeoJSON（无法解析 JSON）',
  badFeature: '第 {{n}} 个要素有误（{{path}}）：{{detail}}',
  tooManyFeatures: '要素过多，最多 {{max}} 个',
  notFeatureCollection: '文件须为 GeoJSON FeatureCollection、Feature 或几何对象',
  noFeatures: '文件中没有要素',
  noBoundaryMatched: '文件中没有能对应到本级及下级单位的边界（请用区划代码或名称）',
  unknownMetric: '没有这个指标：{{key}}',
};

export const unitAttributes = {
  unitAttributes: {
    title: '单位属性',
    year: '年度',
    edit: '修改',
    editTitle: '修改单位属性 · {{name}} · {{year}} 年',
    import: '导入属性',
    importTitle: '从 Excel 导入单位属性',
    importIntro: '每行一个单位一个年度，按单位编码（或全县唯一的单位名称）对应；空白单元格不修改。先检查，无误后整份导入。',
    importReady: '检查通过：{{units}} 个单位，{{values}} 项属性',
    importDone: '已导入：{{units}} 个单位，{{values}} 项属性',
    saved: '已保存',
    notSet: '未填',
    rolledUp: '下级合计 {{value}}',
    hint: '空白表示未填；乡镇未填时，指标按所辖村合计。',
  },
};

export const unitAttributeErrors = {
  unknownKind: '没有这个属性：{{kind}}',
  notInteger: '该属性须为整数',
  outOfRange: '属性值须在 {{min}} 到 {{max}} 之间',
};
