// The resident API's shapes as the typed client knows them (generated from the server's OpenAPI).
import type { paths } from '@domovoy/api-client';

type V1 = '/api/resident/v1';
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type ResidentMe = Json<paths[`${V1}/me`]['get']['responses'][200]>;
export type ResidentPremise = ResidentMe['premises'][number];
export type ResidentRequest = ResidentMe['requests'][number];
export type ResidentRequestBody = Json<paths[`${V1}/registration-requests`]['post']['requestBody']>;
export type ResidentCodeResult = Json<paths[`${V1}/auth/code`]['post']['responses'][200]>;
export type ResidentSignIn = Json<paths[`${V1}/auth/verify`]['post']['responses'][200]>;
export type ResidentDevice = NonNullable<Json<paths[`${V1}/auth/verify`]['post']['requestBody']>['device']>;
export type ResidentPremiseCard = Json<paths[`${V1}/premises/{id}`]['get']['responses'][200]>;
export type ResidentPremiseAccount = ResidentPremiseCard['accounts'][number];
export type ResidentDocument = ResidentPremiseCard['documents'][number];
export type ResidentPayments = Json<paths[`${V1}/payments`]['get']['responses'][200]>;
export type ResidentNotificationsPage = Json<paths[`${V1}/notifications`]['get']['responses'][200]>;
export type ResidentNotificationItem = ResidentNotificationsPage['items'][number];
export type ResidentProfile = Json<paths[`${V1}/me/profile`]['get']['responses'][200]>;
export type ResidentProfileBody = Json<paths[`${V1}/me/profile`]['patch']['requestBody']>;
export type ResidentAllPremises = Json<paths[`${V1}/me/premises`]['get']['responses'][200]>;
export type ResidentOrganizationPremises = ResidentAllPremises['organizations'][number];
export type ResidentListedPremise = ResidentOrganizationPremises['premises'][number];
