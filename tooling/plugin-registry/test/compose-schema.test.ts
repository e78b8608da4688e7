import { describe, expect, it } from 'vitest';
import { composeSchema } from '../src/compose-schema.ts';

const core = `model OrgUnit {\n  countyId String\n  id String\n}\n`;
const inspections = `model Visit {\n  countyId String\n  id String\n  orgUnitId String\n  orgUnit OrgUnit @relation(fields: [countyId, orgUnitId], references: [countyId, id])\n}\n`;
const surveys = `model Survey {\n  countyId String\n  id String\n  visitId String\n  visit Visit @relation(fields: [countyId, visitId], references: [countyId, id])\n}\n`;

describe('composeSchema', () => {
  const files = composeSchema(core, [
    { pluginId: 'area', path: '/x/inspections.prisma', content: inspections },
    { pluginId: 'area', path: '/x/surveys.prisma', content: surveys },
  ]);
  const byName = Object.fromEntries(files.map((f) => [f.name, f.content]));

  it('adds the back-relation of an area model to the core model it points at', () => {
    expect(byName['schema.prisma']).toContain('visit_orgUnit Visit[] @relation("Visit_orgUnit")');
    expect(byName['area--inspections.prisma']).toContain('orgUnit OrgUnit @relation("Visit_orgUnit", fields');
  });

  it('adds the back-relation of one area model to another area’s model', () => {
    expect(byName['area--inspections.prisma']).toContain('survey_visit Survey[] @relation("Survey_visit")');
    expect(byName['area--surveys.prisma']).toContain('visit Visit @relation("Survey_visit", fields');
  });
});
