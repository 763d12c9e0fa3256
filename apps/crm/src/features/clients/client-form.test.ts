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

describe('КПП and ОГРН follow the client type (issue 15)', () => {
  const company = {
    ...masked,
    type: 'legal',
    fullName: 'ООО «Тип»',
    phone: null,
    email: null,
    birthDate: null,
    passport: null,
    kpp: '773601001',
    ogrn: '1027700132195',
    extraPhone: '+7 903 111-22-33',
    masked: { name: false, contacts: false },
  } as unknown as Client;

  it('clears both when a company becomes a person, and only the КПП when it becomes an ИП', () => {
    expect(clientChanges(company, { ...clientToForm(company), type: 'individual' })).toEqual({
      type: 'individual',
      kpp: null,
      ogrn: null,
    });
    expect(clientChanges(company, { ...clientToForm(company), type: 'entrepreneur' })).toEqual({
      type: 'entrepreneur',
      kpp: null,
    });
  });

  it('sends a changed second phone, trimmed to null when emptied', () => {
    expect(clientChanges(company, { ...clientToForm(company), extraPhone: ' ' })).toEqual({
      extraPhone: null,
    });
  });
});
