// Issue 16 «Flat cost at a million»: every figure of its «done when» next to its target, from the
// figures measured in the same run — the list requests and searches, the integration API's
// batches, the exports' speed and the serving process's peak RSS, the CRM's first rows.
import { loadavg } from 'node:os';
import type { CrmFirstRows } from './crm-first-rows';
import type { Dataset } from './dataset';
import type { ExportFigures } from './export';
import type { BatchFigures } from './integration-batches';
import { formatTable, ms } from './measure';
import type { QueryResult } from './queries';

export type TargetStatus = 'met' | 'missed' | 'not measured' | 'no target';
export type TargetRow = { figure: string; measured: string; target: string; status: TargetStatus };
export type Issue16Summary = { dataset: string; loadAverage: number[]; rows: TargetRow[] };

export const LIST_P95_MS = 30;
export const LIST_P99_MS = 60;
export const EXPORT_ROWS_PER_SECOND = 10_000;
export const EXPORT_PEAK_RSS_MB = 400;
/** Items/s of the integration API's passes, in the order bench/integration-batches.ts runs them. */
const BATCH_TARGETS = [
  ['new', 5_000],
  ['unchanged', 10_000],
  ['changed', 5_000],
] as const;

const count = (n: number) => Math.round(n).toLocaleString('en');
const status = (met: boolean): TargetStatus => (met ? 'met' : 'missed');

function listRows(path: string, measured: readonly QueryResult[]): TargetRow[] {
  return measured.map(({ title, latency: { p95, p99 } }) => ({
    figure: `${path} ${title}`,
    measured: `p95 ${ms(p95)} / p99 ${ms(p99)} ms`,
    target: `< ${LIST_P95_MS} / < ${LIST_P99_MS} ms`,
    status: status(p95 < LIST_P95_MS && p99 < LIST_P99_MS),
  }));
}

function batchRows(figures: readonly BatchFigures[]): TargetRow[] {
  return BATCH_TARGETS.map(([pass, target], i) => {
    const f = figures[i];
    return {
      figure: `integration API, batches of 1,000: ${pass}`,
      measured: f ? `${count(f.itemsPerSecond)} items/s` : '-',
      target: `≥ ${count(target)} items/s`,
      status: f ? status(f.itemsPerSecond >= target) : 'not measured',
    };
  });
}

function exportRows(figures: readonly ExportFigures[]): TargetRow[] {
  return ['premises', 'clients'].flatMap((list) => {
    const f = figures.find((e) => e.path === `/api/${list}/export.xlsx`);
    return [
      {
        figure: `export ${list} (${f ? count(f.rows) : 0} rows)`,
        measured: f ? `${count(f.rowsPerSecond)} rows/s` : '-',
        target: `≥ ${count(EXPORT_ROWS_PER_SECOND)} rows/s`,
        status: f ? status(f.rowsPerSecond >= EXPORT_ROWS_PER_SECOND) : 'not measured',
      },
      {
        figure: `export ${list}: peak RSS of the ${f?.servedBy ?? 'server process'}`,
        measured: f ? `${f.maxRssMb} MB (${f.rssBeforeMb} MB before)` : '-',
        target: `< ${EXPORT_PEAK_RSS_MB} MB`,
        status: f ? status(f.maxRssMb < EXPORT_PEAK_RSS_MB) : 'not measured',
      },
    ];
  });
}

function firstRowsRows(crm: CrmFirstRows | undefined): TargetRow[] {
  return (['Помещения', 'Клиенты'] as const).map((title) => {
    const f = crm?.screens.find((s) => s.title === title);
    return {
      figure: `CRM «${title}» in Chromium: to the first row`,
      measured: f ? `median ${count(f.medianMs)} / max ${count(f.maxMs)} ms` : '-',
      // The issue asks that the CRM stay usable and sets no number.
      target: 'usable (no number)',
      status: f ? 'no target' : 'not measured',
    };
  });
}

export function issue16Summary(run: {
  engineName: string;
  dataset: Dataset;
  premiseQueries: readonly QueryResult[];
  clientQueries: readonly QueryResult[];
  integration: readonly BatchFigures[];
  exports: readonly ExportFigures[];
  crm: CrmFirstRows | undefined;
}): Issue16Summary {
  const { dataset: d } = run;
  const dataset =
    `Data set: ${count(d.premises)} premises, ${count(d.clients)} clients, ${count(d.links)} links ` +
    `(${run.engineName}, database ${d.size}); the targets are set for 1,000,000 premises and ` +
    '1,000,000 clients on PostgreSQL';
  return {
    dataset,
    // The machine may be shared: the load when the run ended, beside each export's own.
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    rows: [
      ...listRows('GET /api/premises', run.premiseQueries),
      ...listRows('GET /api/clients', run.clientQueries),
      ...batchRows(run.integration),
      ...exportRows(run.exports),
      ...firstRowsRows(run.crm),
    ],
  };
}

export function printIssue16Summary({ dataset, loadAverage, rows }: Issue16Summary) {
  const missed = rows.filter((r) => r.status === 'missed').length;
  const met = rows.filter((r) => r.status === 'met').length;
  console.log('Issue 16 targets (reported, not asserted)');
  console.log(`${dataset}.`);
  console.log(`Load average (1, 5, 15 min) when the figures were taken: ${loadAverage.join(', ')}.\n`);
  const header = ['figure', 'measured', 'target', ''];
  console.log(
    formatTable(
      header,
      rows.map((r) => [r.figure, r.measured, r.target, r.status]),
    ),
  );
  console.log(`\n${met} met, ${missed} missed of ${met + missed} figures with a target.`);
}
