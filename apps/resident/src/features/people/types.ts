// The people API's shapes (APP-6..APP-8) as the typed client knows them (generated from the
// server's OpenAPI).
import type { paths } from '@domovoy/api-client';

type V1 = '/api/resident/v1';
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type PremisePeople = Json<paths[`${V1}/people`]['get']['responses'][200]>;
export type PremisePerson = PremisePeople['groups'][number]['people'][number];
export type PeopleAll = Json<paths[`${V1}/people/all`]['get']['responses'][200]>;
export type PeopleAllItem = PeopleAll['people'][number];
export type PeopleChoices = Json<paths[`${V1}/people/choices`]['get']['responses'][200]>;
export type PersonChoice = PeopleChoices['people'][number];
export type PersonCard = Json<paths[`${V1}/people/{clientId}`]['get']['responses'][200]>;
export type PersonPremise = PersonCard['premises'][number];
export type PersonOtherPremise = PersonCard['otherPremises'][number];
export type AddablePremise = PersonCard['addablePremises'][number];
export type NewPersonBody = Json<paths[`${V1}/people`]['post']['requestBody']>;
export type PersonPatch = Json<paths[`${V1}/people/{clientId}`]['patch']['requestBody']>;
export type PersonPremiseBody = Json<paths[`${V1}/people/{clientId}/premises`]['post']['requestBody']>;
export type PersonLinkPatch = Json<
  paths[`${V1}/people/{clientId}/premises/{premiseId}`]['patch']['requestBody']
>;
export type PersonRole = NewPersonBody['role'];
export type PersonLinkRole = Exclude<PersonRole, 'guest'>;
