import { describe, expect, it } from 'vitest';
import { leadsSomewhere } from './notification-link';

describe('leadsSomewhere', () => {
  it('opens the screens this build has, with a query or a deeper path', () => {
    expect(leadsSomewhere('/premises')).toBe(true);
    expect(leadsSomewhere('/people?premise=7f1fa710-46f4-4b25-8e58-e0e2b1902a20')).toBe(true);
    expect(leadsSomewhere('/people/all')).toBe(true);
    expect(leadsSomewhere('/notifications')).toBe(true);
    expect(leadsSomewhere('/orders/7f1fa710-46f4-4b25-8e58-e0e2b1902a20')).toBe(true);
  });
  it('leaves the rest where they are', () => {
    expect(leadsSomewhere(null)).toBe(false);
    expect(leadsSomewhere('/services/5')).toBe(false);
    expect(leadsSomewhere('/ordersx')).toBe(false);
    expect(leadsSomewhere('/peoples')).toBe(false);
    expect(leadsSomewhere('https://example.com/people')).toBe(false);
  });
});
