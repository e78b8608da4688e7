// English: why a request was refused. Mirrors zh-CN/access-errors.ts key for key.
import type { Messages } from '../messages.ts';

export const accessErrors: Messages['errors']['access'] = {
  otherCounty: 'Access denied: the record belongs to another county',
  notGranted: 'Access denied: you do not hold this permission at {{unit}}',
  moduleOff: 'Access denied: the module is not enabled for {{unit}}; ask the department in charge',
  notOwner: 'This module belongs to {{owners}}: only its administrators and county administrators enable, disable, configure or grant it',
  grantOutsideOwners: "This module's role can be granted only to staff of {{owners}}",
};
