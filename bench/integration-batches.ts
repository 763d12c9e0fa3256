// Issue 4's API figure: items/s of POST /api/integration/v1/clients through the real app, with
// an integration key — batches of 1,000 new clients, the same batches again (nothing to change,
// I-1's idempotency) and then with every name changed.
import type { DomovoyApp } from '../apps/server/src/app';

export type BatchFigures = { pass: string; items: number; seconds: number; itemsPerSecond: number };

async function apiKey(app: DomovoyApp, token: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/api-keys',
    headers: { authorization: `Bearer ${token}` },
    payload: { name: 'Бенчмарк', scopes: ['import'] },
  });
  if (response.statusCode !== 201) throw new Error(`api key: ${response.body}`);
  return response.json().key;
}

function items(batch: number, size: number, suffix: string) {
  return Array.from({ length: size }, (_, i) => {
    const n = batch * size + i;
    return {
      externalId: `BENCH-${n}`,
      fullName: `Интеграционный Клиент ${suffix}`,
      // +7 (495) …: Moscow numbers, a range the generated (+7 9…) clients do not use.
      phone: `+7495${String(2_000_000 + n).padStart(7, '0')}`,
      email: `client${n}@example.ru`,
    };
  });
}

export async function measureIntegrationBatches(
  app: DomovoyApp,
  token: string,
  {
    batches = 10,
    size = 1000,
    onPass,
  }: {
    batches?: number;
    size?: number;
    onPass?: { start(name: string): unknown; end(name: string): unknown };
  } = {},
): Promise<BatchFigures[]> {
  const key = await apiKey(app, token);
  const figures: BatchFigures[] = [];
  const pass = async (name: string, suffix: string, expect: string) => {
    await onPass?.start(name);
    const started = performance.now();
    for (let b = 0; b < batches; b += 1) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/integration/v1/clients',
        headers: { authorization: `Bearer ${key}` },
        payload: { source: 'bench', items: items(b, size, suffix) },
      });
      const body = response.json();
      if (response.statusCode !== 200 || body.summary[expect] !== size) {
        throw new Error(
          `batch ${b} (${name}): ${response.statusCode} ${JSON.stringify(body.summary ?? body)}`,
        );
      }
    }
    const seconds = (performance.now() - started) / 1000;
    await onPass?.end(name);
    figures.push({ pass: name, items: batches * size, seconds, itemsPerSecond: (batches * size) / seconds });
  };
  await pass('new clients (created)', 'Первый', 'created');
  await pass('the same again (unchanged)', 'Первый', 'unchanged');
  await pass('every name changed (updated)', 'Второй', 'updated');
  return figures;
}

export function printBatchFigures(figures: readonly BatchFigures[]) {
  console.log('POST /api/integration/v1/clients, batches of 1,000 with an integration key:');
  for (const f of figures) {
    console.log(
      `  ${f.pass.padEnd(32)} ${String(f.items).padStart(7)} items ${f.seconds.toFixed(2).padStart(7)} s ` +
        `${Math.round(f.itemsPerSecond).toLocaleString('en').padStart(8)} items/s`,
    );
  }
  console.log('Issue 4 target (reported, not asserted): ≥ 5,000 items/s on PostgreSQL.\n');
}
