import { formatPremiseAddress, type PremiseType } from '@domovoy/contract';
import { and, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import { clients, objects, premiseLinks, premises } from '../../db/schema';
import { notifyResident } from '../resident-notifications/notify-resident';
import { moscowDay } from './people-rules';

// APP-8: a tenant's rent falls due on the rent date and on the same day of every later month (the
// month's last day when it is shorter). The tenant is reminded 3 days before, the owner who added
// them on the day. Days are Moscow days; the dedupe key makes each reminder once only, however
// often (and in however many processes) this runs.

const DAY_MS = 24 * 60 * 60_000;

/** YYYY-MM-DD plus `days` (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether the rent of `rentDate` falls due on `day` (both YYYY-MM-DD). */
export function isRentDue(rentDate: string, day: string): boolean {
  if (day < rentDate) return false;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Math.min(Number(rentDate.slice(8, 10)), lastDayOf(year, month)) === date;
}

/** The days of the month whose rent dates fall due on `day`: itself, or every later one on a month's last day. */
function dueDaysOfMonth(day: string): number[] {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (date < lastDayOf(year, month)) return [date];
  return Array.from({ length: 32 - date }, (_, i) => date + i);
}

const tenant = alias(clients, 'tenant');
const owner = alias(clients, 'owner');

/** Tenant links with a rent date due on one of the days (every organisation: a platform job). */
function listDueLinks(db: Db, days: string[]) {
  const dates = [...new Set(days.flatMap(dueDaysOfMonth))];
  const latest = [...days].sort().at(-1) as string;
  return db
    .select({
      id: premiseLinks.id,
      organizationId: premiseLinks.organizationId,
      premiseId: premiseLinks.premiseId,
      rentDate: premiseLinks.rentDate,
      premise: {
        type: premises.type,
        street: premises.street,
        house: premises.house,
        building: premises.building,
        number: premises.number,
        room: premises.room,
      },
      objectName: objects.name,
      tenantName: tenant.fullName,
      tenantAccountId: tenant.accountId,
      ownerAccountId: owner.accountId,
    })
    .from(premiseLinks)
    .innerJoin(
      premises,
      and(eq(premises.organizationId, premiseLinks.organizationId), eq(premises.id, premiseLinks.premiseId)),
    )
    .innerJoin(
      objects,
      and(eq(objects.organizationId, premises.organizationId), eq(objects.id, premises.objectId)),
    )
    .innerJoin(
      tenant,
      and(eq(tenant.organizationId, premiseLinks.organizationId), eq(tenant.id, premiseLinks.clientId)),
    )
    .leftJoin(
      owner,
      and(eq(owner.organizationId, premiseLinks.organizationId), eq(owner.id, premiseLinks.ownerClientId)),
    )
    .where(
      and(
        isNotNull(premiseLinks.rentDate),
        lte(premiseLinks.rentDate, latest),
        eq(premiseLinks.role, 'tenant'),
        sql`extract(day from ${premiseLinks.rentDate})::int = any(${sql.param(dates)}::int[])`,
      ),
    );
}

const shown = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/** APP-8 rent reminders for the Moscow day of `now`; answers how many notifications were new. */
export async function sendRentReminders(db: Db, now: Date): Promise<number> {
  const today = moscowDay(now);
  const soon = addDays(today, 3);
  let sent = 0;
  for (const row of await listDueLinks(db, [today, soon])) {
    const rentDate = row.rentDate as string;
    const address = `${row.objectName}, ${formatPremiseAddress(row.premise.type as PremiseType, row.premise)}`;
    const common = {
      organizationId: row.organizationId,
      type: 'bills' as const,
      link: `/people?premise=${row.premiseId}`,
      premiseId: row.premiseId,
    };
    if (row.tenantAccountId && isRentDue(rentDate, soon)) {
      const id = await notifyResident(db, {
        ...common,
        accountId: row.tenantAccountId,
        title: 'Скоро оплата аренды',
        body: `${shown(soon)} — день оплаты аренды: ${address}`,
        dedupeKey: `rent:${row.id}:${soon}:tenant`,
      });
      if (id) sent += 1;
    }
    if (row.ownerAccountId && isRentDue(rentDate, today)) {
      const id = await notifyResident(db, {
        ...common,
        accountId: row.ownerAccountId,
        title: 'Сегодня день оплаты аренды',
        body: `Проверьте оплату аренды от арендатора ${row.tenantName}: ${address}`,
        dedupeKey: `rent:${row.id}:${today}:owner`,
      });
      if (id) sent += 1;
    }
  }
  return sent;
}
