// Sums as the server sends them: roubles with kopecks in a string («1234.50»; negative — overpaid).

const rubles = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' });

/** «1 234,50 ₽» from «1234.50». */
export const formatMoney = (amount: string) => rubles.format(Number(amount));

const monthFormat = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric' });
/** «март 2026 г.» from 2026-03. */
export const formatPeriod = (period: string) => monthFormat.format(new Date(`${period}-15T12:00:00`));

/** Copies text, with a fallback where the Clipboard API is refused (an insecure page, an old WebView). */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}
