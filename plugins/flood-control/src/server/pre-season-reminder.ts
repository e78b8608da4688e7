import { Prisma } from '@duban/plugin-sdk/db';
import { pluginSettings, schedule, type CalendarJob } from '@duban/plugin-sdk/server';
import manifest from '../manifest.ts';

/**
 * 主汛期开始: on each unit's flood-season start (its `floodSeasonStart` setting, 06-01 by default;
 * read in the county's time zone at 08:00), units where the module is on and that still have
 * reservoirs without this season's pre-season check get an inbox notice naming them, and a text to
 * their 防办 duty phone when one is set. Daily, because the date is a per-unit setting.
 */
export const preSeasonReminder: CalendarJob = {
  key: 'flood-control.pre-season-reminder',
  name: { zh: '主汛期开始:汛前检查提醒', en: 'Flood season start: pre-season check reminder' },
  schedule: schedule.daily('08:00'),
  async run({ db, countyId, units, localMonthDay, occurrence, notify, sms, audit }) {
    const settings = await pluginSettings(db, manifest, countyId, units.map((u) => u.id));
    const starting = units.filter((u) => settings.get(u.id)?.settings.floodSeasonStart === localMonthDay);
    if (starting.length === 0) return { reminded: 0 };
    // Each starting unit's reservoirs, at the unit or below it, without a check still in force (a
    // check expires at the end of its season), with the administrative responsible person's phone.
    const rows = await db.$queryRaw<{ unit_id: string; name: string; phone: string | null }[]>`
      SELECT u.id AS unit_id, r.name, p.phone
        FROM org_unit u
        JOIN org_unit d ON d.county_id = u.county_id AND left(d.path, length(u.path)) = u.path
        JOIN flood_reservoir r ON r.county_id = d.county_id AND r.org_unit_id = d.id AND r.archived_at IS NULL
        LEFT JOIN person p ON p.county_id = r.county_id AND p.id = r.admin_person_id AND p.archived_at IS NULL
       WHERE u.county_id = ${countyId} AND u.id IN (${Prisma.join(starting.map((u) => u.id))})
         AND NOT EXISTS (SELECT 1 FROM flood_reservoir_check c WHERE c.county_id = r.county_id AND c.reservoir_id = r.id AND c.expires_at > ${occurrence})
       ORDER BY u.id, r.name`;
    let reminded = 0;
    for (const unit of starting) {
      const names = rows.filter((r) => r.unit_id === unit.id).map((r) => r.name);
      if (names.length === 0) continue;
      reminded++;
      const listed = names.slice(0, 10).join('、') + (names.length > 10 ? ` 等 ${names.length} 座` : '');
      await notify(unit.id, '主汛期开始,请完成汛前检查', `${unit.name}尚有 ${names.length} 座库塘未开展本年度汛前检查:${listed}。`);
      const phone = settings.get(unit.id)?.settings.dutyPhone;
      if (phone) await sms.send(phone, `【防汛】主汛期已开始,${unit.name}尚有 ${names.length} 座库塘未开展汛前检查,请尽快完成。`);
      // Each responsible person (linked to the person register) is told of their own reservoirs.
      const byPhone = new Map<string, string[]>();
      for (const r of rows) if (r.unit_id === unit.id && r.phone) byPhone.set(r.phone, [...(byPhone.get(r.phone) ?? []), r.name]);
      for (const [to, own] of byPhone) await sms.send(to, `【防汛】主汛期已开始,您负责的${own.slice(0, 3).join('、')}${own.length > 3 ? `等 ${own.length} 座库塘` : ''}尚未开展本汛期汛前检查,请尽快完成。`);
      await audit({ entityType: 'orgUnit', entityId: unit.id, orgUnitId: unit.id, after: { unchecked: names.length, texted: Boolean(phone), responsibleTexted: byPhone.size } });
    }
    return { reminded };
  },
};
