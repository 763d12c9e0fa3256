import { describe, expect, it } from 'vitest';
import { buildPaymentUrl, paymentUrlTemplateProblem } from './payment-url';

describe('paymentUrlTemplateProblem', () => {
  it.each([
    'https://pay.example.ru/?ls={account}&sum={sum}',
    'https://pay.example.ru/pay/{account}',
    'https://lk.uk-example.ru:8443/oplata?acc={account}&amount={sum}&src=domovoy',
  ])('accepts %s', (template) => {
    expect(paymentUrlTemplateProblem(template)).toBeUndefined();
  });

  it.each([
    ['http://pay.example.ru/?ls={account}', 'PAYMENT_URL_HTTPS'],
    ['ftp://pay.example.ru/{account}', 'PAYMENT_URL_HTTPS'],
    ['https://pay.example.ru/?sum={sum}', 'PAYMENT_URL_ACCOUNT'],
    ['https://pay.example.ru/?ls={account}&x={phone}', 'PAYMENT_URL_PLACEHOLDER'],
    ['https://pay.example.ru/?ls={account', 'PAYMENT_URL_PLACEHOLDER'],
    ['https://{account}.example.ru/', 'PAYMENT_URL_FORMAT'],
    ['https://localhost/{account}', 'PAYMENT_URL_FORMAT'],
    ['https://a:b@pay.example.ru/{account}', 'PAYMENT_URL_FORMAT'],
    ['https://pay.example.ru/{account} ', 'PAYMENT_URL_FORMAT'],
    [`https://pay.example.ru/${'x'.repeat(2000)}{account}`, 'PAYMENT_URL_TOO_LONG'],
  ])('refuses %s with %s', (template, code) => {
    expect(paymentUrlTemplateProblem(template)?.code).toBe(code);
  });
});

describe('buildPaymentUrl', () => {
  it('puts the account number and the sum in URL-encoded', () => {
    expect(buildPaymentUrl('https://pay.example.ru/?ls={account}&sum={sum}', 'ЛС 12/3&x', '1500.50')).toBe(
      'https://pay.example.ru/?ls=%D0%9B%D0%A1%2012%2F3%26x&sum=1500.50',
    );
    expect(buildPaymentUrl('https://pay.example.ru/{account}/{account}', '7', '1.00')).toBe(
      'https://pay.example.ru/7/7',
    );
  });
});
