import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formToLink } from './link-form';

describe('link form → API body (L-2)', () => {
  it('an owner depends on nobody; a tenant keeps the owner chosen and has no share', () => {
    expect(formToLink({ role: 'owner', ownerClientId: 'x', share: '1/2' })).toMatchObject({
      ownerClientId: null,
      share: '1/2',
    });
    expect(formToLink({ role: 'tenant', ownerClientId: 'x', share: '1/2' })).toMatchObject({
      ownerClientId: 'x',
      share: null,
    });
  });

  it('sends every document as number and date, empty ones as null', () => {
    const body = formToLink({ role: 'owner', ddu: { number: ' 15-ДДУ ', date: dayjs('2024-03-01') } });
    expect(body.ddu).toEqual({ number: '15-ДДУ', date: '2024-03-01' });
    expect(body.act).toEqual({ number: null, date: null });
    expect(body.contract).toEqual({ number: null, date: null });
  });
});
