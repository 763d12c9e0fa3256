import type {
  FieldProblem,
  LinkRole,
  NewPersonBody,
  PeopleAll,
  PeopleAllItem,
  PeopleChoices,
  Permission,
  PersonCard,
  PersonLinkPatch,
  PersonOtherPremise,
  PersonPatch,
  PersonPremiseBody,
  PremisePeople,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { residentActor } from '../../platform/actor';
import { uniqueViolation } from '../../platform/db-errors';
import { AppError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import type { ClientPhoto } from '../clients/client-photo';
import type { ClientsService } from '../clients/clients.service';
import { translateClientWriteError } from '../clients/translate-client-error';
import { translateLinkWriteError } from '../links/translate-link-error';
import type { ResidentSession } from '../resident-auth/resident-sessions';
import { addNewPerson, assertChildRole, checkPlacement, placePerson } from './add-person';
import { changeLink, closeLink, editGuest, forgetPerson, type Shared } from './change-person';
import { guestsOn, isChild, moscowDay } from './people-rules';
import type { PersonRow } from './resident-people.repository';
import * as repo from './resident-people.repository';
import {
  byName,
  type Me,
  mapAddablePremises,
  mapOtherPremises,
  mapPeopleItem,
  mapPersonCard,
  mapPremisePeople,
} from './resident-people.view';

type Deps = { db: Db; storage: FileStorage; clients: ClientsService; now?: () => Date };

/** What «Люди» may do to cards: create and edit them (names and contacts), as the resident. */
const PEOPLE_RIGHTS: Permission[] = ['clients.edit', 'clients.pii.name', 'clients.pii.contacts'];

/** A unique key the database guarded while two requests raced past the checks. */
function translateWriteError(error: unknown): never {
  if (uniqueViolation(error)?.startsWith('clients_')) translateClientWriteError(error);
  translateLinkWriteError(error);
}

/**
 * APP-6..APP-8 «Люди» in the session's organisation (T-1): I see the people of my premises and
 * those I added; I add people where my role allows (owners and unconfirmed owners), guests when
 * the organisation has events; I change only what I added (L-4). Writes go through the links and
 * clients services (the CRM's rules and history, with me as the author), one transaction each.
 */
export function residentPeopleService({ db, storage, clients, now = () => new Date() }: Deps) {
  async function meOf(tx: Db, session: ResidentSession): Promise<Me> {
    const card = await repo.findAccountCard(tx, session.organizationId, session.accountId);
    if (!card) throw new AppError('NOT_A_CLIENT');
    const today = moscowDay(now());
    return { organizationId: session.organizationId, accountId: session.accountId, ...card, today };
  }

  const actorOf = (me: Me) => residentActor(me.organizationId, me.accountId, me.fullName, PEOPLE_RIGHTS);
  const canAddGuests = async (tx: Db, me: Me) =>
    guestsOn(await repo.organizationProducts(tx, me.organizationId));

  /** Everyone linked to my premises, and my own links among them. */
  async function circleOf(tx: Db, me: Me) {
    const ids = await repo.premiseIdsOf(tx, me.organizationId, me.id);
    const rows = await repo.listLinksOfPremises(tx, me.organizationId, ids);
    return { rows, myLinks: rows.filter((row) => row.person.id === me.id) };
  }

  /** A person I may see: one sharing a premise with me, or one I added; else 404 (T-1). */
  async function personOf(tx: Db, me: Me, personId: string) {
    const person = await repo.findPerson(tx, me.organizationId, personId);
    if (!person) throw new AppError('NOT_FOUND');
    const { rows, myLinks } = await circleOf(tx, me);
    const shared = rows.filter((row) => row.person.id === personId);
    const mine = await repo.findMyPerson(tx, me.organizationId, me.id, personId);
    if (shared.length === 0 && !mine) throw new AppError('NOT_FOUND');
    return { person, shared, myLinks, mine };
  }

  /**
   * T-3, APP-7: the premises I share with the person in my other organisations where they have a
   * card too (matched by the account, i.e. the phone), read in each as «Люди» reads them here.
   */
  async function sharedElsewhere(tx: Db, me: Me, person: PersonRow): Promise<PersonOtherPremise[]> {
    if (!person.accountId || person.id === me.id) return [];
    const out: PersonOtherPremise[] = [];
    const organizations = await repo.sharedCardOrganizations(
      tx,
      me.organizationId,
      me.accountId,
      person.accountId,
    );
    for (const organization of organizations) {
      const mine = await repo.findAccountCard(tx, organization.id, me.accountId);
      const theirs = await repo.findAccountCard(tx, organization.id, person.accountId);
      if (!mine || !theirs) continue;
      const rows = await repo.listLinksOfPremises(
        tx,
        organization.id,
        await repo.premiseIdsOf(tx, organization.id, mine.id),
      );
      out.push(
        ...mapOtherPremises(
          organization,
          rows.filter((row) => row.person.id === theirs.id),
        ),
      );
    }
    return out;
  }

  async function cardIn(tx: Db, me: Me, personId: string): Promise<PersonCard> {
    const { person, shared, myLinks, mine } = await personOf(tx, me, personId);
    const elsewhere = await sharedElsewhere(tx, me, person);
    return mapPersonCard(person, me, shared, myLinks, mine, elsewhere);
  }

  /** The person's link to one of my premises, with mine there; 404 when either is missing. */
  async function sharedOf(tx: Db, me: Me, personId: string, premiseId: string): Promise<Shared> {
    const { shared, myLinks } = await personOf(tx, me, personId);
    const theirs = shared.find((row) => row.link.premiseId === premiseId);
    const mine = myLinks.find((row) => row.link.premiseId === premiseId);
    if (!theirs || !mine || personId === me.id) throw new AppError('NOT_FOUND');
    return { theirs, mine };
  }

  /** One transaction per request, with me read inside it. */
  const write = <T>(session: ResidentSession, work: (tx: Db, me: Me) => Promise<T>) =>
    db.transaction(async (tx) => work(tx, await meOf(tx, session))).catch(translateWriteError);

  /** A person I added, for deleting or editing: someone I only see is 403, someone else 404. */
  async function myPersonOf(tx: Db, me: Me, personId: string) {
    const found = await personOf(tx, me, personId);
    if (!found.mine) throw new AppError('PERSON_NOT_YOURS');
    return { ...found, mine: found.mine };
  }

  return {
    async premisePeople(session: ResidentSession, premiseId: string): Promise<PremisePeople> {
      const me = await meOf(db, session);
      // T-1: only a premise my card is linked to (another organisation's id finds no row here).
      const rows = await repo.listLinksOfPremises(db, me.organizationId, [premiseId]);
      const mine = rows.find((row) => row.person.id === me.id);
      if (!mine) throw new AppError('NOT_FOUND');
      return mapPremisePeople(premiseId, mine.link.role as LinkRole, rows, me, await canAddGuests(db, me));
    },

    async all(session: ResidentSession): Promise<PeopleAll> {
      const me = await meOf(db, session);
      const { rows, myLinks } = await circleOf(db, me);
      const added = await repo.listMyPeople(db, me.organizationId, me.id);
      const people = new Map<string, PeopleAllItem>();
      const addedIds = new Set(added.map((row) => row.person.id));
      for (const row of rows) {
        if (row.person.id === me.id) continue;
        const item =
          people.get(row.person.id) ??
          mapPeopleItem(row.person, me, {
            sharedPremises: 0,
            guest: false,
            addedByMe: addedIds.has(row.person.id),
          });
        item.sharedPremises += 1;
        people.set(row.person.id, item);
      }
      // APP-6: my guests too, with no premise shared.
      for (const row of added.filter((r) => r.guest)) {
        const item =
          people.get(row.person.id) ??
          mapPeopleItem(row.person, me, { sharedPremises: 0, guest: true, addedByMe: true });
        item.guest = true;
        people.set(row.person.id, item);
      }
      return {
        canAddGuests: await canAddGuests(db, me),
        addablePremises: mapAddablePremises(myLinks),
        people: [...people.values()].sort(byName),
      };
    },

    async choices(session: ResidentSession): Promise<PeopleChoices> {
      const me = await meOf(db, session);
      const added = await repo.listMyPeople(db, me.organizationId, me.id);
      return {
        people: added
          .map((row) => {
            const {
              sharedPremises: _,
              addedByMe: __,
              ...item
            } = mapPeopleItem(row.person, me, {
              sharedPremises: 0,
              guest: row.guest,
              addedByMe: true,
            });
            return item;
          })
          .sort(byName),
      };
    },

    async card(session: ResidentSession, personId: string): Promise<PersonCard> {
      const me = await meOf(db, session);
      return cardIn(db, me, personId);
    },

    async photo(session: ResidentSession, personId: string): Promise<ClientPhoto> {
      const me = await meOf(db, session);
      await personOf(db, me, personId);
      const row = await repo.findPhoto(db, me.organizationId, personId);
      const stream = row?.photoKey ? await storage.get(row.photoKey) : undefined;
      if (!stream || !row?.photoContentType) throw new AppError('NOT_FOUND', { detail: 'Фото нет' });
      return { stream, contentType: row.photoContentType };
    },

    add: (session: ResidentSession, body: NewPersonBody): Promise<PersonCard> =>
      write(session, async (tx, me) => {
        const { myLinks } = await circleOf(tx, me);
        const circle = { myLinks, guestsOn: await canAddGuests(tx, me) };
        const person = await addNewPerson(tx, actorOf(me), clients, me, body, circle);
        return cardIn(tx, me, person.id);
      }),

    addToPremise: (session: ResidentSession, personId: string, body: PersonPremiseBody) =>
      write(session, async (tx, me) => {
        if (personId === me.id) throw new AppError('PERSON_IS_YOU');
        const { person, myLinks } = await personOf(tx, me, personId);
        const problems: FieldProblem[] = [];
        checkPlacement(body, problems);
        if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
        assertChildRole(body.role, person.birthDate, me.today);
        await placePerson(tx, actorOf(me), me, person, {
          ...body,
          child: isChild(person.birthDate, me.today),
          myLinks,
          guestsOn: await canAddGuests(tx, me),
        });
        return cardIn(tx, me, personId);
      }),

    updateLink: (session: ResidentSession, personId: string, premiseId: string, patch: PersonLinkPatch) =>
      write(session, async (tx, me) => {
        await changeLink(tx, actorOf(me), me, await sharedOf(tx, me, personId, premiseId), patch);
        return cardIn(tx, me, personId);
      }),

    removeLink: (session: ResidentSession, personId: string, premiseId: string) =>
      write(session, async (tx, me) => {
        await closeLink(tx, actorOf(me), me, await sharedOf(tx, me, personId, premiseId));
      }),

    remove: (session: ResidentSession, personId: string) =>
      write(session, async (tx, me) => {
        await myPersonOf(tx, me, personId);
        await forgetPerson(tx, actorOf(me), me, personId);
      }),

    update: (session: ResidentSession, personId: string, patch: PersonPatch) =>
      write(session, async (tx, me) => {
        const { person, mine } = await myPersonOf(tx, me, personId);
        if (!mine.guest)
          throw new AppError('PERSON_NOT_YOURS', { detail: 'Изменить можно только своего гостя' });
        await editGuest(tx, actorOf(me), clients, person, patch);
        return cardIn(tx, me, personId);
      }),
  };
}

export type ResidentPeopleService = ReturnType<typeof residentPeopleService>;
