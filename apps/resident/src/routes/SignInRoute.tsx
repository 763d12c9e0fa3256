import { Button } from 'antd-mobile';
import { useState } from 'react';
import { CodeSignIn } from '../features/auth/CodeSignIn';
import { PasswordSignIn } from '../features/auth/PasswordSignIn';
import { OfflineBanner } from '../shared/OfflineBanner';

/** AUTH-1: sign-in by an SMS code, or by the password set in «Мои данные». */
export function SignInRoute() {
  const [mode, setMode] = useState<'code' | 'password'>('code');
  const [digits, setDigits] = useState('');
  return (
    <main className="page page-centered">
      <OfflineBanner />
      <h1 className="title">Вход</h1>
      <p className="hint">Войдите по номеру телефона, который вы сообщили управляющей компании.</p>
      {mode === 'code' ? (
        <CodeSignIn digits={digits} onDigits={setDigits} />
      ) : (
        <PasswordSignIn digits={digits} onDigits={setDigits} />
      )}
      <Button
        block
        fill="none"
        color="primary"
        onClick={() => setMode(mode === 'code' ? 'password' : 'code')}
      >
        {mode === 'code' ? 'Войти по паролю' : 'Войти по коду из SMS'}
      </Button>
    </main>
  );
}
