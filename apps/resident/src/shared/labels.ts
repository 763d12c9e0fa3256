// Russian names the screens show, from the contract (one catalogue with the CRM).
import { CLIENT_TYPES, type ClientType, LINK_ROLES, type LinkRole, PREMISE_TYPES } from '@domovoy/contract';

export const roleLabel = (role: LinkRole) => LINK_ROLES[role].label;
export const clientTypeLabel = (type: ClientType) => CLIENT_TYPES[type];
export const premiseTypeLabel = (type: string) =>
  (PREMISE_TYPES as Record<string, { label: string } | undefined>)[type]?.label ?? type;

const dateFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });
/** «5 марта 1990 г.» from 1990-03-05 (a date without a time zone). */
export const formatDate = (isoDate: string) =>
  dateFormat.format(new Date(`${isoDate.slice(0, 10)}T12:00:00`));
