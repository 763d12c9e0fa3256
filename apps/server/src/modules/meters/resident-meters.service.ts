import {
  inReadingWindow,
  METER_RESOURCES,
  type MeterResource,
  type ReadingSource,
  type ResidentMeters,
  type ResidentReadingBody,
  readingWindowText,
  tariffNames,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { residentActor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import type { ResidentSession } from '../resident-auth/resident-sessions';
import { enterReading } from './enter-reading';
import * as repo from './meters.repository';
import { valuesOf } from './meters.view';
import { moscowToday } from './reading-rules';

type Window = NonNullable<ResidentMeters['window']>;

/**
 * APP-3 «Мое помещение» → meters: the meters in service of a premise my card is linked to (else
 * 404, T-1), and readings I submit — the staff rules plus the organisation's window (in Moscow time).
 */
export function residentMetersService({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  async function cardOf(session: ResidentSession, premiseId: string) {
    const card = await repo.findCardOnPremise(db, session.organizationId, session.accountId, premiseId);
    if (!card) throw new AppError('NOT_FOUND');
    return card;
  }

  async function windowOf(organizationId: string, today: string): Promise<Window | null> {
    const settings = await repo.findSettings(db, organizationId);
    if (settings?.windowFromDay == null || settings.windowToDay == null) return null;
    const { windowFromDay: fromDay, windowToDay: toDay } = settings;
    const open = inReadingWindow(Number(today.slice(8, 10)), fromDay, toDay);
    return { fromDay, toDay, text: readingWindowText(fromDay, toDay), open };
  }

  return {
    async meters(session: ResidentSession, premiseId: string): Promise<ResidentMeters> {
      await cardOf(session, premiseId);
      const org = session.organizationId;
      const rows = await repo.listMeters(db, org, premiseId, true);
      const last = await repo.lastReadings(
        db,
        org,
        rows.map((r) => r.id),
      );
      return {
        meters: rows.map((row) => {
          const reading = last.get(row.id);
          return {
            id: row.id,
            resource: row.resource as MeterResource,
            tariffs: row.tariffs,
            tariffNames: tariffNames(row.tariffs),
            unit: METER_RESOURCES[row.resource as MeterResource]?.unit ?? '',
            serialNumber: row.serialNumber,
            place: row.place,
            nextVerificationOn: row.nextVerificationOn,
            lastReading: reading
              ? {
                  takenOn: reading.takenOn,
                  values: valuesOf(reading),
                  source: reading.source as ReadingSource,
                }
              : null,
          };
        }),
        window: await windowOf(org, moscowToday(now())),
      };
    },

    async submit(session: ResidentSession, premiseId: string, meterId: string, body: ResidentReadingBody) {
      const card = await cardOf(session, premiseId);
      const org = session.organizationId;
      const meter = await repo.findMeter(db, org, meterId);
      if (!meter || meter.premiseId !== premiseId) throw new AppError('NOT_FOUND');
      if (meter.replacedById) throw new AppError('METER_REPLACED');
      const today = moscowToday(now());
      const window = await windowOf(org, today);
      if (window && !window.open) {
        throw new AppError('METER_READING_WINDOW', { detail: `Показания принимаются ${window.text}` });
      }
      const actor = residentActor(org, session.accountId, card.fullName, []);
      await db.transaction((tx) =>
        enterReading(
          tx,
          actor,
          meterId,
          {
            takenOn: today,
            values: body.values,
            confirmJump: body.confirmJump ?? false,
            source: 'app',
            authorStaffId: null,
            authorClientId: card.id,
          },
          today,
        ),
      );
      return this.meters(session, premiseId);
    },
  };
}

export type ResidentMetersService = ReturnType<typeof residentMetersService>;
