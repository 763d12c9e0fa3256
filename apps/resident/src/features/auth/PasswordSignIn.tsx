import { Button, Input } from 'antd-mobile';
import { useState } from 'react';
import { errorText } from '../../shared/api-client';
import { phoneComplete, toE164 } from '../../shared/phone-mask';
import { usePasswordLogin } from './api';
import { PhoneInput } from './PhoneInput';

/** Sign-in with the phone and the password set in «Мои данные». */
export function PasswordSignIn({ digits, onDigits }: { digits: string; onDigits(digits: string): void }) {
  const [password, setPassword] = useState('');
  const login = usePasswordLogin();
  const ready = phoneComplete(digits) && password.length > 0;
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) login.mutate({ phone: toE164(digits), password });
      }}
    >
      <label className="label" htmlFor="phone">
        Номер телефона
      </label>
      <PhoneInput digits={digits} onChange={onDigits} />
      <label className="label" htmlFor="password">
        Пароль
      </label>
      <Input
        id="password"
        aria-label="Пароль"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
      />
      {login.isError && (
        <p className="error" role="alert">
          {errorText(login.error)}
        </p>
      )}
      <Button block type="submit" color="primary" size="large" disabled={!ready} loading={login.isPending}>
        Войти
      </Button>
    </form>
  );
}
