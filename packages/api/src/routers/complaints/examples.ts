// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts).
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
  'complaint.intake': (w) => ({
    channel: '12345', subject: `样例类别${w.unique()}`, content: '样例投诉内容,请处理。', intakeUnitId: w.record, locationUnitId: w.record,
    complainantName: '李女士', phone: '13800138000', receivedAt: w.now.toISOString(),
  }),
  'complaint.list': () => ({}),
  'complaint.export': () => ({}),
  'complaint.get': (w) => ({ complaintId: w.record }),
  'complaint.photo': {
    input: (w) => ({ complaintId: w.record, photoId: w.record }),
    refusals: { 'errors.recordNotFound': 'the fixture complaint has no photo' },
  },
  'complaint.revealPhone': (w) => ({ complaintId: w.record }),
  'complaint.dispatch': (w) => ({ complaintId: w.record, units: [{ orgUnitId: w.at('orgUnit') }] }),
  'complaint.dispatchJointCase': {
    input: (w) => ({ complaintId: w.record, lead: { orgUnitId: w.at('orgUnit'), duty: '督促整改' }, coHandlers: [{ orgUnitId: w.village.id, duty: '现场核查', handleDays: 10 }] }),
    refusals: { 'errors.complaint.dispatchUnitTwice': 'aimed at a village, the lead and the co-handler are the same unit' },
  },
  'complaint.callback': (w) => ({ dispatchId: w.record, result: 'satisfied', note: '满意' }),
  'complaint.board': (w) => ({ orgUnitId: w.record, year: 2026 }),
});
