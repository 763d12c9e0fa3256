import {
  countSms,
  type MailingAudience,
  type MailingBody,
  SMS_MAILING_MAX_SEGMENTS,
} from '@domovoy/contract';
import type { SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/actor';
import { AppError, fieldError } from '../../platform/errors';
import type { ClientsService } from '../clients/clients.service';
import type { PremisesService } from '../premises/premises.service';

export type AudienceDeps = { clients: ClientsService; premises: PremisesService };

const missing = (field: string, message: string) =>
  fieldError('VALIDATION_FAILED', `audience.${field}`, message, 'REQUIRED');

/**
 * M-1: whom a mailing goes to, as a subquery of client ids — exactly the clients the clients list
 * shows with these filters, the clients linked to the premises the premises list shows, or the
 * one client of the card. Each through its own service: its permission, its filters, its R-3
 * refusals, its tenancy.
 */
export async function audienceClientIds(
  deps: AudienceDeps,
  actor: Actor,
  audience: MailingAudience,
): Promise<SQL> {
  switch (audience.source) {
    case 'clients':
      if (!audience.clients) throw missing('clients', 'Укажите условия списка клиентов');
      return deps.clients.matchingIds(actor, audience.clients);
    case 'premises':
      if (!audience.premises) throw missing('premises', 'Укажите условия списка помещений');
      return deps.premises.linkedClientIds(actor, audience.premises);
    case 'client': {
      if (!audience.clientId) throw missing('clientId', 'Укажите клиента');
      const one = await deps.clients.oneId(actor, audience.clientId);
      if (!one) throw fieldError('REFERENCE_NOT_FOUND', 'audience.clientId', 'Клиент не найден');
      return one;
    }
  }
}

/** What the mailing keeps of its audience for the card («Кому»): the part its source names. */
export function audienceFilter(audience: MailingAudience): Record<string, unknown> {
  switch (audience.source) {
    case 'clients':
      return { ...audience.clients };
    case 'premises':
      return { ...audience.premises };
    case 'client':
      return { clientId: audience.clientId };
  }
}

/** A minute's grace: «now» chosen in the form is a little in the past when it arrives. */
const PAST_GRACE_MS = 60_000;

/**
 * M-1: the message as the provider takes it — an SMS of at most 10 parts — and a time to send that
 * has not passed. Answers when to send it.
 */
export function checkMessage(body: MailingBody, now: Date): Date {
  if (!body.title.trim()) throw fieldError('VALIDATION_FAILED', 'title', 'Заполните заголовок', 'REQUIRED');
  if (!body.text.trim()) throw fieldError('VALIDATION_FAILED', 'text', 'Заполните текст', 'REQUIRED');
  if (body.channel === 'sms') {
    const { segments, perSegment } = countSms(body.text);
    if (segments > SMS_MAILING_MAX_SEGMENTS)
      throw fieldError(
        'VALIDATION_FAILED',
        'text',
        `SMS не длиннее ${SMS_MAILING_MAX_SEGMENTS} частей (${SMS_MAILING_MAX_SEGMENTS * perSegment} знаков), а в этом тексте ${segments}: сократите его`,
        'SMS_TOO_LONG',
      );
  }
  if (!body.sendAt) return now;
  const sendAt = new Date(body.sendAt);
  if (Number.isNaN(sendAt.getTime()))
    throw fieldError('VALIDATION_FAILED', 'sendAt', 'Укажите время отправки', 'INVALID');
  if (sendAt.getTime() < now.getTime() - PAST_GRACE_MS)
    throw fieldError(
      'VALIDATION_FAILED',
      'sendAt',
      'Время отправки уже прошло: выберите время позже',
      'PAST',
    );
  return sendAt < now ? now : sendAt;
}

export const noRecipients = () => new AppError('MAILING_NO_RECIPIENTS');
