import { describe, expect, it } from 'vitest';
import {
  addableRolesFor,
  initials,
  isChild,
  newPersonBody,
  roleChoices,
  sharedPremisesText,
} from './person-rules';

const day = (iso: string) => new Date(`${iso}T12:00:00`);

describe('isChild (APP-8: under 18 by the birth date)', () => {
  it('turns 18 on the birthday itself, not the day before', () => {
    expect(isChild('2008-12-06', day('2026-12-05'))).toBe(true);
    expect(isChild('2008-12-06', day('2026-12-06'))).toBe(false);
    expect(isChild('2008-11-30', day('2026-12-06'))).toBe(false);
    expect(isChild('2009-01-01', day('2026-12-06'))).toBe(true);
  });
  it('counts a birth on 29 February as of 1 March in a common year', () => {
    expect(isChild('2008-02-29', day('2026-02-28'))).toBe(true);
    expect(isChild('2008-02-29', day('2026-03-01'))).toBe(false);
  });
  it('takes no or a half-typed date for an adult', () => {
    expect(isChild(undefined, day('2026-12-06'))).toBe(false);
    expect(isChild('', day('2026-12-06'))).toBe(false);
    expect(isChild('2020-1', day('2026-12-06'))).toBe(false);
  });
});

describe('roleChoices', () => {
  it('offers an owner every role and «Гость» last when events are on', () => {
    expect(roleChoices({ addableRoles: addableRolesFor('owner'), canAddGuests: true, child: false })).toEqual(
      ['resident', 'representative', 'tenant', 'guest'],
    );
  });
  it('offers an unconfirmed owner residents and tenants (L-3), no guests without events', () => {
    expect(
      roleChoices({ addableRoles: addableRolesFor('unconfirmed_owner'), canAddGuests: false, child: false }),
    ).toEqual(['resident', 'tenant']);
  });
  it('offers a child only «Житель / член семьи» or «Гость»', () => {
    expect(roleChoices({ addableRoles: addableRolesFor('owner'), canAddGuests: true, child: true })).toEqual([
      'resident',
      'guest',
    ]);
  });
  it('leaves a tenant or a representative only guests to add', () => {
    expect(addableRolesFor('tenant')).toEqual([]);
    expect(addableRolesFor('representative')).toEqual([]);
    expect(roleChoices({ addableRoles: [], canAddGuests: true, child: false })).toEqual(['guest']);
  });
});

describe('newPersonBody', () => {
  const today = day('2026-12-06');
  it('sends an adult tenant with +7 phone, trimmed name and the rent date', () => {
    expect(
      newPersonBody(
        {
          phone: '9161234567',
          fullName: '  Петров Пётр Петрович ',
          birthDate: '1990-05-01',
          gender: ['male'],
          role: 'tenant',
          premiseId: 'p1',
          rentDate: '2026-12-10',
        },
        today,
      ),
    ).toEqual({
      role: 'tenant',
      phone: '+79161234567',
      fullName: 'Петров Пётр Петрович',
      birthDate: '1990-05-01',
      gender: 'male',
      premiseId: 'p1',
      rentDate: '2026-12-10',
    });
  });
  it('sends a child without phone and name but with how to address them', () => {
    expect(
      newPersonBody(
        {
          phone: '9161234567',
          fullName: 'Петрова Мария',
          addressAs: ' Маша ',
          birthDate: '2015-03-01',
          role: 'resident',
          premiseId: 'p1',
        },
        today,
      ),
    ).toEqual({ role: 'resident', addressAs: 'Маша', birthDate: '2015-03-01', premiseId: 'p1' });
  });
  it('sends a guest without the premise, and a rent date only for a tenant', () => {
    const body = newPersonBody(
      { phone: '9161234567', fullName: 'Гость', role: 'guest', premiseId: 'p1', rentDate: '2026-12-10' },
      today,
    );
    expect(body).not.toHaveProperty('premiseId');
    expect(body).not.toHaveProperty('rentDate');
  });
});

describe('texts', () => {
  it('names the shared premises in Russian plural', () => {
    expect([1, 2, 5, 11, 21, 22].map(sharedPremisesText)).toEqual([
      '1 общее помещение',
      '2 общих помещения',
      '5 общих помещений',
      '11 общих помещений',
      '21 общее помещение',
      '22 общих помещения',
    ]);
  });
  it('takes up to two initials', () => {
    expect(initials('Иванов Пётр Сергеевич')).toBe('ИП');
    expect(initials(' ёжик ')).toBe('Ё');
    expect(initials('')).toBe('');
  });
});
