// APP-2 «Оплатить все»: a legal entity's payment page as a URL template. The app opens the page
// with the account number and the sum put in; no card data passes through Domovoy.

export const PAYMENT_URL_PLACEHOLDERS = ['{account}', '{sum}'] as const;

export type PaymentUrlProblem = { code: string; message: string };

const MAX_LENGTH = 2000;

/** Why the template cannot be a payment page; undefined when it can. */
export function paymentUrlTemplateProblem(template: string): PaymentUrlProblem | undefined {
  if (template.length > MAX_LENGTH) {
    return { code: 'PAYMENT_URL_TOO_LONG', message: `Не длиннее ${MAX_LENGTH} символов` };
  }
  if (/\s/.test(template)) {
    return { code: 'PAYMENT_URL_FORMAT', message: 'Адрес страницы оплаты не может содержать пробелов' };
  }
  const unknown = (template.match(/\{[^}]*\}?/g) ?? []).find(
    (part) => !(PAYMENT_URL_PLACEHOLDERS as readonly string[]).includes(part),
  );
  if (unknown) {
    return {
      code: 'PAYMENT_URL_PLACEHOLDER',
      message: `Неизвестная подстановка «${unknown}»: можно только {account} (лицевой счёт) и {sum} (сумма)`,
    };
  }
  if (!template.includes('{account}')) {
    return {
      code: 'PAYMENT_URL_ACCOUNT',
      message: 'Укажите в адресе {account}: на его место встанет номер лицевого счёта',
    };
  }
  let url: URL;
  try {
    url = new URL(template.replaceAll('{account}', '1').replaceAll('{sum}', '1'));
  } catch {
    return {
      code: 'PAYMENT_URL_FORMAT',
      message: 'Укажите адрес страницы оплаты, например https://pay.example.ru/?ls={account}&sum={sum}',
    };
  }
  if (url.protocol !== 'https:') {
    return { code: 'PAYMENT_URL_HTTPS', message: 'Адрес страницы оплаты должен начинаться с https://' };
  }
  const other = new URL(template.replaceAll('{account}', '2').replaceAll('{sum}', '2'));
  if (other.origin !== url.origin) {
    return {
      code: 'PAYMENT_URL_FORMAT',
      message: 'Подстановки {account} и {sum} — только в пути или параметрах адреса, не в имени сайта',
    };
  }
  if (url.username || url.password || !url.hostname.includes('.')) {
    return {
      code: 'PAYMENT_URL_FORMAT',
      message: 'Укажите адрес страницы оплаты, например https://pay.example.ru/?ls={account}&sum={sum}',
    };
  }
  return undefined;
}

/** The payment page for one account: the number and the sum URL-encoded into the template. */
export function buildPaymentUrl(template: string, account: string, sum: string): string {
  return template
    .replaceAll('{account}', encodeURIComponent(account))
    .replaceAll('{sum}', encodeURIComponent(sum));
}
