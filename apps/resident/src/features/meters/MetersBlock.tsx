import { meterResourceLabel } from '@domovoy/contract';
import { List, Toast } from 'antd-mobile';
import { useState } from 'react';
import { formatDate } from '../../shared/labels';
import { type PremiseMeter, readingText, useMeters } from './api';
import { ReadingForm } from './ReadingForm';
import './meters.css';

function lastReading(meter: PremiseMeter): string {
  const last = meter.lastReading;
  if (!last) return 'Показаний пока нет';
  const values = last.values.map(readingText).join(' / ');
  return `${values} ${meter.unit} · ${formatDate(last.takenOn)}`;
}

/**
 * APP-3: the premise's meters with their last readings (their number is the card's «Приборы
 * учёта»); «Передать» opens a meter's reading while the window is open — its days are said either way.
 */
export function MetersBlock({ premiseId }: { premiseId: string }) {
  const meters = useMeters(premiseId);
  const [open, setOpen] = useState<string | null>(null);
  if (!meters.data) return null; // the card above already counts them; nothing to add while loading
  const { window } = meters.data;
  const list = meters.data.meters;
  return (
    <section aria-label="Счётчики">
      <List header="Показания счётчиков" className="meters">
        {window && (
          <List.Item className={window.open ? 'meters-window' : 'meters-window meters-window-closed'}>
            {window.open
              ? `Показания принимаются ${window.text}`
              : `Показания принимаются ${window.text}. Сейчас приём закрыт`}
          </List.Item>
        )}
        {list.length === 0 && <List.Item>Счётчиков в помещении нет</List.Item>}
        {list.map((meter) => (
          <List.Item
            key={meter.id}
            className="meter"
            title={`№ ${meter.serialNumber}${meter.place ? ` · ${meter.place}` : ''}`}
            description={
              <>
                <span className="meter-last">{lastReading(meter)}</span>
                {open === meter.id && (
                  <ReadingForm
                    premiseId={premiseId}
                    meter={meter}
                    onSent={() => {
                      setOpen(null);
                      Toast.show({ content: 'Показания переданы', icon: 'success' });
                    }}
                  />
                )}
              </>
            }
            extra={
              window?.open === false || open === meter.id ? null : (
                <button type="button" className="meter-submit" onClick={() => setOpen(meter.id)}>
                  Передать
                </button>
              )
            }
          >
            {meterResourceLabel(meter.resource, meter.tariffs)}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
