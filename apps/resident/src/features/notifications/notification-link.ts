/**
 * Screens of this build a notification may lead to: its link is a path inside the app, e.g.
 * «/premises» or, for people (APP-8), «/people?premise=<id>» and «/people/all», for a request to
 * the УО (APP-4) «/orders/<id>».
 */
const SCREENS = /^\/(profile|premises|people|my-data|notifications|about|orders)([/?]|$)/;

export const leadsSomewhere = (link: string | null): link is string => Boolean(link && SCREENS.test(link));
