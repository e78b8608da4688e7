/**
 * The procedures the audit log records, by area, for the filter and for readable labels
 * (audit.procedures.* in the dictionaries). Unknown ones (e.g. from plugins) show their raw name.
 */
export const auditAreas: { area: string; procedures: string[] }[] = [
  { area: 'auth', procedures: ['auth.login', 'auth.logout', 'auth.changePassword'] },
  { area: 'orgUnit', procedures: ['orgUnit.create', 'orgUnit.update', 'orgUnit.move', 'orgUnit.archive', 'orgUnit.import', 'orgUnit.export', 'orgUnit.subtree', 'orgUnit.get'] },
  { area: 'district', procedures: ['district.create', 'district.update', 'district.list'] },
  { area: 'person', procedures: ['person.create', 'person.update', 'person.archive', 'person.list'] },
  { area: 'user', procedures: ['user.create', 'user.disable', 'user.enable', 'user.resetPassword', 'user.assignRole', 'user.revokeRole', 'user.list', 'user.get'] },
  { area: 'role', procedures: ['role.create', 'role.update', 'role.list', 'role.permissions'] },
  { area: 'audit', procedures: ['audit.list', 'audit.verify'] },
];
