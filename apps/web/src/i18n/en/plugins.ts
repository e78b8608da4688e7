import type { Messages } from '../messages.ts';

// English: module management and plugin pages. Mirrors zh-CN key for key (the type enforces it).
export const plugins: Pick<Messages, 'plugins'> = {
  plugins: {
    title: 'Modules',
    subtitle: 'Switch work-domain modules on for the townships and villages your department covers; a setting applies below its unit unless a unit sets its own',
    modulesAt: 'Modules at {{unit}}',
    module: 'Module',
    version: 'Version',
    state: 'State',
    on: 'Enabled',
    off: 'Not enabled',
    inherited: '(as set at {{unit}})',
    enabledBelow: 'Set below',
    settings: 'Settings',
    settingsOf: '{{name}} settings · {{unit}}',
    history: 'Enablement and settings history',
    noHistory: 'No changes yet',
    none: 'No modules installed',
    noManage: 'You may not manage modules of this unit',
    enabledOk: 'Enabled for {{unit}}',
    disabledOk: 'Disabled for {{unit}}',
    notEnabledTitle: 'Module not enabled',
    notEnabled: 'This module is not enabled for your unit; ask the department in charge',
    pageMissing: 'Page not found',
    unit: '{{name}} · unit',
    noUnit: 'Choose a unit',
    historyOn: '{{plugin}} enabled for {{unit}}',
    historyOff: '{{plugin}} disabled for {{unit}}',
  },
};
