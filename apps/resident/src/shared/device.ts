import { APP_VERSION } from './app-version';
import type { ResidentDevice } from './resident-types';

const BROWSERS: [RegExp, string][] = [
  [/YaBrowser\//, 'Яндекс Браузер'],
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

/** S-1: what this device tells the server about itself when it signs in («Активные сеансы» in the CRM). */
export function thisDevice(): ResidentDevice {
  const agent = navigator.userAgent;
  const platform = /android/i.test(agent) ? 'android' : /iphone|ipad/i.test(agent) ? 'ios' : 'web';
  const browser = BROWSERS.find(([pattern]) => pattern.test(agent))?.[1] ?? 'Браузер';
  return { name: `${browser}, веб-приложение`, platform, appVersion: APP_VERSION };
}
