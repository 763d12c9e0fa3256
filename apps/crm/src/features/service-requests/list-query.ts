import type { ServiceRequestExportQuery, ServiceRequestStatus } from '@domovoy/contract';
import type { UrlState } from '../../shared/use-url-state';

/**
 * «Заявки»: the search and filters kept in the URL, as the list asks for them — and the export,
 * so that the file holds exactly the requests the list shows.
 */
export function requestFilterQuery(state: UrlState): ServiceRequestExportQuery {
  const status = state.getAll('status') as ServiceRequestStatus[];
  return {
    search: state.get('search'),
    status: status.length > 0 ? status : undefined,
    typeId: state.getAll('typeId'),
    objectId: state.getAll('objectId'),
    assigneeId: state.getAll('assigneeId'),
    createdFrom: state.get('createdFrom'),
    createdTo: state.get('createdTo'),
  };
}
