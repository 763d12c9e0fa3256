import { describe, expect, it } from 'vitest';
import { addableRoles, isChild, moscowDay } from './people-rules';
import { addDays, isRentDue } from './rent-reminders';

describe('people rules (APP-8)', () => {
  it('is a child until the 18th birthday; a 29 February birthday comes of age on 1 March', () => {
    expect(isChild('2008-06-10', '2026-06-09')).toBe(true);
    expect(isChild('2008-06-10', '2026-06-10')).toBe(false);
    expect(isChild('2008-02-29', '2026-02-28')).toBe(true);
    expect(isChild('2008-02-29', '2026-03-01')).toBe(false);
    expect(isChild(null, '2026-01-01')).toBe(false);
  });

  it('owners give three roles, unconfirmed owners no representative, children only «житель», others none', () => {
    expect(addableRoles('owner')).toEqual(['resident', 'representative', 'tenant']);
    expect(addableRoles('unconfirmed_owner')).toEqual(['resident', 'tenant']);
    expect(addableRoles('owner', true)).toEqual(['resident']);
    for (const role of ['tenant', 'resident', 'representative'] as const)
      expect(addableRoles(role)).toEqual([]);
  });

  it('counts days in Moscow: 21:30 UTC is already the next day there', () => {
    expect(moscowDay(new Date('2026-03-31T20:59:00Z'))).toBe('2026-03-31');
    expect(moscowDay(new Date('2026-03-31T21:00:00Z'))).toBe('2026-04-01');
  });

  it('rent falls due on the date, then monthly, on the month’s last day when it is shorter', () => {
    expect(isRentDue('2026-01-31', '2026-01-31')).toBe(true);
    expect(isRentDue('2026-01-31', '2026-02-28')).toBe(true);
    expect(isRentDue('2026-01-31', '2026-02-27')).toBe(false);
    expect(isRentDue('2027-01-31', '2028-02-29')).toBe(true);
    expect(isRentDue('2027-01-31', '2028-02-28')).toBe(false);
    expect(isRentDue('2026-01-31', '2026-04-30')).toBe(true);
    expect(isRentDue('2026-01-30', '2026-03-30')).toBe(true);
    expect(isRentDue('2026-01-30', '2026-03-31')).toBe(false);
    // Not before the first due date.
    expect(isRentDue('2026-05-15', '2026-04-15')).toBe(false);
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });
});
