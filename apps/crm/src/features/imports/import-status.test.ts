import type { Permission } from '@domovoy/contract';
import { describe, expect, it } from 'vitest';
import { canImport, isInProgress, readPercent } from './import-status';

describe('import status', () => {
  it('polls only while the file is queued or read', () => {
    expect(isInProgress({ status: 'queued' })).toBe(true);
    expect(isInProgress({ status: 'parsing' })).toBe(true);
    for (const status of ['parsed', 'ready', 'failed', 'applied', 'rolled_back'] as const)
      expect(isInProgress({ status })).toBe(false);
  });

  it('shows the share of rows read, never 100 % before the file is done, or nothing when unknown', () => {
    expect(readPercent({ progress: { rowsRead: 250, rowsEstimated: 1000 } })).toBe(25);
    expect(readPercent({ progress: { rowsRead: 1000, rowsEstimated: 1000 } })).toBe(99);
    expect(readPercent({ progress: { rowsRead: 1200, rowsEstimated: 1000 } })).toBe(99);
    expect(readPercent({ progress: { rowsRead: 10, rowsEstimated: null } })).toBeNull();
    expect(readPercent({ progress: { rowsRead: 0, rowsEstimated: 0 } })).toBeNull();
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
