import type { Messages } from './messages.ts';
import { shell } from './en/shell.ts';
import { org } from './en/org.ts';
import { access } from './en/access.ts';
import { plugins } from './en/plugins.ts';
import { tasks } from './en/tasks.ts';
import { keyWork } from './en/key-work.ts';
import { excelImport } from './en/excel-import.ts';
import { offline } from './en/offline.ts';
import { surveys } from './en/surveys.ts';
import { assessments } from './en/assessments.ts';
import { inspections } from './en/inspections.ts';
import { assessmentErrors } from './en/assessment-errors.ts';
import { accessErrors } from './en/access-errors.ts';
import { warnings, warningErrors } from './en/warnings.ts';
import { jointCases, jointCaseErrors } from './en/joint-cases.ts';
import { maps, mapErrors, unitAttributes, unitAttributeErrors } from './en/maps.ts';
import { complaints, complaintErrors } from './en/complaints.ts';
import { accountability, accountabilityErrors, letterErrors } from './en/accountability.ts';
import { duties, dutyErrors } from './en/duties.ts';
import { readings, readingErrors } from './en/readings.ts';

// English mirrors zh-CN key for key (the Messages type enforces it). Loaded only when chosen.
export const en: Messages = { ...shell, ...org, ...access, ...plugins, ...tasks, ...keyWork, ...excelImport, ...offline, ...surveys, ...assessments, ...inspections, ...warnings, ...jointCases, ...maps, ...complaints, ...duties, ...accountability, ...readings, ...unitAttributes,
  errors: { ...shell.errors, assessment: assessmentErrors, access: accessErrors, warning: warningErrors, jointCase: jointCaseErrors, map: mapErrors, complaint: complaintErrors, duty: dutyErrors, letter: letterErrors, accountability: accountabilityErrors, reading: readingErrors, unitAttribute: unitAttributeErrors } };
