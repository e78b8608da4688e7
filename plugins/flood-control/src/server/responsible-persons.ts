import { pluginError } from '@duban/plugin-sdk/server';
import type { Prisma } from '@duban/plugin-sdk/db';

type Linked = { adminPersonId?: string | null; technicalPersonId?: string | null };

/**
 * A responsible person picked from the person register gives the row its name too (the list and
 * older rows read the name); a person of another county is refused like a missing one.
 */
export async function linkedNames(db: Prisma.TransactionClient, countyId: string, input: Linked) {
  const ids = [input.adminPersonId, input.technicalPersonId].filter((id): id is string => Boolean(id));
  const people = ids.length ? await db.person.findMany({ where: { countyId, id: { in: ids }, archivedAt: null }, select: { id: true, name: true } }) : [];
  const name = (id: string | null | undefined) => {
    if (!id) return undefined;
    const person = people.find((p) => p.id === id);
    if (!person) throw pluginError('BAD_REQUEST', { zh: '责任人不在人员名单中', en: 'The responsible person is not in the person register' });
    return person.name;
  };
  return {
    ...(input.adminPersonId ? { adminResponsible: name(input.adminPersonId) } : {}),
    ...(input.technicalPersonId ? { technicalResponsible: name(input.technicalPersonId) } : {}),
  };
}
