import { describe, expect, it } from 'vitest';
import { formToPremise, premiseToForm } from './premise-form';

describe('premise form → API body', () => {
  it('sends only the address fields of the type (P-4); the others are cleared', () => {
    const body = formToPremise({
      objectId: 'o',
      type: 'house',
      street: ' ул. Лесная ',
      house: '5',
      number: '12',
      room: '3',
      entrance: '2',
      floor: 4,
    });
    expect(body).toMatchObject({ type: 'house', street: 'ул. Лесная', house: '5', number: null, room: null });
    // A house is not a unit inside a building: no entrance, no floor.
    expect(body).toMatchObject({ entrance: null, floor: null });
  });

  it('turns empty text into null, so that clearing a field clears it on the server', () => {
    const body = formToPremise({
      objectId: 'o',
      type: 'flat',
      house: '1',
      number: '2',
      building: '  ',
      note: '',
    });
    expect(body.building).toBeNull();
    expect(body.note).toBeNull();
  });

  it('shows a floor of 0 as an empty field (P-6: empty is saved as 0)', () => {
    const form = premiseToForm({ floor: 0 } as Parameters<typeof premiseToForm>[0]);
    expect(form.floor).toBeNull();
  });
});
