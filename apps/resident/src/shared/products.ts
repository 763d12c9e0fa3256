// Issue 12: blocks of a product that is off are hidden. Each block asks here before it shows.
import type { ProductCode } from '@domovoy/contract';
import type { ResidentMe } from './resident-types';

/** The screens that exist in this build; an entry shows only when its screen is here too. */
const SCREENS = { orders: false, guests: true } as const;

const on = (me: ResidentMe, code: ProductCode) => me.organization.products.includes(code);

/**
 * «Мои заказы» (APP-4): with «Заявки в УК», «Мероприятия» or «Покупка недвижимости» on — and only
 * once its screen exists (the activity issue); until then the entry is not shown at all.
 */
export const showsOrders = (me: ResidentMe) =>
  SCREENS.orders && (on(me, 'requests') || on(me, 'events') || on(me, 'developer'));

/** Guests (APP-8: the «гость» role and passes): only with «Мероприятия». */
export const showsGuests = (me: ResidentMe) => SCREENS.guests && on(me, 'events');
