// T-3: the brand colour on the page, and remembered per organisation on this device so the next
// start (sign-in included) opens in it rather than flashing the default blue first.

const key = (organization: string) => `domovoy.resident.brandColor.${organization}`;
const COLOR = /^#[0-9a-f]{6}$/i;

/** Sets antd-mobile's primary colour and the browser's theme colour (the installed app's bar). */
export function applyBrandColor(color: string): void {
  document.documentElement.style.setProperty('--adm-color-primary', color);
  let meta = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'theme-color';
    document.head.append(meta);
  }
  meta.content = color;
}

export function rememberBrandColor(organization: string, color: string): void {
  localStorage.setItem(key(organization), color);
}

/** At start: the colour this organisation's app wore last on this device, if any. */
export function applyRememberedBrandColor(organization: string): void {
  const color = localStorage.getItem(key(organization));
  if (color && COLOR.test(color)) applyBrandColor(color);
}
