import { type Static, Type } from 'typebox';
import { ClientListQuery } from './clients';
import { PremiseListQuery } from './premises';
import { LeadListQuery, RequestListQuery } from './registrations';
import { ServiceRequestListQuery } from './service-requests';

// P-8, C-9, R-2, issue 13's «Заявки»: an export takes exactly the filters, search and sort of its
// list, without pages.

export const PremiseExportQuery = Type.Omit(PremiseListQuery, ['page', 'pageSize', 'cursor']);
export const ClientExportQuery = Type.Omit(ClientListQuery, ['page', 'pageSize', 'cursor']);
export const RequestExportQuery = Type.Omit(RequestListQuery, ['page', 'pageSize']);
export const LeadExportQuery = Type.Omit(LeadListQuery, ['page', 'pageSize']);
export const ServiceRequestExportQuery = Type.Omit(ServiceRequestListQuery, ['page', 'pageSize']);

export type PremiseExportQuery = Static<typeof PremiseExportQuery>;
export type ClientExportQuery = Static<typeof ClientExportQuery>;
export type RequestExportQuery = Static<typeof RequestExportQuery>;
export type LeadExportQuery = Static<typeof LeadExportQuery>;
export type ServiceRequestExportQuery = Static<typeof ServiceRequestExportQuery>;
