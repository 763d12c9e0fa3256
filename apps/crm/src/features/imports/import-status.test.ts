import type { Permission } from '@domovoy/contract';
import { describe, expect, it } from 'vitest';
import { canImport, isInProgress, progressPercent, progressText } from './import-status';

describe('import status', () => {
  it('polls only while the file is queued, read, previewed or applied', () => {
    expect(isInProgress({ status: 'queued' })).toBe(true);
    expect(isInProgress({ status: 'parsing' })).toBe(true);
    expect(isInProgress({ status: 'applying' })).toBe(true);
    for (const status of ['parsed', 'ready', 'failed', 'applied', 'rolled_back'] as const)
      expect(isInProgress({ status })).toBe(false);
  });

  const reading = (rowsRead: number, rowsEstimated: number | null) => ({
    progress: { stage: 'read' as const, rowsRead, rowsEstimated, rowsDone: 0 },
    rowCount: null,
    errorCount: null,
  });

  it('shows the share of rows read, never 100 % before the file is done, or nothing when unknown', () => {
    expect(progressPercent(reading(250, 1000))).toBe(25);
    expect(progressPercent(reading(1000, 1000))).toBe(99);
    expect(progressPercent(reading(1200, 1000))).toBe(99);
    expect(progressPercent(reading(10, null))).toBeNull();
    expect(progressPercent(reading(0, 0))).toBeNull();
  });

  it('shows the preview and the apply as the share of the rows without errors gone through', () => {
    const applying = {
      status: 'applying' as const,
      progress: { stage: 'apply' as const, rowsRead: 1200, rowsEstimated: 1200, rowsDone: 450 },
      rowCount: 1000,
      errorCount: 100,
    };
    expect(progressPercent(applying)).toBe(50);
    expect(progressText(applying)).toBe('Загружаем в базу: 450 из 900 строк');
    const previewing = {
      ...applying,
      status: 'parsing' as const,
      progress: { ...applying.progress, stage: 'preview' as const },
    };
    expect(progressText(previewing)).toBe('Готовим предпросмотр: 450 из 900 строк');
    expect(progressPercent({ ...applying, rowCount: 100, errorCount: 100 })).toBeNull();
  });

  it('offers the consolidated and XML files only to a role that may write clients in full', () => {
    const role = (permissions: Permission[]) => (p: Permission) => permissions.includes(p);
    expect(canImport('premises', role(['premises.view']))).toBe(true);
    expect(canImport('consolidated', role(['premises.view', 'clients.edit']))).toBe(false);
    expect(
      canImport(
        'consolidated',
        role(['premises.view', 'clients.edit', 'clients.pii.name', 'clients.pii.contacts']),
      ),
    ).toBe(true);
    expect(canImport('xml', role(['premises.view']))).toBe(false);
    expect(
      canImport('xml', role(['premises.view', 'clients.edit', 'clients.pii.name', 'clients.pii.contacts'])),
    ).toBe(true);
  });
});
