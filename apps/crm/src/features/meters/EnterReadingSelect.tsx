import { meterResourceLabel } from '@domovoy/contract';
import { Select } from 'antd';
import { useState } from 'react';
import { useCan } from '../../shared/session';
import { useMeters } from './api';
import { ReadingModal } from './ReadingModal';

/** ACT-4: «Внести показания» from the activity tab — choose the meter (keyboard too), then the reading. */
export function EnterReadingSelect({ premiseId }: { premiseId: string }) {
  const can = useCan();
  const meters = useMeters(premiseId);
  const [meterId, setMeterId] = useState<string | null>(null);
  if (!can('meters.readings')) return null;
  const inService = (meters.data ?? []).filter((meter) => !meter.replacedOn);
  const meter = inService.find((m) => m.id === meterId);
  return (
    <>
      <Select
        aria-label="Внести показания"
        placeholder={inService.length || meters.isPending ? 'Внести показания…' : 'Счётчиков нет'}
        disabled={!meters.isPending && inService.length === 0}
        style={{ minWidth: 220 }}
        value={null}
        options={inService.map((m) => ({
          value: m.id,
          label: `${meterResourceLabel(m.resource, m.tariffs)} № ${m.serialNumber}`,
        }))}
        onChange={(id) => setMeterId(id)}
      />
      {meter && <ReadingModal meter={meter} onClose={() => setMeterId(null)} />}
    </>
  );
}
