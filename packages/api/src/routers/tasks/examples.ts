// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples, type ExampleWorld } from '../../authz/examples.ts';

/** An ISO time some days after the world's clock (inputs carry times as strings). */
const later = (w: ExampleWorld, days = 7) => new Date(w.now.getTime() + days * 86_400_000).toISOString();

export const examples = defineExamples({
  'task.noticePdf': (w) => ({ taskId: w.record, kind: 'notice' }),
  'task.handOver': (w) => ({ title: `样例事项${w.unique()}`, supervisingUnitId: w.record, responsibleUnitId: w.unit.id, deadline: later(w) }),
  'task.list': () => ({}),
  'task.kinds': () => undefined,
  'task.exportLedger': () => ({}),
  'task.importLedger': { input: () => ({ fileBase64: 'UEsDBA==', dryRun: true }), refusals: { 'errors.excel': 'an empty workbook: the import tests feed real ones' } },
  'task.ledgerTemplate': () => undefined,
  'task.get': (w) => ({ taskId: w.record }),
  'task.handle': (w) => ({ taskId: w.record, action: "sign" }),
  'task.verify': {
    input: (w) => ({ taskId: w.record, action: 'pass' }),
    refusals: { 'errors.task.illegalTransition': 'the seeded task is handed over, not yet submitted (tasks.test.ts walks the lifecycle)' },
  },
  'task.listForSupervision': (w) => ({ taskId: w.record, leader: '样例' }),
  'task.evidenceFile': { input: (w) => ({ taskId: w.record, evidenceId: w.unique() }), refusals: { NOT_FOUND: 'the seeded task has no evidence; the matrix proves the lookup is scoped to it' } },
  'supervision.stats': (w) => ({ orgUnitId: w.record }),
  'supervision.bulletin': () => ({}),
  'supervision.rules': () => undefined,
  'supervision.setRules': () => ({ remindDaysBefore: 1, superviseAfterDays: 2, listAfterDays: 5 }),
  'supervision.leaders': () => undefined,
  'supervision.setLeader': (w) => ({ orgUnitId: w.record, personId: w.at('person') }),
  'supervision.samplePostChecks': (w) => ({ orgUnitId: w.record, sharePercent: 1, from: w.now.toISOString(), to: w.now.toISOString() }),
  'supervision.postChecks': () => undefined,
  'supervision.pickPostCheck': {
    input: (w) => ({ taskId: w.record, reason: '挂牌督办案件,列入后督察' }),
    refusals: { 'errors.postCheck.notClosed': 'the seeded task is handed over, not closed (post-checks.test.ts closes and picks one)' },
  },
  'supervision.postCheckFile': { input: (w) => ({ checkId: w.record, evidenceId: w.unique() }), refusals: { NOT_FOUND: 'the seeded check has no evidence; the matrix proves the lookup is scoped to it' } },
  'supervision.recordPostCheck': (w) => ({ checkId: w.record, result: "pass", note: '样例' }),
  'task.requestExtension': (w) => ({ taskId: w.record, deadline: later(w, 30), reason: '汛期施工受阻' }),
  'task.decideExtension': {
    input: (w) => ({ taskId: w.record, approve: true }),
    refusals: { 'errors.task.noPendingExtension': 'the seeded task has no extension request (item-operations.test.ts asks and decides)' },
  },
  'task.transfer': {
    input: (w) => ({ taskId: w.record, unitIds: [w.county.id] }),
    refusals: { 'errors.task.transferSameUnit': 'aimed at the county, the seeded task already lies with it' },
  },
  'task.requestCountersign': {
    input: (w) => ({ taskId: w.record }),
    refusals: {
      'errors.task.illegalOperation': 'the seeded task is handed over, not yet signed (item-operations.test.ts countersigns)',
    },
  },
  'task.countersign': (w) => ({ countersignId: w.record, agreed: true }),
  'task.instruct': (w) => ({ taskId: w.record, text: '请抓紧办理' }),
  'supervision.runEscalation': () => undefined,
  'supervision.leaderView': (w) => ({ orgUnitId: w.record }),
  'jointCase.open': {
    input: (w) => ({
      title: `样例联合办案${w.unique()}`, supervisingUnitId: w.record,
      lead: { orgUnitId: w.unit.id, duty: '立案调查', deadline: later(w, 20), steps: [{ name: '现场勘查' }] },
      coHandlers: [{ orgUnitId: w.county.id, duty: '断电', deadline: later(w, 20) }],
    }),
    refusals: { 'errors.jointCase.duplicateUnit': 'aimed at the county itself, lead and co-handler are the same unit' },
  },
  'jointCase.list': () => ({}),
  'jointCase.get': (w) => ({ caseId: w.record }),
  'jointCase.completeStep': {
    input: (w) => ({ stepId: w.record, note: '已完成' }),
    refusals: { 'errors.jointCase.shareNotWorking': 'the seeded share is handed over, not yet signed (joint-cases.test.ts signs and works it)' },
  },
  'jointCase.handOver': (w) => ({ shareId: w.record, kind: 'refer', authorityKind: 'police', authorityName: '县公安局', reason: '涉嫌犯罪,依法移送' }),
  'inbox.list': () => ({}),
  'inbox.markRead': () => ({ ids: [] }),
});
