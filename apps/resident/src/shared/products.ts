// Issue 12: blocks of a product that is off are hidden. Each block asks here before it shows.
import type { ProductCode } from '@domovoy/contract';
import type { ResidentMe } from './resident-types';

/** The screens that exist in this build; an entry shows only when its screen is here too. */
const SCREENS = { orders: true, guests: true } as const;

const on = (me: ResidentMe, code: ProductCode) => me.organization.products.includes(code);

/**
 * «Мои заказы» (APP-4): a tab per product that is on. Only «Заявки в УК» has its tab so far (the
 * «Услуги» and «Мероприятия» tabs come with their products), so the entry shows with it alone.
 */
export const showsOrders = (me: ResidentMe) => SCREENS.orders && on(me, 'requests');

/** Guests (APP-8: the «гость» role and passes): only with «Мероприятия». */
export const showsGuests = (me: ResidentMe) => SCREENS.guests && on(me, 'events');
