import type { ServiceRequest, ServiceRequestPatch } from '@domovoy/contract';
import dayjs from 'dayjs';

/** What the form holds: the request's fields, the due time as a dayjs value. */
export type RequestFormValues = {
  typeId?: string;
  subject?: string;
  description?: string | null;
  premiseId?: string | null;
  clientId?: string | null;
  assigneeStaffId?: string | null;
  dueAt?: dayjs.Dayjs | null;
};

export function formValuesOf(request: ServiceRequest): RequestFormValues {
  return {
    typeId: request.type.id,
    subject: request.subject,
    description: request.description,
    premiseId: request.premiseId,
    clientId: request.clientId,
    assigneeStaffId: request.assignee?.id ?? null,
    dueAt: request.dueAt ? dayjs(request.dueAt) : null,
  };
}

/** The body to send: empty fields as null, so that clearing a field clears it. */
export function bodyOf(values: RequestFormValues): ServiceRequestPatch & { typeId: string; subject: string } {
  return {
    typeId: values.typeId ?? '',
    subject: values.subject?.trim() ?? '',
    description: values.description?.trim() || null,
    premiseId: values.premiseId ?? null,
    clientId: values.clientId ?? null,
    assigneeStaffId: values.assigneeStaffId ?? null,
    dueAt: values.dueAt ? values.dueAt.toISOString() : null,
  };
}
