import {
  DEFAULT_JUMP_FACTOR,
  METER_RESOURCES,
  type Meter,
  type MeterBody,
  type MeterPatch,
  type MeterReading,
  type MeterReplaceBody,
  type MeterSettings,
  type ReadingBody,
} from '@domovoy/contract';
import type { Db } from '../../db/database';
import { type Actor, assertCan } from '../../platform/actor';
import { uniqueViolation } from '../../platform/db-errors';
import { AppError, fieldError } from '../../platform/errors';
import { diffFields, recordHistory } from '../../platform/history';
import { piiAccess } from '../../platform/pii';
import { assertPremiseExists } from '../premises/assert-premise-exists';
import { enterReading } from './enter-reading';
import * as repo from './meters.repository';
import {
  METER_HISTORY_FIELDS,
  mapMeter,
  mapReading,
  meterHistoryValues,
  READING_HISTORY_FIELDS,
  readingHistoryValues,
} from './meters.view';
import { moscowToday } from './reading-rules';

type Deps = { db: Db; now?: () => Date };

/** What a meter body sets: resource and tariffs checked together, an external id in the one id space. */
function meterValues(body: MeterPatch) {
  const values: repo.MeterChanges = {};
  if (body.resource !== undefined) values.resource = body.resource;
  if (body.tariffs !== undefined) values.tariffs = body.tariffs;
  if (body.serialNumber !== undefined) values.serialNumber = body.serialNumber.trim();
  if (body.place !== undefined) values.place = body.place?.trim() || null;
  if (body.accountId !== undefined) values.accountId = body.accountId;
  if (body.installedOn !== undefined) values.installedOn = body.installedOn;
  if (body.verifiedOn !== undefined) values.verifiedOn = body.verifiedOn;
  if (body.nextVerificationOn !== undefined) values.nextVerificationOn = body.nextVerificationOn;
  if (body.externalId !== undefined) {
    values.externalId = body.externalId?.trim() || null;
    values.externalSource = values.externalId ? '' : null;
  }
  if (values.serialNumber === '')
    throw fieldError('VALIDATION_FAILED', 'serialNumber', 'Заполните поле', 'REQUIRED');
  return values;
}

function assertTariffs(resource: string, tariffs: number) {
  const max = METER_RESOURCES[resource as keyof typeof METER_RESOURCES]?.maxTariffs ?? 1;
  if (tariffs > max) {
    throw fieldError(
      'VALIDATION_FAILED',
      'tariffs',
      'Несколько тарифов бывает только у электроэнергии',
      'TARIFFS',
    );
  }
}

/** A unique key the database guarded: the only one of meters is the external id. */
function translateWriteError(error: unknown): never {
  if (uniqueViolation(error) === 'meters_external_key') {
    throw fieldError('EXTERNAL_ID_TAKEN', 'externalId', 'Такой внешний идентификатор уже используется');
  }
  throw error;
}

export function metersService({ db, now = () => new Date() }: Deps) {
  async function load(tx: Db, actor: Actor, id: string, lock = false) {
    const row = await repo.findMeter(tx, actor.organizationId, id, lock);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function view(tx: Db, actor: Actor, id: string): Promise<Meter> {
    const row = await load(tx, actor, id);
    const last = await repo.lastReadings(tx, actor.organizationId, [id]);
    return mapMeter(row, last.get(id), piiAccess(actor));
  }

  async function assertAccount(
    tx: Db,
    actor: Actor,
    premiseId: string,
    accountId: string | null | undefined,
  ) {
    if (!accountId) return;
    if (!(await repo.accountOfPremise(tx, actor.organizationId, premiseId, accountId))) {
      throw fieldError('REFERENCE_NOT_FOUND', 'accountId', 'Лицевой счёт не найден у этого помещения');
    }
  }

  /** Creates a meter on the premise, with its history entry, inside `tx`. */
  async function insert(tx: Db, actor: Actor, premiseId: string, body: MeterBody) {
    const values = meterValues(body);
    const tariffs = body.tariffs ?? 1;
    assertTariffs(body.resource, tariffs);
    await assertAccount(tx, actor, premiseId, body.accountId);
    const id = await repo.insertMeter(tx, actor.organizationId, {
      ...values,
      premiseId,
      resource: body.resource,
      tariffs,
      serialNumber: values.serialNumber as string,
    });
    const row = await load(tx, actor, id);
    const changes = diffFields({}, meterHistoryValues(row), METER_HISTORY_FIELDS);
    await recordHistory(tx, actor, [
      { entityType: 'meter', entityId: id, premiseId, action: 'create', changes },
    ]);
    return row;
  }

  return {
    async list(actor: Actor, premiseId: string): Promise<Meter[]> {
      assertCan(actor, 'premises.view');
      await assertPremiseExists(db, actor, premiseId);
      const rows = await repo.listMeters(db, actor.organizationId, premiseId);
      const last = await repo.lastReadings(
        db,
        actor.organizationId,
        rows.map((r) => r.id),
      );
      const access = piiAccess(actor);
      return rows.map((row) => mapMeter(row, last.get(row.id), access));
    },

    async create(actor: Actor, premiseId: string, body: MeterBody): Promise<Meter> {
      assertCan(actor, 'premises.edit');
      return db
        .transaction(async (tx) => {
          await assertPremiseExists(tx, actor, premiseId);
          const row = await insert(tx, actor, premiseId, body);
          return view(tx, actor, row.id);
        })
        .catch(translateWriteError);
    },

    async update(actor: Actor, id: string, patch: MeterPatch): Promise<Meter> {
      assertCan(actor, 'premises.edit');
      return db
        .transaction(async (tx) => {
          const before = await load(tx, actor, id, true);
          const values = meterValues(patch);
          const resource = values.resource ?? before.resource;
          const tariffs = values.tariffs ?? before.tariffs;
          if (resource !== before.resource || tariffs !== before.tariffs) {
            if (await repo.hasReadings(tx, actor.organizationId, id))
              throw new AppError('METER_HAS_READINGS');
            assertTariffs(resource, tariffs);
          }
          await assertAccount(tx, actor, before.premiseId, values.accountId);
          await repo.updateMeter(tx, actor.organizationId, id, values);
          const after = await load(tx, actor, id);
          const changes = diffFields(
            meterHistoryValues(before),
            meterHistoryValues(after),
            METER_HISTORY_FIELDS,
          );
          await recordHistory(tx, actor, [
            { entityType: 'meter', entityId: id, premiseId: before.premiseId, action: 'update', changes },
          ]);
          return view(tx, actor, id);
        })
        .catch(translateWriteError);
    },

    /**
     * The old meter is kept with its readings, marked replaced on the day and pointing at the new
     * one; the new meter starts from its own first reading (given here or entered later).
     */
    async replace(actor: Actor, id: string, body: MeterReplaceBody): Promise<Meter> {
      assertCan(actor, 'premises.edit');
      return db
        .transaction(async (tx) => {
          const old = await load(tx, actor, id, true);
          if (old.replacedById) throw new AppError('METER_REPLACED');
          if (body.replacedOn > moscowToday(now())) {
            throw fieldError('VALIDATION_FAILED', 'replacedOn', 'Дата замены ещё не наступила', 'FUTURE');
          }
          const last = (await repo.lastReadings(tx, actor.organizationId, [id])).get(id);
          if (last && last.takenOn > body.replacedOn) {
            throw fieldError(
              'VALIDATION_FAILED',
              'replacedOn',
              'У старого счётчика есть показания после этой даты',
              'AFTER_READINGS',
            );
          }
          const created = await insert(tx, actor, old.premiseId, {
            accountId: old.accountId,
            installedOn: body.replacedOn,
            ...body.meter,
          });
          await repo.updateMeter(tx, actor.organizationId, id, {
            replacedOn: body.replacedOn,
            replacedById: created.id,
          });
          const changes = [
            { field: 'replacedOn', old: null, new: body.replacedOn },
            { field: 'replacedBy', old: null, new: created.serialNumber },
          ];
          await recordHistory(tx, actor, [
            { entityType: 'meter', entityId: id, premiseId: old.premiseId, action: 'update', changes },
          ]);
          if (body.initialValues) {
            await enterReading(
              tx,
              actor,
              created.id,
              {
                takenOn: body.replacedOn,
                values: body.initialValues,
                confirmJump: true,
                source: 'crm',
                authorStaffId: actor.staffId,
                authorClientId: null,
              },
              moscowToday(now()),
            );
          }
          return view(tx, actor, created.id);
        })
        .catch(translateWriteError);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      assertCan(actor, 'premises.edit');
      await db.transaction(async (tx) => {
        const row = await load(tx, actor, id, true);
        await repo.deleteMeter(tx, actor.organizationId, id);
        const changes = diffFields(meterHistoryValues(row), {}, METER_HISTORY_FIELDS);
        await recordHistory(tx, actor, [
          { entityType: 'meter', entityId: id, premiseId: row.premiseId, action: 'delete', changes },
        ]);
      });
    },

    async readings(actor: Actor, meterId: string): Promise<MeterReading[]> {
      assertCan(actor, 'premises.view');
      await load(db, actor, meterId);
      const access = piiAccess(actor);
      return (await repo.listReadings(db, actor.organizationId, meterId)).map((r) => mapReading(r, access));
    },

    /** Staff enter a reading on any day (the window binds the app only). */
    async enterReading(actor: Actor, meterId: string, body: ReadingBody): Promise<MeterReading> {
      assertCan(actor, 'premises.view', 'meters.readings');
      const today = moscowToday(now());
      const id = await db.transaction((tx) =>
        enterReading(
          tx,
          actor,
          meterId,
          {
            takenOn: body.takenOn ?? today,
            values: body.values,
            confirmJump: body.confirmJump ?? false,
            source: 'crm',
            authorStaffId: actor.staffId,
            authorClientId: null,
          },
          today,
        ),
      );
      const row = await repo.findReading(db, actor.organizationId, id);
      if (!row) throw new AppError('NOT_FOUND');
      return mapReading(row, piiAccess(actor));
    },

    /** A wrong reading is deleted (with its history entry); the ones around it stay. */
    async removeReading(actor: Actor, readingId: string): Promise<void> {
      assertCan(actor, 'premises.view', 'meters.readings');
      await db.transaction(async (tx) => {
        const reading = await repo.findReading(tx, actor.organizationId, readingId);
        if (!reading) throw new AppError('NOT_FOUND');
        const meter = await load(tx, actor, reading.meterId, true);
        await repo.deleteReading(tx, actor.organizationId, readingId);
        const changes = diffFields(readingHistoryValues(meter, reading), {}, READING_HISTORY_FIELDS);
        await recordHistory(tx, actor, [
          {
            entityType: 'meter_reading',
            entityId: readingId,
            premiseId: meter.premiseId,
            action: 'delete',
            changes,
          },
        ]);
      });
    },

    /** Read by every staff member (the card shows the window); written with «Настройки». */
    async settings(actor: Actor): Promise<MeterSettings> {
      const row = await repo.findSettings(db, actor.organizationId);
      return {
        windowFromDay: row?.windowFromDay ?? null,
        windowToDay: row?.windowToDay ?? null,
        jumpFactor: row ? Number(row.jumpFactor) : DEFAULT_JUMP_FACTOR,
      };
    },

    async saveSettings(actor: Actor, body: MeterSettings): Promise<MeterSettings> {
      assertCan(actor, 'settings.manage');
      if ((body.windowFromDay === null) !== (body.windowToDay === null)) {
        const field = body.windowFromDay === null ? 'windowFromDay' : 'windowToDay';
        throw fieldError('VALIDATION_FAILED', field, 'Укажите оба дня окна или ни одного', 'REQUIRED');
      }
      await repo.saveSettings(db, actor.organizationId, {
        windowFromDay: body.windowFromDay,
        windowToDay: body.windowToDay,
        jumpFactor: body.jumpFactor.toFixed(2),
      });
      return this.settings(actor);
    },
  };
}

export type MetersService = ReturnType<typeof metersService>;
