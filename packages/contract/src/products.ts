// Issue 12: the resident app's products, switched on per organisation in the CRM («Настройки» →
// «Приложение жителей»). Blocks of a product that is off are hidden in the app (e.g. guests only
// with events; «Мои заказы» only when one of its products is on).

export const PRODUCTS = {
  requests: { name: 'Заявки в УК', description: 'Заявки и обращения в управляющую организацию' },
  events: { name: 'Мероприятия', description: 'Мероприятия, гостевые пропуска и гости' },
  developer: { name: 'Покупка недвижимости', description: 'Предложения застройщика и покупка помещений' },
} as const satisfies Record<string, { name: string; description: string }>;

export type ProductCode = keyof typeof PRODUCTS;

/** The catalogue's order: how the CRM lists the switches and the API lists an organisation's products. */
export const PRODUCT_CODES = Object.keys(PRODUCTS) as ProductCode[];

/** A new organisation has only requests switched on (the database default). */
export const DEFAULT_PRODUCTS: readonly ProductCode[] = ['requests'];
