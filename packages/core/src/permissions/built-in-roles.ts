import type { CorePermission } from './catalog.ts';
import { corePermissions } from './catalog.ts';

/**
 * The roles every county starts with. Where a role holds its powers is decided by the assignment
 * (capture and view units), not by the role: a township official assigned at 青龙镇 writes there.
 */
export interface BuiltInRole {
  key: string;
  name: string;
  nameEn: string;
  description: string;
  permissions: CorePermission[];
}

const all = corePermissions.map((d) => d.key);
const readAll = corePermissions.filter((d) => d.access === 'read').map((d) => d.key);

export const builtInRoles: BuiltInRole[] = [
  {
    key: 'county-admin',
    name: '县级管理员',
    nameEn: 'County administrator',
    description: '管理本县组织机构、人员、账号、角色,查看审计日志',
    permissions: all,
  },
  {
    key: 'supervision-office',
    name: '督查室',
    nameEn: 'Supervision office',
    description: '县委办、政府督查室:查看全县组织、人员和审计日志,维护片区',
    permissions: [...readAll, 'core.district.manage', 'core.task.handOver', 'core.task.verify', 'core.task.rules', 'core.task.instruct', 'core.keyWork.manage',
      'core.assessment.manage', 'core.assessment.approve', 'core.assessment.veto',
      'core.inspection.plan', 'core.inspection.templates', 'core.inspection.findings',
      'core.survey.fill', 'core.survey.manage', 'core.survey.callback', 'core.warning.issue', 'core.map.manage', 'core.map.layers',
      'core.complaint.intake', 'core.complaint.dispatch', 'core.duty.manage', 'core.reading.manage', 'core.reading.enter'],
  },
  {
    key: 'department-admin',
    name: '部门管理员',
    nameEn: 'Department administrator',
    description: '管理本部门的人员和账号',
    permissions: [
      'core.orgUnit.read', 'core.orgUnit.export', 'core.district.read',
      'core.person.read', 'core.person.create', 'core.person.update', 'core.person.archive',
      'core.user.read', 'core.user.create', 'core.user.update', 'core.user.assignRole',
      'core.role.read', 'core.plugin.read',
      'core.task.read', 'core.task.handle', 'core.keyWork.read', 'core.keyWork.report',
      'core.assessment.read', 'core.assessment.selfCheck',
      'core.inspection.read', 'core.warning.read', 'core.warning.acknowledge', 'core.map.read', 'core.map.layers', 'core.complaint.read',
      'core.duty.read', 'core.duty.manage', 'core.duty.report',
      'core.reading.read', 'core.reading.manage', 'core.reading.enter',
    ],
  },
  {
    key: 'module-admin',
    name: '模块管理员',
    nameEn: 'Module administrator',
    description: '部门为其负责的乡镇、村启用和配置业务模块',
    permissions: ['core.orgUnit.read', 'core.district.read', 'core.plugin.read', 'core.plugin.manage'],
  },
  {
    key: 'township-official',
    name: '乡镇干部',
    nameEn: 'Township official',
    description: '维护本乡镇的村、组和人员',
    permissions: [
      'core.orgUnit.read', 'core.orgUnit.create', 'core.orgUnit.update', 'core.orgUnit.export', 'core.district.read',
      'core.person.read', 'core.person.create', 'core.person.update', 'core.user.read',
      'core.task.read', 'core.task.handle', 'core.keyWork.read', 'core.keyWork.report',
      'core.assessment.read', 'core.assessment.selfCheck',
      'core.inspection.read', 'core.warning.read', 'core.warning.issue', 'core.warning.acknowledge', 'core.map.read', 'core.map.layers', 'core.complaint.read',
      'core.duty.read', 'core.duty.manage', 'core.duty.report',
      'core.reading.read', 'core.reading.manage', 'core.reading.enter',
    ],
  },
  {
    key: 'village-official',
    name: '村干部',
    nameEn: 'Village official',
    description: '查看本村组织,维护本村人员',
    permissions: ['core.orgUnit.read', 'core.person.read', 'core.person.create', 'core.person.update', 'core.task.read', 'core.task.handle', 'core.inspection.read',
      'core.warning.read', 'core.warning.issue', 'core.warning.acknowledge', 'core.map.read', 'core.duty.read', 'core.duty.report', 'core.reading.read', 'core.reading.enter'],
  },
  {
    key: 'inspector',
    name: '督查组成员',
    nameEn: 'Inspector',
    description: '查看被督查乡镇的组织和人员,现场填写检查表,交办督查发现的问题',
    permissions: [
      'core.orgUnit.read', 'core.district.read', 'core.person.read', 'core.task.read', 'core.task.handOver', 'core.keyWork.read',
      'core.inspection.read', 'core.inspection.inspect', 'core.inspection.findings',
      'core.survey.read', 'core.survey.fill', 'core.map.read',
    ],
  },
  {
    key: 'assessor',
    name: '考核组成员',
    nameEn: 'Assessor',
    description: '查看被考核单位的组织、人员和督办情况,逐项打分',
    permissions: ['core.orgUnit.read', 'core.district.read', 'core.person.read', 'core.task.read', 'core.keyWork.read', 'core.assessment.read', 'core.assessment.score', 'core.inspection.read', 'core.survey.read', 'core.map.read'],
  },
];
