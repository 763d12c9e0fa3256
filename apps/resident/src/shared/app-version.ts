declare const __APP_VERSION__: string;

/** The app's version (apps/resident/package.json), shown in «О приложении» and sent with sign-ins. */
export const APP_VERSION: string = __APP_VERSION__;
