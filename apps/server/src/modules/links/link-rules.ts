import {
  addShares,
  compareShares,
  formatShare,
  LINK_ROLES,
  type LinkRole,
  mayDependOn,
  SHARE_ROLES,
  type Share,
} from '@domovoy/contract';
import { AppError, fieldError } from '../../platform/errors';
import type { LinkValues } from './link-values';
import type { LinkRecord } from './links.repository';
import { shareOf } from './links.view';

// The rules of L-2 that need the premise's other links. The caller holds the premise's lock
// (lockPremise), so what these functions read stays true until the transaction commits.

/** The link being written: its id (none yet for a new link) and its client. */
export type LinkSelf = { id?: string; clientId: string };

const WHOLE: Share = { numerator: 1, denominator: 1 };
const NOTHING: Share = { numerator: 0, denominator: 1 };

const OWNER_GENITIVE: Record<LinkRole, string> = {
  owner: 'собственника',
  unconfirmed_owner: 'неподтверждённого собственника',
  representative: 'представителя',
  resident: 'жителя',
  tenant: 'арендатора',
};

/** «1 клиент», «3 клиента», «5 клиентов». */
export function clientsCount(n: number): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return `${n} клиентов`;
  if (units === 1) return `${n} клиент`;
  if (units >= 2 && units <= 4) return `${n} клиента`;
  return `${n} клиентов`;
}

/** L-2: the named owner has a link to this same premise in a role this role may depend on. */
function checkOwner(values: LinkValues, self: LinkSelf, links: LinkRecord[]) {
  const ownerId = values.ownerClientId;
  if (!ownerId) return;
  if (ownerId === self.clientId) {
    throw fieldError(
      'VALIDATION_FAILED',
      'ownerClientId',
      'Клиент не может зависеть от самого себя',
      'OWNER_SELF',
    );
  }
  const owner = links.find((link) => link.clientId === ownerId && link.id !== self.id);
  if (!owner) {
    const message = 'Этот клиент не привязан к помещению: выберите собственника этого помещения';
    throw fieldError('VALIDATION_FAILED', 'ownerClientId', message, 'OWNER_NOT_LINKED');
  }
  const ownerRole = owner.role as LinkRole;
  if (!mayDependOn(values.role, ownerRole)) {
    const dependsOn = LINK_ROLES[values.role].dependsOn as readonly LinkRole[];
    const allowed = dependsOn.map((role) => OWNER_GENITIVE[role]).join(' или ');
    const message = `${LINK_ROLES[values.role].label} может зависеть только от ${allowed}, а выбранный клиент — ${LINK_ROLES[ownerRole].label.toLowerCase()}`;
    throw fieldError('VALIDATION_FAILED', 'ownerClientId', message, 'OWNER_ROLE_NOT_ALLOWED');
  }
}

/** L-2, L-5: a new role must still suit everyone who depends on this client in the premise. */
function checkDependents(values: LinkValues, self: LinkSelf, links: LinkRecord[]) {
  const unsuited = dependentsOf(self.clientId, links).filter(
    (link) => !mayDependOn(link.role as LinkRole, values.role),
  );
  if (unsuited.length === 0) return;
  throw new AppError('OWNER_HAS_DEPENDENTS', {
    detail: `От этого клиента зависят ${clientsCount(unsuited.length)} помещения, которым новая роль не подходит: сначала удалите их или выберите им другого собственника`,
  });
}

/** The sum of the shares of the premise's owners, the given link left out. */
export function sharesOf(links: LinkRecord[], exceptId?: string): Share {
  return links
    .filter((link) => link.id !== exceptId && SHARE_ROLES.includes(link.role as LinkRole))
    .map(shareOf)
    .reduce<Share>((sum, share) => (share ? addShares(sum, share) : sum), NOTHING);
}

/** The owners' shares of a premise add up to at most 1, exactly (no floating point). */
function checkShares(values: LinkValues, self: LinkSelf, links: LinkRecord[]) {
  const share = shareOf(values);
  if (!share) return;
  const taken = sharesOf(links, self.id);
  if (compareShares(addShares(taken, share), WHOLE) <= 0) return;
  const free = {
    numerator: Math.max(taken.denominator - taken.numerator, 0),
    denominator: taken.denominator,
  };
  const detail = `Сумма долей собственников превысит 1. Сейчас распределено ${formatShare(taken)}, свободно ${formatShare(free)}`;
  throw new AppError('SHARES_EXCEED_WHOLE', {
    detail,
    fields: [{ field: 'share', code: 'SHARES_EXCEED_WHOLE', message: detail }],
  });
}

/** The links that name this client as their owner. */
export function dependentsOf(clientId: string, links: LinkRecord[]): LinkRecord[] {
  return links.filter((link) => link.ownerClientId === clientId && link.clientId !== clientId);
}

/**
 * L-2 against the rest of the premise. `shareChanged` is false when an edit leaves the share
 * as it was: the sum is then what it already was.
 */
export function checkPremiseRules(
  values: LinkValues,
  self: LinkSelf,
  links: LinkRecord[],
  shareChanged = true,
) {
  checkOwner(values, self, links);
  if (self.id) checkDependents(values, self, links);
  if (shareChanged) checkShares(values, self, links);
}
