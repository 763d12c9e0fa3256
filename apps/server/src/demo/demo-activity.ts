import {
  DEFAULT_REQUEST_TYPES,
  SERVICE_REQUEST_STATUSES,
  type ServiceRequestSource,
  type ServiceRequestStatus,
} from '@domovoy/contract';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import {
  activityRecords,
  clients,
  meterReadings,
  meters,
  organizationCounters,
  premiseLinks,
  premises,
  requestComments,
  requestTypes,
  serviceRequests,
  staff,
} from '../db/schema';
import { normalizeSubject } from '../modules/service-requests/create-request';
import { DEMO_RESIDENT_PHONE } from './demo-people';
import { seededRandom } from './demo-premises';

const DAY_MS = 24 * 3600 * 1000;

type RequestSeed = {
  type: (typeof DEFAULT_REQUEST_TYPES)[number];
  subject: string;
  description?: string;
  status: ServiceRequestStatus;
  source: ServiceRequestSource;
  daysAgo: number;
  premiseId: string;
  clientId: string | null;
  rating?: number;
  review?: string;
  /** A public comment of staff the resident has not seen yet. */
  staffComment?: string;
};

/** What residents of a real house ask their УО about, by type. */
const SUBJECTS: Record<(typeof DEFAULT_REQUEST_TYPES)[number], string[]> = {
  Сантехника: ['Течёт стояк в ванной', 'Засор канализации', 'Нет горячей воды', 'Капает с потолка'],
  Электрика: ['Не горит свет в подъезде', 'Искрит розетка в коридоре', 'Выбивает автомат'],
  Лифт: ['Лифт не работает', 'Лифт застревает между этажами', 'Не работает кнопка вызова'],
  Уборка: ['Не убрана лестничная клетка', 'Мусор у контейнерной площадки', 'Грязные окна в подъезде'],
  Благоустройство: ['Сломана скамейка во дворе', 'Не вывезен снег', 'Яма на въезде во двор'],
  Прочее: ['Шумят соседи после 23:00', 'Не работает домофон', 'Нужна справка о составе семьи'],
};

/**
 * Issue 13 in the demo: the README resident's flat has meters with a few months of readings,
 * requests to the УО (one in work with a staff comment they have not seen, one done and rated,
 * one waiting), a logged call and a payment from the accounting system; and the organisation has
 * some fifty requests on other premises over the last three months, so «Заявки» and «Активность»
 * open with something in them. Numbered from 1 as the request desk would have numbered them.
 */
export async function seedActivity(tx: Db, organizationId: string) {
  const [home] = await tx
    .select({ premiseId: premiseLinks.premiseId, clientId: clients.id })
    .from(clients)
    .innerJoin(
      premiseLinks,
      and(eq(premiseLinks.organizationId, clients.organizationId), eq(premiseLinks.clientId, clients.id)),
    )
    .where(and(eq(clients.organizationId, organizationId), eq(clients.phone, DEMO_RESIDENT_PHONE)))
    .orderBy(asc(premiseLinks.createdAt))
    .limit(1);
  const [admin] = await tx
    .select({ id: staff.id })
    .from(staff)
    .where(eq(staff.organizationId, organizationId))
    .orderBy(asc(staff.createdAt))
    .limit(1);
  if (!home || !admin) return;
  const now = Date.now();
  await seedMeters(tx, organizationId, home, now);

  const random = seededRandom(13);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Owners of other premises: a sample spread over the objects, the same on every seed.
  const others = await tx
    .select({ premiseId: premiseLinks.premiseId, clientId: premiseLinks.clientId })
    .from(premiseLinks)
    .innerJoin(
      premises,
      and(eq(premises.organizationId, premiseLinks.organizationId), eq(premises.id, premiseLinks.premiseId)),
    )
    .where(
      and(
        eq(premiseLinks.organizationId, organizationId),
        eq(premiseLinks.role, 'owner'),
        ne(premiseLinks.premiseId, home.premiseId),
      ),
    )
    .orderBy(sql`md5(${premises.sortKey})`, asc(premiseLinks.clientId))
    .limit(48);
  const statuses = Object.keys(SERVICE_REQUEST_STATUSES) as ServiceRequestStatus[];
  const sources: ServiceRequestSource[] = ['app', 'app', 'phone', 'crm', 'integration'];
  const seeds: RequestSeed[] = others.map((link) => {
    const type = pick(DEFAULT_REQUEST_TYPES);
    const daysAgo = Math.floor(random() * 90) + 1;
    // Older requests are mostly closed; the last weeks' mostly open.
    const status =
      daysAgo > 30 && random() < 0.8 ? pick(['done', 'done', 'cancelled'] as const) : pick(statuses);
    return {
      type,
      subject: pick(SUBJECTS[type]),
      status,
      source: pick(sources),
      daysAgo,
      premiseId: link.premiseId,
      clientId: link.clientId,
      ...(status === 'done' && random() < 0.5 ? { rating: 3 + Math.floor(random() * 3) } : {}),
    };
  });
  seeds.push(
    {
      type: 'Лифт',
      subject: 'Не работает лифт во 2 подъезде',
      status: 'done',
      source: 'phone',
      daysAgo: 24,
      premiseId: home.premiseId,
      clientId: home.clientId,
      rating: 5,
      review: 'Починили за день, спасибо',
    },
    {
      type: 'Сантехника',
      subject: 'Течёт смеситель на кухне',
      description: 'Капает из-под крана, подставили таз. Удобно с 10 до 14.',
      status: 'in_progress',
      source: 'app',
      daysAgo: 3,
      premiseId: home.premiseId,
      clientId: home.clientId,
      staffComment: 'Сантехник придёт завтра с 10 до 12. Перекройте, пожалуйста, воду под мойкой.',
    },
    {
      type: 'Электрика',
      subject: 'Заменить лампу на лестничной площадке 7 этажа',
      status: 'waiting',
      source: 'app',
      daysAgo: 0,
      premiseId: home.premiseId,
      clientId: home.clientId,
    },
  );
  // Numbered in the order they were made.
  seeds.sort((a, b) => b.daysAgo - a.daysAgo);
  const types = new Map(
    (
      await tx
        .select({ id: requestTypes.id, name: requestTypes.name })
        .from(requestTypes)
        .where(eq(requestTypes.organizationId, organizationId))
    ).map((t) => [t.name, t.id]),
  );
  let number = 0;
  for (const seed of seeds) {
    number++;
    const createdAt = new Date(now - seed.daysAgo * DAY_MS - (number % 8) * 3600 * 1000);
    const closed = !SERVICE_REQUEST_STATUSES[seed.status].open;
    const changedAt = new Date(Math.min(now, createdAt.getTime() + DAY_MS));
    const [request] = await tx
      .insert(serviceRequests)
      .values({
        organizationId,
        number,
        typeId: types.get(seed.type) ?? '',
        subject: seed.subject,
        subjectNorm: normalizeSubject(seed.subject),
        description: seed.description ?? null,
        premiseId: seed.premiseId,
        clientId: seed.clientId,
        source: seed.source,
        status: seed.status,
        assigneeStaffId: seed.status === 'waiting' ? null : admin.id,
        dueAt: closed ? null : new Date(createdAt.getTime() + 3 * DAY_MS),
        statusChangedAt: seed.status === 'waiting' ? createdAt : changedAt,
        closedAt: closed ? changedAt : null,
        rating: seed.rating ?? null,
        review: seed.review ?? null,
        ratedAt: seed.rating ? changedAt : null,
        // The resident has seen the change of every request but the one with a new comment.
        residentChangedAt: seed.status === 'waiting' ? null : changedAt,
        residentSeenAt: seed.staffComment ? null : seed.status === 'waiting' ? null : changedAt,
        createdByStaffId: seed.source === 'app' ? null : admin.id,
        createdByClientId: seed.source === 'app' ? seed.clientId : null,
        createdAt,
        updatedAt: changedAt,
      })
      .returning({ id: serviceRequests.id });
    if (request && seed.staffComment)
      await tx.insert(requestComments).values({
        organizationId,
        requestId: request.id,
        body: seed.staffComment,
        authorKind: 'staff',
        authorStaffId: admin.id,
        createdAt: changedAt,
      });
  }
  await tx.insert(organizationCounters).values({ organizationId, name: 'service_request', value: number });

  await tx.insert(activityRecords).values([
    {
      organizationId,
      kind: 'call',
      premiseId: home.premiseId,
      clientId: home.clientId,
      subject: 'Вопрос по начислениям за отопление',
      note: 'Спросил, почему выросла сумма за ноябрь',
      result: 'Объяснили перерасчёт, отправили расшифровку на почту',
      occurredAt: new Date(now - 9 * DAY_MS),
      authorStaffId: admin.id,
    },
    {
      organizationId,
      kind: 'bill_payment',
      premiseId: home.premiseId,
      clientId: home.clientId,
      subject: 'Оплата за октябрь: 4 512,30 ₽',
      status: 'Оплачено',
      occurredAt: new Date(now - 20 * DAY_MS),
      externalSource: '1c',
      externalId: 'demo-payment-1',
    },
  ]);
}

/** Cold and hot water and a two-tariff electricity meter, read on the 20th of the last months. */
async function seedMeters(
  tx: Db,
  organizationId: string,
  home: { premiseId: string; clientId: string },
  now: number,
) {
  const made = await tx
    .insert(meters)
    .values([
      {
        organizationId,
        premiseId: home.premiseId,
        resource: 'cold_water',
        serialNumber: '21-483917',
        place: 'Ванная',
      },
      {
        organizationId,
        premiseId: home.premiseId,
        resource: 'hot_water',
        serialNumber: '21-483952',
        place: 'Ванная',
      },
      {
        organizationId,
        premiseId: home.premiseId,
        resource: 'electricity',
        tariffs: 2,
        serialNumber: 'Э-0094417',
        place: 'Щиток на площадке',
      },
    ])
    .returning({ id: meters.id, resource: meters.resource });
  const start = { cold_water: [112.4], hot_water: [58.2], electricity: [10_412, 4_118] } as Record<
    string,
    number[]
  >;
  const monthly = { cold_water: [3.7], hot_water: [2.2], electricity: [142, 61] } as Record<string, number[]>;
  const today = new Date(now);
  const rows = made.flatMap((meter) =>
    [4, 3, 2, 1].map((monthsAgo, i) => {
      const taken = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo, 20));
      const values = (start[meter.resource] ?? [0]).map((v, t) =>
        (v + i * (monthly[meter.resource]?.[t] ?? 1)).toFixed(3),
      );
      const byResident = monthsAgo === 1;
      return {
        organizationId,
        meterId: meter.id,
        takenOn: taken.toISOString().slice(0, 10),
        value1: values[0] ?? '0',
        value2: values[1] ?? null,
        source: byResident ? 'app' : 'integration',
        authorClientId: byResident ? home.clientId : null,
        createdAt: taken,
      };
    }),
  );
  await tx.insert(meterReadings).values(rows);
}
