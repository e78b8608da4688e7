// zh-CN: why a request was refused (packages/api/src/authz/authorize.ts, plugins/ownership.ts).
export const accessErrors = {
  otherCounty: '无权访问：该记录属于其他县',
  notGranted: '无权访问：您在「{{unit}}」没有这项权限',
  moduleOff: '无权访问：该业务模块未在「{{unit}}」启用，请联系主管部门',
  notOwner: '该业务模块由{{owners}}主管，只有其管理员和县级管理员可以启用、停用、配置或授权',
  grantOutsideOwners: '该业务模块的角色只能授予{{owners}}的人员',
};
