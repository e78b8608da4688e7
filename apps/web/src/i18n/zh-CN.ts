// zh-CN is the source language: every key is defined here first (one file per area under
// zh-CN/), and en.ts must match its shape.
import { shell } from './zh-CN/shell.ts';
import { org } from './zh-CN/org.ts';
import { access } from './zh-CN/access.ts';
import { plugins } from './zh-CN/plugins.ts';
import { tasks } from './zh-CN/tasks.ts';
import { keyWork } from './zh-CN/key-work.ts';
import { excelImport } from './zh-CN/excel-import.ts';
import { offline } from './zh-CN/offline.ts';
import { surveys } from './zh-CN/surveys.ts';
import { assessments } from './zh-CN/assessments.ts';
import { inspections } from './zh-CN/inspections.ts';
import { assessmentErrors } from './zh-CN/assessment-errors.ts';
import { accessErrors } from './zh-CN/access-errors.ts';
import { warnings, warningErrors } from './zh-CN/warnings.ts';
import { jointCases, jointCaseErrors } from './zh-CN/joint-cases.ts';
import { maps, mapErrors, unitAttributes, unitAttributeErrors } from './zh-CN/maps.ts';
import { complaints, complaintErrors } from './zh-CN/complaints.ts';
import { duties, dutyErrors } from './zh-CN/duties.ts';
import { readings, readingErrors } from './zh-CN/readings.ts';
import { accountability, accountabilityErrors, letterErrors } from './zh-CN/accountability.ts';

export const zhCN = { ...shell, ...org, ...access, ...plugins, ...tasks, ...keyWork, ...excelImport, ...offline, ...surveys, ...assessments, ...inspections, ...warnings, ...jointCases, ...maps, ...complaints, ...duties, ...accountability, ...readings, ...unitAttributes,
  // Area files spread at the top level, so a second `errors` would replace shell's: merge by hand.
  errors: { ...shell.errors, assessment: assessmentErrors, access: accessErrors, warning: warningErrors, jointCase: jointCaseErrors, map: mapErrors, complaint: complaintErrors, duty: dutyErrors, letter: letterErrors, accountability: accountabilityErrors, reading: readingErrors, unitAttribute: unitAttributeErrors } };
