import type { Client } from '@domovoy/contract';
import { describe, expect, it } from 'vitest';
import { clientChanges, clientToForm } from './client-form';

const masked = {
  id: 'c',
  type: 'individual',
  fullName: '********',
  phone: '********',
  email: '********',
  birthDate: '********',
  passport: '********',
  status: 'active',
  tester: false,
  tags: ['Должник'],
  note: 'Звонить вечером',
  masked: { name: true, contacts: true },
} as unknown as Client;

describe('client changes (C-6, R-3)', () => {
  it('sends nothing when nothing changed, masked values included', () => {
    expect(clientChanges(masked, clientToForm(masked))).toEqual({});
  });

  it('sends only what changed, never the asterisks of hidden fields', () => {
    const changes = clientChanges(masked, {
      ...clientToForm(masked),
      note: 'Звонить утром',
      status: 'blocked',
    });
    expect(changes).toEqual({ note: 'Звонить утром', status: 'blocked' });
  });

  it('clears a field with null', () => {
    expect(clientChanges(masked, { ...clientToForm(masked), note: '  ' })).toEqual({ note: null });
  });
});
