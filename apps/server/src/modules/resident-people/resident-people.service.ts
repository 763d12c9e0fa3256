import type {
  NewPersonBody,
  PeopleAll,
  PeopleChoices,
  PersonCard,
  PersonLinkPatch,
  PersonPatch,
  PersonPremiseBody,
  PremisePeople,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/errors';
import type { FileStorage } from '../../platform/storage';
import type { ClientPhoto } from '../clients/client-photo';
import type { ResidentSession } from '../resident-auth/resident-sessions';

type Deps = { db: Db; storage: FileStorage; now?: () => Date };

// Contract first: the use cases follow in the next commits.
const notYet = (): never => {
  throw new AppError('NOT_FOUND');
};

export function residentPeopleService(_deps: Deps) {
  return {
    premisePeople: async (_s: ResidentSession, _premiseId: string): Promise<PremisePeople> => notYet(),
    all: async (_s: ResidentSession): Promise<PeopleAll> => notYet(),
    choices: async (_s: ResidentSession): Promise<PeopleChoices> => notYet(),
    card: async (_s: ResidentSession, _clientId: string): Promise<PersonCard> => notYet(),
    photo: async (_s: ResidentSession, _clientId: string): Promise<ClientPhoto> => notYet(),
    add: async (_s: ResidentSession, _body: NewPersonBody): Promise<PersonCard> => notYet(),
    addToPremise: async (_s: ResidentSession, _id: string, _b: PersonPremiseBody): Promise<PersonCard> =>
      notYet(),
    updateLink: async (
      _s: ResidentSession,
      _id: string,
      _p: string,
      _b: PersonLinkPatch,
    ): Promise<PersonCard> => notYet(),
    removeLink: async (_s: ResidentSession, _id: string, _p: string): Promise<void> => notYet(),
    remove: async (_s: ResidentSession, _id: string): Promise<void> => notYet(),
    update: async (_s: ResidentSession, _id: string, _b: PersonPatch): Promise<PersonCard> => notYet(),
  };
}

export type ResidentPeopleService = ReturnType<typeof residentPeopleService>;
