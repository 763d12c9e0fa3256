// Issue 13's figures: the «Активность» tab's first page for a premise with 10,000 actions and the
// «Заявки» list with 1,000,000 requests in the organisation (targets < 30 ms p95 on PostgreSQL).
// The data are written set-based in SQL (generate_series), chunk by chunk; measured through the app.
import type { DomovoyApp } from '../apps/server/src/app';
import type { BenchDatabase } from './bench-database';
import { vacuumAnalyze } from './dataset';
import { measureQueries, type QueryResult, type QuerySpec, queryString } from './queries';
import { printMeasured, progress, seconds } from './report';

export type ActivityBenchOptions = { requests: number; hotActions: number; chunk?: number };
export type ActivityData = {
  requests: number;
  hotPremiseId: string;
  hotActions: { requests: number; readings: number; records: number };
  generationMs: number;
};

const SUBJECTS = [
  'Течёт кран на кухне',
  'Не горит свет в подъезде',
  'Сломан домофон',
  'Засор канализации',
  'Не работает лифт',
  'Уборка лестничной клетки',
  'Протечка с потолка',
  'Нет горячей воды',
];

/** The hot premise takes every `HOT_EVERY`-th request of the organisation's stream. */
const hotShare = (requests: number, hotRequests: number) => Math.max(1, Math.floor(requests / hotRequests));

export async function generateActivity(
  bench: BenchDatabase,
  organizationId: string,
  options: ActivityBenchOptions,
): Promise<ActivityData> {
  const started = performance.now();
  const chunk = options.chunk ?? 100_000;
  const [hot] = await bench.raw('select id from premises where organization_id = $1 order by id limit 1', [
    organizationId,
  ]);
  const hotPremiseId = String(hot?.id);
  const [type] = await bench.raw(
    'select id from request_types where organization_id = $1 order by position limit 1',
    [organizationId],
  );
  const typeId = type?.id
    ? String(type.id)
    : String(
        (
          await bench.raw(
            `insert into request_types (organization_id, name) values ($1, 'Сантехника') returning id`,
            [organizationId],
          )
        )[0]?.id,
      );
  // Half of the hot premise's actions are requests, three tenths readings, two tenths other records.
  const hotRequests = Math.min(Math.floor(options.hotActions / 2), options.requests);
  const every = hotShare(options.requests, hotRequests);
  const readingsPerMeter = Math.floor((options.hotActions * 3) / 10 / 3);
  const records = options.hotActions - hotRequests - readingsPerMeter * 3;
  const report = progress('requests', options.requests, started);
  const statuses = `(array['waiting','in_progress','paused','approval','needs_info','done','done','done','done','cancelled'])`;
  const subjects = `(array[${SUBJECTS.map((s) => `'${s}'`).join(',')}])`;
  for (let from = 1; from <= options.requests; from += chunk) {
    const to = Math.min(options.requests, from + chunk - 1);
    await bench.raw(
      `with p as (select array_agg(id order by id) as ids from premises where organization_id = $1)
      insert into service_requests (organization_id, number, type_id, subject, subject_norm, premise_id,
        source, status, status_changed_at, created_at, updated_at)
      select $1, g, $2, s.subject, replace(lower(s.subject), 'ё', 'е'),
        case when g % $5 = 0 and g / $5 <= $6 then $7::uuid
          else p.ids[1 + ((g::bigint * 7919) % cardinality(p.ids))] end,
        'crm', ${statuses}[1 + g % 10], t.at, t.at, t.at + interval '1 hour'
      from generate_series($3::int, $4::int) g, p,
        lateral (select ${subjects}[1 + g % ${SUBJECTS.length}] || ', № ' || g as subject) s,
        lateral (select now() - make_interval(secs => ($4::int - g) * 30) as at) t`,
      [organizationId, typeId, from, to, every, hotRequests, hotPremiseId],
    );
    report(to);
  }
  await bench.raw(
    `insert into organization_counters (organization_id, name, value) values ($1, 'service_request', $2)
     on conflict (organization_id, name) do update set value = excluded.value`,
    [organizationId, options.requests],
  );
  const meters = await bench.raw(
    `insert into meters (organization_id, premise_id, resource, serial_number)
     select $1, $2, r, 'БЕНЧ-' || r from unnest(array['cold_water','hot_water','electricity']) r returning id`,
    [organizationId, hotPremiseId],
  );
  for (const meter of meters)
    await bench.raw(
      `insert into meter_readings (organization_id, meter_id, taken_on, value1, source, created_at)
       select $1, $2, (now() - make_interval(days => $3 - g))::date, g * 10, 'crm',
         now() - make_interval(days => $3 - g)
       from generate_series(1, $3::int) g`,
      [organizationId, meter.id, readingsPerMeter],
    );
  await bench.raw(
    `insert into activity_records (organization_id, kind, premise_id, subject, status, occurred_at)
     select $1, (array['call','marketplace_order','bill_payment','one_time_pass','permanent_pass','survey',
         'owners_meeting'])[1 + g % 7],
       $2, 'Действие № ' || g, null, now() - make_interval(hours => $3 - g)
     from generate_series(1, $3::int) g`,
    [organizationId, hotPremiseId, records],
  );
  await vacuumAnalyze(bench, ['service_requests', 'meters', 'meter_readings', 'activity_records']);
  return {
    requests: options.requests,
    hotPremiseId,
    hotActions: { requests: hotRequests, readings: readingsPerMeter * 3, records },
    generationMs: performance.now() - started,
  };
}

type Query = Record<string, unknown>;

/** GET `path` through app.inject; the number of rows of the answer (a page's items). */
function getter(app: DomovoyApp, token: string, path: string) {
  return async (query: Query): Promise<number> => {
    const url = `${path}${queryString(query)}`;
    const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    if (response.statusCode !== 200) throw new Error(`${url}: HTTP ${response.statusCode} ${response.body}`);
    const body = response.json() as { items?: unknown[]; total?: number; requests?: number };
    return body.total ?? body.items?.length ?? body.requests ?? 0;
  };
}

export type ActivityFigures = { data: ActivityData; feed: QueryResult[]; requests: QueryResult[] };

export async function measureActivity(
  app: DomovoyApp,
  token: string,
  data: ActivityData,
  options: { warmup: number; iterations: number },
): Promise<ActivityFigures> {
  const premise = `/api/premises/${data.hotPremiseId}`;
  const feedSpecs: QuerySpec<Query>[] = [{ key: 'feed', title: 'A1 first page', next: () => ({}) }];
  const feed = await measureQueries(feedSpecs, getter(app, token, `${premise}/activity`), options);
  const more: QuerySpec<Query>[] = [
    { key: 'feed-search', title: 'A2 search «кран»', next: () => ({ search: 'кран' }) },
    { key: 'feed-status', title: 'A3 status=waiting', next: () => ({ status: 'waiting' }) },
    { key: 'feed-kind', title: 'A4 kind=call', next: () => ({ kind: 'call' }) },
  ];
  feed.push(...(await measureQueries(more, getter(app, token, `${premise}/activity`), options)));
  feed.push(
    ...(await measureQueries(
      [{ key: 'counters', title: 'A5 counters', next: () => ({}) }],
      getter(app, token, `${premise}/activity/counters`),
      options,
    )),
  );
  let n = 0;
  const requestSpecs: QuerySpec<Query>[] = [
    { key: 'requests', title: 'R1 first page', next: () => ({}) },
    { key: 'requests-open', title: 'R2 state=open', next: () => ({ state: 'open' }) },
    {
      key: 'requests-number',
      title: 'R3 search by number',
      next: () => ({ search: String(1 + ((n++ * 7919) % data.requests)) }),
    },
    { key: 'requests-subject', title: 'R4 search «домофон»', next: () => ({ search: 'домофон' }) },
  ];
  const requests = await measureQueries(requestSpecs, getter(app, token, '/api/service-requests'), options);
  return { data, feed, requests };
}

export function printActivity(figures: ActivityFigures, engine: string) {
  const { data } = figures;
  const hot = data.hotActions;
  console.log(
    `Issue 13: ${data.requests.toLocaleString('en')} requests in the organisation; one premise with ` +
      `${(hot.requests + hot.readings + hot.records).toLocaleString('en')} actions (${hot.requests} requests, ` +
      `${hot.readings} readings of 3 meters, ${hot.records} other records); generated in ${seconds(data.generationMs)}.\n`,
  );
  printMeasured(figures.feed, `/api/premises/${data.hotPremiseId}/activity`);
  console.log('');
  printMeasured(figures.requests, '/api/service-requests');
  const first = [figures.feed[0], figures.requests[0]].map(
    (m) => `${m?.title}: p95 ${m?.latency.p95.toFixed(1)} ms`,
  );
  console.log(
    `\nIssue 13 targets (reported, not asserted): p95 < 30 ms on PostgreSQL. ${engine}: ${first.join('; ')}.`,
  );
}
