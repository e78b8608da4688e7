/**
 * The core's permissions, named `<area>.<resource>.<action>`. `access` says which scope of a role
 * assignment a permission is checked against: `read` → the view scope, `write` → the capture scope.
 * Plugins declare theirs as `<pluginId>.<resource>.<action>` in their manifest.
 */
export interface PermissionDefinition {
  key: string;
  access: 'read' | 'write';
  zh: string;
  en: string;
}

const p = (key: string, access: 'read' | 'write', zh: string, en: string): PermissionDefinition => ({ key, access, zh, en });

export const corePermissions = [
  p('core.orgUnit.read', 'read', '查看组织机构', 'View org units'),
  p('core.orgUnit.create', 'write', '新建组织机构', 'Create org units'),
  p('core.orgUnit.update', 'write', '修改组织机构(重命名、调整上级)', 'Rename and move org units'),
  p('core.orgUnit.archive', 'write', '撤销组织机构', 'Archive org units'),
  p('core.orgUnit.import', 'write', '导入组织机构', 'Import org units from Excel'),
  p('core.orgUnit.export', 'read', '导出组织机构', 'Export org units to Excel'),
  p('core.district.read', 'read', '查看片区', 'View districts'),
  p('core.district.manage', 'write', '管理片区', 'Manage districts'),
  p('core.person.read', 'read', '查看人员', 'View people'),
  p('core.person.create', 'write', '新增人员', 'Add people'),
  p('core.person.update', 'write', '修改人员', 'Edit people'),
  p('core.person.archive', 'write', '注销人员', 'Archive people'),
  p('core.user.read', 'read', '查看账号', 'View user accounts'),
  p('core.user.create', 'write', '新建账号', 'Create user accounts'),
  p('core.user.update', 'write', '停用、启用账号和重置密码', 'Disable, enable and reset accounts'),
  p('core.user.assignRole', 'write', '分配角色', 'Assign roles'),
  p('core.role.read', 'read', '查看角色', 'View roles'),
  p('core.role.manage', 'write', '管理角色', 'Manage roles'),
  p('core.audit.read', 'read', '查看审计日志', 'View the audit log'),
  p('core.task.read', 'read', '查看督办事项', 'View supervised items'),
  p('core.task.handOver', 'write', '交办督办事项', 'Hand over items'),
  p('core.task.handle', 'write', '签收、整改和申请办结', 'Sign for, rectify and submit items'),
  p('core.task.verify', 'write', '核查、通报、挂牌督办和后督察', 'Verify, notify, list and re-inspect items'),
  p('core.task.rules', 'write', '设置督办升级规则', 'Set escalation rules'),
  p('core.task.instruct', 'write', '对督办事项作领导批示', "Write a leader's instruction on an item"),
  p('core.keyWork.read', 'read', '查看重点工作', 'View key work'),
  p('core.keyWork.manage', 'write', '部署和分解重点工作', 'Set and decompose key work'),
  p('core.keyWork.report', 'write', '报送重点工作进展', 'Report key-work progress'),
  p('core.assessment.read', 'read', '查看考核方案和结果', 'View assessment plans and results'),
  p('core.assessment.manage', 'write', '配置考核方案、组织考核和计算结果', 'Configure and run assessment plans'),
  p('core.assessment.selfCheck', 'write', '填报考核自查和佐证材料', 'Submit assessment self-checks with evidence'),
  p('core.assessment.score', 'write', '考核打分、记录扣分和加分', 'Score assessment items, record deductions and bonuses'),
  p('core.assessment.approve', 'write', '审核、审定和发布考核结果', 'Review, approve and publish assessment results'),
  p('core.assessment.veto', 'write', '认定一票否决', 'Record vetoes (一票否决)'),
  p('core.inspection.read', 'read', '查看督查计划、记录和问题(不含未开始的暗访)', 'View inspections, records and findings (not unannounced visits before they start)'),
  p('core.inspection.plan', 'write', '组建督查组、编排轮换和督查计划', 'Form supervision groups, plan rotations and visits'),
  p('core.inspection.templates', 'write', '配置督查检查表模板', 'Configure checklist templates'),
  p('core.inspection.inspect', 'write', '现场督查:填写检查表(须为督查组成员)', 'Inspect on site: fill checklists (group members)'),
  p('core.inspection.findings', 'write', '将督查发现的问题交办整改', 'Hand over findings for rectification'),
  p('core.survey.read', 'read', '查看入户调查(电话脱敏)、配额进度和疑点', 'View household surveys (phones masked), quotas and flags'),
  p('core.survey.fill', 'write', '填写入户调查(须为督查组成员)', 'Fill household surveys (group members)'),
  p('core.survey.manage', 'write', '配置调查表、配额和疑点阈值', 'Configure survey forms, quotas and flag thresholds'),
  p('core.survey.callback', 'write', '回访抽样和记录回访结果', 'Draw call-back samples and record outcomes'),
  p('core.survey.revealPhone', 'read', '查看受访户完整电话号码(留痕)', "Reveal respondents' full phone numbers (audited)"),
  p('core.warning.read', 'read', '查看预警及确认情况', 'View warnings and who has acknowledged'),
  p('core.warning.issue', 'write', '发布和撤销预警', 'Issue and cancel warnings'),
  p('core.warning.acknowledge', 'write', '确认收到预警和回报情况', 'Acknowledge warnings and report back'),
  p('core.map.read', 'read', '查看地图:边界、图层和专题着色', 'View the map: boundaries, layers and choropleths'),
  p('core.map.manage', 'write', '导入行政区划边界', 'Import unit boundaries'),
  p('core.map.layers', 'write', '导入和删除地图图层', 'Import and delete map layers'),
  p('core.complaint.read', 'read', '查看投诉件(电话脱敏)、派单办理情况和投诉指标', 'View complaints (phones masked), their dispatches and complaint rates'),
  p('core.complaint.intake', 'write', '登记投诉件(12345、12369、信访、随手拍等)', 'Take in complaints (hotlines, petitions, photo reports)'),
  p('core.complaint.dispatch', 'write', '投诉派单和回访', 'Dispatch complaints to units and call complainants back'),
  p('core.complaint.revealPhone', 'read', '查看投诉人完整电话号码(留痕)', "Reveal complainants' full phone numbers (audited)"),
  p('core.duty.read', 'read', '查看报送任务、报送日历和报送率', 'View reporting duties, their calendar and reporting rates'),
  p('core.duty.manage', 'write', '设置和停用报送任务', 'Set up and retire reporting duties'),
  p('core.duty.report', 'write', '填报报表', 'Submit reports'),
  p('core.reading.read', 'read', '查看监测站点和监测数据', 'View stations and readings'),
  p('core.reading.manage', 'write', '设置监测站点、阈值和设备密钥', 'Set up stations, thresholds and device keys'),
  p('core.reading.enter', 'write', '录入和导入监测数据', 'Enter and import readings'),
  p('core.plugin.read', 'read', '查看业务模块启用情况', 'View module enablement'),
  p('core.plugin.manage', 'write', '为本部门主管的业务模块启用、停用、配置和授权', "Enable, disable, configure and grant the department's own modules"),
  p('core.plugin.manageAll', 'write', '管理所有部门的业务模块(县级管理员,留痕)', "Manage every department's modules (county administrators, audited)"),
] as const satisfies readonly PermissionDefinition[];

export type CorePermission = (typeof corePermissions)[number]['key'];

/** Procedures that need no permission say so explicitly: anyone, or any signed-in user. */
export type OpenAccess = 'public' | 'authenticated';

const registry = new Map<string, PermissionDefinition>(corePermissions.map((d) => [d.key, d]));

/** Plugins (issue: plugin platform) add their permissions here when they are mounted. */
export function registerPermissions(defs: readonly PermissionDefinition[]) {
  for (const d of defs) registry.set(d.key, d);
}

export function permissionDefinition(key: string): PermissionDefinition | undefined {
  return registry.get(key);
}

export function allPermissions(): PermissionDefinition[] {
  return [...registry.values()];
}
