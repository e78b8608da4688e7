import type { Messages } from '../messages.ts';

export const maps: Pick<Messages, 'maps'> = {
  maps: {
    title: 'Map',
    subtitle: 'Unit boundaries, colouring by a metric and layers; click an area to see it and drill down to villages',
    metric: 'Colour by',
    noMetric: 'No colouring',
    year: 'Year',
    layers: 'Layers',
    noLayers: 'No layers',
    features: '{{count}} features',
    importLayer: 'Import a layer',
    importBoundaries: 'Import boundaries',
    drillDown: 'Drill down',
    openUnit: 'Unit details',
    up: 'Up one level',
    noValue: 'No data',
    value: 'Value',
    undrawn: '{{count}} units below have no boundary yet: {{names}}',
    noBoundary: "This unit has no boundary yet. A county administrator can import the county's GeoJSON boundaries.",
    selected: 'Selected area',
    clickHint: 'Click an area on the map',
    deleteLayer: 'Delete layer',
    deleteLayerConfirm: 'Delete the layer “{{name}}” and all its features?',
    deleted: 'Deleted',
    source: { core: 'Imported', plugin: 'Module' },
    layerForm: {
      name: 'Layer name',
      color: 'Colour',
      owner: 'Owner unit',
      file: 'GeoJSON file',
      pick: 'Choose a file (.geojson / .json)',
      hint: 'Points, lines and polygons (WGS 84 longitude/latitude); a feature is named from its name property.',
      imported: '{{count}} features imported',
    },
    boundaryForm: {
      hint: 'Each polygon is matched to this unit or one below by its code property (code, adcode) or its name (name); check first, then import.',
      check: 'Check',
      import: 'Import {{count}} boundaries',
      matched: '{{count}} units matched',
      unmatched: '{{count}} features not matched',
      reasons: { notArea: 'not a polygon', noUnit: 'no such unit', ambiguousName: 'name not unique, use the code', duplicate: 'same unit as an earlier feature' },
      saved: '{{count}} boundaries imported',
    },
    fileTooLarge: 'The file must not exceed 15 MB',
  },
};

export const mapErrors: Messages['errors']['map'] = {
  notJson: 'The file is not valid GeoJSON (the JSON cannot be parsed)',
  badFeature: 'Feature {{n}} is invalid ({{path}}): {{detail}}',
  tooManyFeatures: 'Too many features: at most {{max}}',
  notFeatureCollection: 'The file must be a GeoJSON FeatureCollection, Feature or geometry',
  noFeatures: 'The file has no features',
  noBoundaryMatched: 'No boundary in the file matches this unit or a unit below it (use the code or the name)',
  unknownMetric: 'There is no metric {{key}}',
};

export const unitAttributes: Pick<Messages, 'unitAttributes'> = {
  unitAttributes: {
    title: 'Unit attributes',
    year: 'Year',
    edit: 'Edit',
    editTitle: 'Edit unit attributes · {{name}} · {{year}}',
    import: 'Import attributes',
    importTitle: 'Import unit attributes from Excel',
    importIntro: 'One row per unit and year, matched by the unit code (or a unit name unique in the county); a blank cell changes nothing. Checked first, then imported as a whole.',
    importReady: 'Checked: {{units}} units, {{values}} values',
    importDone: 'Imported: {{units}} units, {{values}} values',
    saved: 'Saved',
    notSet: 'Not set',
    rolledUp: 'Units below: {{value}}',
    hint: 'Blank means not set; a township without its own figure counts as the total of its villages.',
  },
};

export const unitAttributeErrors: Messages['errors']['unitAttribute'] = {
  unknownKind: 'There is no attribute {{kind}}',
  notInteger: 'This attribute must be a whole number',
  outOfRange: 'The value must be between {{min}} and {{max}}',
};
