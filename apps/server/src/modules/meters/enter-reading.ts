import { DEFAULT_JUMP_FACTOR, type ReadingSource, readingText, tariffNames } from '@domovoy/contract';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { diffFields, recordHistory } from '../../platform/history';
import * as repo from './meters.repository';
import { READING_HISTORY_FIELDS, readingHistoryValues, valuesOf } from './meters.view';
import { aboveNextTariff, jumpOf, lowerTariff, normaliseValue, type ReadingPoint } from './reading-rules';

export type NewReading = {
  takenOn: string;
  values: readonly string[];
  confirmJump: boolean;
  source: ReadingSource;
  authorStaffId: string | null;
  authorClientId: string | null;
};

const dayText = (day: string) => day.split('-').reverse().join('.');

type StoredValues = { takenOn: string; value1: string; value2: string | null; value3: string | null };

const pointOf = (row: StoredValues): ReadingPoint => ({
  takenOn: row.takenOn,
  values: valuesOf(row),
});

function tariffLabel(tariffs: number, index: number) {
  return tariffs > 1 ? ` «${tariffNames(tariffs)[index]}»` : '';
}

/** The organisation's jump factor (meter_settings), the default when it set none. */
export async function jumpFactorOf(db: Db, organizationId: string): Promise<number> {
  const settings = await repo.findSettings(db, organizationId);
  return settings ? Number(settings.jumpFactor) : DEFAULT_JUMP_FACTOR;
}

/**
 * Issue 13: a reading of a meter, whoever enters it (staff, the resident, the accounting system).
 * The meter row is locked, so two readings of one meter are checked one after the other. A value
 * below the previous reading (per tariff) is refused — a replaced meter's successor starts from
 * its own first reading, so replacement never trips it; a back-dated reading must also fit under
 * the next one; a jump far above the usual consumption needs `confirmJump`.
 */
export async function enterReading(
  tx: Db,
  actor: Actor,
  meterId: string,
  input: NewReading,
  today: string,
): Promise<string> {
  const org = actor.organizationId;
  const meter = await repo.findMeter(tx, org, meterId, true);
  if (!meter) throw new AppError('NOT_FOUND');
  if (meter.replacedOn && input.takenOn > meter.replacedOn) throw new AppError('METER_REPLACED');
  if (input.values.length !== meter.tariffs) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          field: 'values',
          code: 'TARIFFS',
          message: `Укажите ${meter.tariffs === 1 ? 'одно значение' : `значения по ${meter.tariffs} тарифам`}`,
        },
      ],
    });
  }
  if (input.takenOn > today) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ field: 'takenOn', code: 'FUTURE', message: 'Дата показания ещё не наступила' }],
    });
  }
  const values = input.values.map(normaliseValue);
  const history = (await repo.readingsUpTo(tx, org, meter.id, input.takenOn)).map(pointOf);
  const previous = history[history.length - 1];
  const lower = lowerTariff(previous, values);
  if (previous && lower !== undefined) {
    throw new AppError('METER_READING_LOWER', {
      detail: `Показание${tariffLabel(meter.tariffs, lower)} ${readingText(values[lower] ?? '')} меньше предыдущего ${readingText(previous.values[lower] ?? '')} от ${dayText(previous.takenOn)}. Если счётчик заменили, оформите замену счётчика`,
      fields: [
        { field: `values.${lower}`, code: 'METER_READING_LOWER', message: 'Меньше предыдущего показания' },
      ],
    });
  }
  const nextRow = await repo.readingAfter(tx, org, meter.id, input.takenOn);
  const next = nextRow && pointOf(nextRow);
  const above = aboveNextTariff(next, values);
  if (next && above !== undefined) {
    throw new AppError('METER_READING_ABOVE_NEXT', {
      detail: `Показание${tariffLabel(meter.tariffs, above)} ${readingText(values[above] ?? '')} больше показания ${readingText(next.values[above] ?? '')} от ${dayText(next.takenOn)}`,
      fields: [
        {
          field: `values.${above}`,
          code: 'METER_READING_ABOVE_NEXT',
          message: 'Больше следующего показания',
        },
      ],
    });
  }
  const jump = jumpOf(history, { takenOn: input.takenOn, values }, await jumpFactorOf(tx, org));
  if (jump && !input.confirmJump) {
    throw new AppError('METER_READING_JUMP', {
      detail: `Расход${tariffLabel(meter.tariffs, jump.tariff)} ${readingText(jump.consumption)} — намного больше обычного (около ${readingText(jump.usualMonthly)} в месяц). Проверьте показание и подтвердите, если оно верно`,
    });
  }
  const row = {
    meterId: meter.id,
    takenOn: input.takenOn,
    value1: values[0] as string,
    value2: values[1] ?? null,
    value3: values[2] ?? null,
    source: input.source,
    authorStaffId: input.authorStaffId,
    authorClientId: input.authorClientId,
    jumpConfirmed: jump !== undefined,
  };
  const id = await repo.insertReading(tx, org, row);
  const changes = diffFields({}, readingHistoryValues(meter, row), READING_HISTORY_FIELDS);
  await recordHistory(tx, actor, [
    { entityType: 'meter_reading', entityId: id, premiseId: meter.premiseId, action: 'create', changes },
  ]);
  return id;
}
