import {
  can,
  FIELD_ERROR_MESSAGES,
  type FieldProblem,
  LINK_ROLES,
  type LinkRole,
  type NewPersonBody,
  normalizePhone,
  type PersonRole,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import { normalizeName } from '../clients/client-values';
import type { ClientsService } from '../clients/clients.service';
import { addLinkIn } from '../links/add-link';
import { notifyResident } from '../resident-notifications/notify-resident';
import { writeAddressAs } from './change-person';
import { addableRoles, isChild } from './people-rules';
import * as repo from './resident-people.repository';
import { addressOf, type Me } from './resident-people.view';

// APP-8: adding people — a new card (or the organisation's card with the same phone and name),
// then a role in one of my premises (through the links service: the CRM's rules and history) or
// «Гость» (no premise).

const problem = (field: string, code: string, message: string): FieldProblem => ({ field, code, message });

/** Where the person goes: a premise role needs a premise, a guest has none; rent dates only for tenants. */
export function checkPlacement(
  input: { role: PersonRole; premiseId?: string; rentDate?: string },
  problems: FieldProblem[],
) {
  if (input.role === 'guest' && input.premiseId)
    problems.push(
      problem('premiseId', 'GUEST_NO_PREMISE', 'Гость не получает доступ к помещению: уберите помещение'),
    );
  if (input.role !== 'guest' && !input.premiseId)
    problems.push(problem('premiseId', 'REQUIRED', 'Выберите помещение'));
  if (input.rentDate && input.role !== 'tenant')
    problems.push(
      problem('rentDate', 'RENT_DATE_NOT_ALLOWED', 'Дату арендной платы указывают только арендатору'),
    );
}

export function childRoleProblem(role: PersonRole): FieldProblem | undefined {
  if (role === 'resident' || role === 'guest') return undefined;
  return problem('role', 'CHILD_ROLE', 'Ребёнка можно добавить только жителем / членом семьи или гостем');
}

type NewPerson = { child: boolean; phone: string | null; fullName: string };

/** APP-8: an adult needs phone and full name; a child (under 18) no phone, but how to address them. */
function checkNewPerson(body: NewPersonBody, today: string): NewPerson {
  const problems: FieldProblem[] = [];
  if (body.birthDate && body.birthDate > today)
    problems.push(problem('birthDate', 'BIRTH_DATE_FUTURE', 'Дата рождения не может быть в будущем'));
  const child = isChild(body.birthDate ?? null, today);
  const fullName = body.fullName?.trim() || body.addressAs?.trim() || '';
  let phone: string | null = null;
  if (child) {
    if (body.phone?.trim()) problems.push(problem('phone', 'CHILD_PHONE', 'У ребёнка не указывают телефон'));
    if (!body.addressAs?.trim())
      problems.push(problem('addressAs', 'REQUIRED', 'Укажите, как обращаться к ребёнку'));
    const roleProblem = childRoleProblem(body.role);
    if (roleProblem) problems.push(roleProblem);
  } else {
    const parsed = body.phone?.trim() ? normalizePhone(body.phone) : undefined;
    if (!parsed) problems.push(problem('phone', 'REQUIRED', 'Укажите телефон'));
    else if (!parsed.ok) problems.push(problem('phone', parsed.code, FIELD_ERROR_MESSAGES[parsed.code]));
    else phone = parsed.value;
    if (!body.fullName?.trim()) problems.push(problem('fullName', 'REQUIRED', 'Укажите ФИО'));
  }
  checkPlacement(body, problems);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return { child, phone, fullName };
}

export type Placement = {
  role: PersonRole;
  premiseId?: string;
  rentDate?: string;
  child: boolean;
  /** My links (with my role) in the premises I am linked to. */
  myLinks: repo.PeopleLinkRow[];
  guestsOn: boolean;
};

/** APP-8: may I give this role there? Checked before anything is written. */
export function assertMayPlace(p: Placement) {
  if (p.role === 'guest') {
    if (!p.guestsOn) throw new AppError('GUESTS_NOT_AVAILABLE');
    return;
  }
  const mine = p.myLinks.find((row) => row.link.premiseId === p.premiseId);
  if (!mine) throw fieldError('REFERENCE_NOT_FOUND', 'premiseId', 'Такого помещения нет среди ваших');
  const myRole = mine.link.role as LinkRole;
  if (!can(myRole, 'add_residents_and_tenants')) throw new AppError('PEOPLE_ADD_FORBIDDEN');
  if (!addableRoles(myRole, p.child).includes(p.role)) {
    throw new AppError('PERSON_ROLE_NOT_ALLOWED', {
      detail: `${LINK_ROLES[myRole].label} не может добавить в помещение роль «${LINK_ROLES[p.role].label}»`,
    });
  }
}

/** The added person hears of it in the app when their card has an account (tapping opens «Люди»). */
async function tellPerson(tx: Db, me: Me, person: repo.PersonRow, p: Placement) {
  if (!person.accountId) return;
  const premise = p.myLinks.find((row) => row.link.premiseId === p.premiseId);
  const guest = p.role === 'guest' || !premise;
  await notifyResident(tx, {
    organizationId: me.organizationId,
    accountId: person.accountId,
    type: 'people',
    title: guest ? 'Вас добавили в гости' : 'Вам открыли доступ к помещению',
    body: guest
      ? `${me.fullName} добавил(а) вас в гости для участия в мероприятиях`
      : `${me.fullName} добавил(а) вас: ${LINK_ROLES[p.role as LinkRole].label.toLowerCase()}, ${addressOf(premise)}`,
    link: guest ? '/people/all' : `/people?premise=${p.premiseId}`,
    premiseId: guest ? null : (p.premiseId ?? null),
  });
}

/** The role in the premise (or the guest mark), remembered as one of the people I added. */
export async function placePerson(tx: Db, actor: Actor, me: Me, person: repo.PersonRow, p: Placement) {
  assertMayPlace(p);
  if (p.role === 'guest') {
    const before = await repo.findMyPerson(tx, me.organizationId, me.id, person.id);
    if (before?.guest) throw new AppError('PERSON_ALREADY_GUEST');
    await repo.savePerson(tx, me.organizationId, me.id, person.id, true);
  } else {
    const premiseId = p.premiseId as string;
    await addLinkIn(
      tx,
      actor,
      { premiseId, clientId: person.id, from: 'body' },
      { role: p.role, ownerClientId: me.id, rentDate: p.rentDate ?? null },
      me.id,
    ).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'CLIENT_ALREADY_LINKED')
        throw new AppError('CLIENT_ALREADY_LINKED', { detail: 'Этот человек уже есть в этом помещении' });
      throw error;
    });
    await repo.savePerson(tx, me.organizationId, me.id, person.id, false);
  }
  await tellPerson(tx, me, person, p);
}

/**
 * APP-8: the card of a new person. A phone the organisation already has is the same person only
 * with the same full name (case, ё/е and spaces aside); otherwise the exact refusal of the spec.
 */
async function cardFor(
  tx: Db,
  actor: Actor,
  clients: ClientsService,
  me: Me,
  body: NewPersonBody,
  { phone, fullName }: NewPerson,
): Promise<repo.PersonRow> {
  let id: string | undefined;
  if (phone) {
    const known = await repo.findClientByPhone(tx, me.organizationId, phone);
    if (known?.id === me.id) throw new AppError('PERSON_IS_YOU');
    if (known && normalizeName(known.fullName) !== normalizeName(fullName)) {
      throw new AppError('PERSON_NAME_MISMATCH', {
        fields: [
          { field: 'fullName', code: 'PERSON_NAME_MISMATCH', message: 'ФИО не совпадает с ФИО этого номера' },
        ],
      });
    }
    id = known?.id;
  }
  if (!id) {
    // Source «Зарегистрировался сам»: a card that came through the app, not from staff or an import.
    id = await clients.createIn(
      tx,
      actor,
      { fullName, phone, birthDate: body.birthDate ?? null, gender: body.gender ?? null },
      'self_registered',
    );
    if (body.addressAs) await writeAddressAs(tx, actor, { id, addressAs: null }, body.addressAs);
  }
  const person = await repo.findPerson(tx, me.organizationId, id);
  if (!person) throw new AppError('NOT_FOUND');
  return person;
}

/** APP-8 «Добавить нового человека»: checked, allowed, then the card, the role and the notice. */
export async function addNewPerson(
  tx: Db,
  actor: Actor,
  clients: ClientsService,
  me: Me,
  body: NewPersonBody,
  circle: Pick<Placement, 'myLinks' | 'guestsOn'>,
): Promise<repo.PersonRow> {
  const checked = checkNewPerson(body, me.today);
  const placement: Placement = { ...body, child: checked.child, ...circle };
  assertMayPlace(placement);
  const person = await cardFor(tx, actor, clients, me, body, checked);
  await placePerson(tx, actor, me, person, placement);
  return person;
}

/** The child check of a person picked again: by their card's birth date. */
export function assertChildRole(role: PersonRole, birthDate: string | null, today: string) {
  if (!isChild(birthDate, today)) return;
  const roleProblem = childRoleProblem(role);
  if (roleProblem) throw new AppError('VALIDATION_FAILED', { fields: [roleProblem] });
}
