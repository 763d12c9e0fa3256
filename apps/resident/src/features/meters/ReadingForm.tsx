import { ApiError } from '@domovoy/api-client';
import { Button, Dialog, Input } from 'antd-mobile';
import { useId, useState } from 'react';
import { errorText } from '../../shared/api-client';
import { type PremiseMeter, readingText, useSubmitReading } from './api';

/** As the server takes a value (ReadingValue): up to 11 digits, a comma or point, 3 decimals. */
const VALUE = /^\d{1,11}([.,]\d{1,3})?$/;

/** The server's words for a refusal: its detail (with the numbers, the window) or its title. */
function refusal(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title;
  return errorText(error);
}

/**
 * Today's reading of one meter, a field per tariff. A refused one stays typed with the server's
 * reason under it; a jump far above the usual consumption is sent again only when confirmed.
 */
export function ReadingForm({
  premiseId,
  meter,
  onSent,
}: {
  premiseId: string;
  meter: PremiseMeter;
  onSent(): void;
}) {
  const formId = useId();
  const submit = useSubmitReading(premiseId);
  const [values, setValues] = useState<string[]>(() => meter.tariffNames.map(() => ''));
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (confirmJump: boolean) => {
    const trimmed = values.map((value) => value.trim().replace(/\s/g, ''));
    const bad = trimmed.findIndex((value) => !VALUE.test(value));
    if (bad >= 0) {
      setProblem(
        trimmed[bad]
          ? `${meter.tariffNames.length > 1 ? `${meter.tariffNames[bad]}: ` : ''}введите число, например 123,45`
          : 'Введите показание',
      );
      return;
    }
    setProblem(null);
    try {
      await submit.mutateAsync({ meterId: meter.id, values: trimmed, confirmJump });
      onSent();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'METER_READING_JUMP' && !confirmJump) {
        const sure = await Dialog.confirm({
          title: 'Проверьте показание',
          content: refusal(error),
          confirmText: 'Показание верное',
          cancelText: 'Исправить',
        });
        if (sure) await send(true);
        return;
      }
      setProblem(refusal(error));
    }
  };

  return (
    <form
      className="reading-form"
      aria-label={`Показания: ${meter.serialNumber}`}
      onSubmit={(event) => {
        event.preventDefault();
        void send(false);
      }}
    >
      {meter.tariffNames.map((name, index) => (
        <div key={name} className="reading-field">
          <label className="label" htmlFor={`${formId}-${index}`}>
            {name}
            {meter.lastReading ? `, было ${readingText(meter.lastReading.values[index] ?? '')}` : ''}
          </label>
          <Input
            id={`${formId}-${index}`}
            aria-label={meter.tariffNames.length > 1 ? name : 'Показание'}
            inputMode="decimal"
            autoComplete="off"
            value={values[index]}
            onChange={(value) => setValues((all) => all.map((v, i) => (i === index ? value : v)))}
            onEnterPress={() => void send(false)}
          />
        </div>
      ))}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <Button block type="submit" color="primary" loading={submit.isPending}>
        Передать
      </Button>
    </form>
  );
}
