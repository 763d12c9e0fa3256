import {
  METER_RESOURCES,
  type Meter,
  type MeterReading,
  meterResourceLabel,
  READING_SOURCES,
  readingText,
} from '@domovoy/contract';
import { Alert, App, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../shared/errors';
import { formatDate, formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/session';
import { useDeleteMeter, useDeleteReading, useMeterSettings, useMeters, useReadings } from './api';
import { MeterModal } from './MeterModal';
import { ReadingModal } from './ReadingModal';

/** A reading with its unit, as a Russian bill writes it («25,5 м³»). */
const readingWithUnit = (meter: Meter, reading: MeterReading | null) =>
  reading ? `${reading.values.map(readingText).join(' / ')} ${METER_RESOURCES[meter.resource].unit}` : '—';

/** A meter's readings, newest first, each deletable when wrong. */
function ReadingsTable({ meter }: { meter: Meter }) {
  const readings = useReadings(meter.id);
  const remove = useDeleteReading();
  const can = useCan();
  const { modal, message } = App.useApp();
  if (readings.error) return <Alert type="error" showIcon title={errorText(readings.error)} />;
  return (
    <Table<MeterReading>
      rowKey="id"
      size="small"
      loading={readings.isPending}
      dataSource={readings.data}
      pagination={false}
      locale={{ emptyText: 'Показаний нет' }}
      columns={[
        { key: 'date', title: 'Дата', render: (_, r) => formatDate(r.takenOn) },
        {
          key: 'values',
          title: 'Показание',
          render: (_, r) => (
            <>
              {readingWithUnit(meter, r)}{' '}
              {r.jumpConfirmed && (
                // The accounting system's readings are taken unasked: staff should look at the jump.
                <Tag color="orange">
                  {r.source === 'integration' ? 'большой расход, проверьте' : 'большой расход подтверждён'}
                </Tag>
              )}
            </>
          ),
        },
        { key: 'source', title: 'Источник', render: (_, r) => READING_SOURCES[r.source] },
        { key: 'author', title: 'Автор', render: (_, r) => r.authorName ?? '—' },
        { key: 'entered', title: 'Внесено', render: (_, r) => formatDateTime(r.createdAt) },
        {
          key: 'actions',
          width: 110,
          render: (_, r) =>
            can('meters.readings') && (
              <Button
                size="small"
                danger
                onClick={() =>
                  modal.confirm({
                    title: `Удалить показание от ${formatDate(r.takenOn)}?`,
                    okText: 'Удалить',
                    okButtonProps: { danger: true },
                    cancelText: 'Отмена',
                    onOk: () =>
                      remove.mutateAsync(r.id).catch((error: unknown) => message.error(errorText(error))),
                  })
                }
              >
                Удалить
              </Button>
            ),
        },
      ]}
    />
  );
}

type Editing = { kind: 'new' } | { kind: 'edit' | 'replace' | 'reading'; meter: Meter };

/** Issue 13, ACT-4: the premise's meters with their last readings; add, edit, replace, delete, enter readings. */
export function MetersTab({ premiseId }: { premiseId: string }) {
  const meters = useMeters(premiseId);
  const settings = useMeterSettings();
  const remove = useDeleteMeter();
  const can = useCan();
  const { modal, message } = App.useApp();
  const [editing, setEditing] = useState<Editing | null>(null);
  const editable = can('premises.edit');
  const window = settings.data?.windowFromDay
    ? `Жители передают показания в приложении с ${settings.data.windowFromDay} по ${settings.data.windowToDay} число.`
    : 'Жители передают показания в приложении в любой день.';

  if (meters.error) return <Alert type="error" showIcon title={errorText(meters.error)} />;
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{window}</Typography.Text>
        {editable && (
          <Button type="primary" onClick={() => setEditing({ kind: 'new' })}>
            Добавить счётчик
          </Button>
        )}
      </Flex>
      <Table<Meter>
        rowKey="id"
        size="middle"
        loading={meters.isPending}
        dataSource={meters.data}
        pagination={false}
        locale={{ emptyText: 'Счётчиков нет' }}
        expandable={{ expandedRowRender: (m) => <ReadingsTable meter={m} /> }}
        columns={[
          {
            key: 'resource',
            title: 'Ресурс',
            render: (_, m) => (
              <>
                {meterResourceLabel(m.resource, m.tariffs)}{' '}
                {m.replacedOn && <Tag>заменён {formatDate(m.replacedOn)}</Tag>}
              </>
            ),
          },
          { key: 'serial', title: 'Заводской номер', dataIndex: 'serialNumber' },
          { key: 'place', title: 'Место', render: (_, m) => m.place ?? '—' },
          { key: 'account', title: 'Лицевой счёт', render: (_, m) => m.accountNumber ?? '—' },
          {
            key: 'verify',
            title: 'Следующая поверка',
            render: (_, m) => formatDate(m.nextVerificationOn) || '—',
          },
          {
            key: 'last',
            title: 'Последнее показание',
            render: (_, m) =>
              m.lastReading
                ? `${readingWithUnit(m, m.lastReading)} от ${formatDate(m.lastReading.takenOn)}`
                : '—',
          },
          {
            key: 'actions',
            width: 360,
            render: (_, m) => (
              <Flex gap={8} wrap>
                {can('meters.readings') && !m.replacedOn && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setEditing({ kind: 'reading', meter: m })}
                  >
                    Внести показание
                  </Button>
                )}
                {editable && (
                  <Button size="small" onClick={() => setEditing({ kind: 'edit', meter: m })}>
                    Изменить
                  </Button>
                )}
                {editable && !m.replacedOn && (
                  <Button size="small" onClick={() => setEditing({ kind: 'replace', meter: m })}>
                    Заменить
                  </Button>
                )}
                {editable && (
                  <Button
                    size="small"
                    danger
                    onClick={() =>
                      modal.confirm({
                        title: `Удалить счётчик № ${m.serialNumber}?`,
                        content: 'Вместе со счётчиком будут удалены все его показания.',
                        okText: 'Удалить',
                        okButtonProps: { danger: true },
                        cancelText: 'Отмена',
                        onOk: () =>
                          remove.mutateAsync(m.id).catch((error: unknown) => message.error(errorText(error))),
                      })
                    }
                  >
                    Удалить
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {editing?.kind === 'new' && <MeterModal premiseId={premiseId} onClose={() => setEditing(null)} />}
      {editing?.kind === 'edit' && (
        <MeterModal premiseId={premiseId} meter={editing.meter} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'replace' && (
        <MeterModal premiseId={premiseId} meter={editing.meter} replacing onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'reading' && <ReadingModal meter={editing.meter} onClose={() => setEditing(null)} />}
    </>
  );
}
