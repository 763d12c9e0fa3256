import { Button, Input } from 'antd-mobile';
import { useState } from 'react';
import { ApiError, errorText } from '../../shared/api-client';
import { formatPhone, phoneComplete, toE164 } from '../../shared/phone-mask';
import { useRequestCode, useVerifyCode } from './api';
import { PhoneInput } from './PhoneInput';
import { minutesSeconds, useCountdown } from './use-countdown';

const CODE_LENGTH = 6;

/** A «CODE_TOO_SOON» refusal says how long to wait. */
function retryAfter(error: unknown): number | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const seconds = (error.problem as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : undefined;
}

/** Sign-in with an SMS code: the phone, «Получить код», then the 6 digits (sent as soon as typed). */
export function CodeSignIn({ digits, onDigits }: { digits: string; onDigits(digits: string): void }) {
  const [step, setStep] = useState<'phone' | 'code'>('phone');
  const [code, setCode] = useState('');
  const requestCode = useRequestCode();
  const verify = useVerifyCode();
  const countdown = useCountdown();
  const phone = toE164(digits);

  const sendCode = () =>
    requestCode.mutate(phone, {
      onSuccess: (result) => {
        countdown.start(result.resendInSeconds);
        setCode('');
        verify.reset();
        setStep('code');
      },
      onError: (error) => {
        const wait = retryAfter(error);
        if (wait !== undefined) {
          countdown.start(wait);
          setStep('code');
        }
      },
    });

  const changeCode = (value: string) => {
    const typed = value.replace(/\D/g, '').slice(0, CODE_LENGTH);
    setCode(typed);
    if (typed.length === CODE_LENGTH && !verify.isPending) verify.mutate({ phone, code: typed });
  };

  if (step === 'phone')
    return (
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (phoneComplete(digits)) sendCode();
        }}
      >
        <label className="label" htmlFor="phone">
          Номер телефона
        </label>
        <PhoneInput digits={digits} onChange={onDigits} autoFocus />
        {requestCode.isError && (
          <p className="error" role="alert">
            {errorText(requestCode.error)}
          </p>
        )}
        <Button
          block
          type="submit"
          color="primary"
          size="large"
          disabled={!phoneComplete(digits)}
          loading={requestCode.isPending}
        >
          Получить код
        </Button>
      </form>
    );

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (code.length === CODE_LENGTH) verify.mutate({ phone, code });
      }}
    >
      <p className="hint">Код отправлен в SMS на номер {formatPhone(digits)}</p>
      <label className="label" htmlFor="code">
        Код из SMS
      </label>
      <Input
        id="code"
        aria-label="Код из SMS"
        inputMode="numeric"
        autoComplete="one-time-code"
        placeholder="6 цифр"
        autoFocus
        maxLength={CODE_LENGTH}
        value={code}
        onChange={changeCode}
      />
      {(verify.isError || requestCode.isError) && (
        <p className="error" role="alert">
          {errorText(verify.error ?? requestCode.error)}
        </p>
      )}
      <Button
        block
        type="submit"
        color="primary"
        size="large"
        disabled={code.length !== CODE_LENGTH}
        loading={verify.isPending}
      >
        Войти
      </Button>
      {countdown.left > 0 ? (
        <p className="hint">Получить новый код можно через {minutesSeconds(countdown.left)}</p>
      ) : (
        <Button block fill="none" color="primary" onClick={sendCode} loading={requestCode.isPending}>
          Получить код ещё раз
        </Button>
      )}
      <Button block fill="none" onClick={() => setStep('phone')}>
        Изменить номер
      </Button>
    </form>
  );
}
