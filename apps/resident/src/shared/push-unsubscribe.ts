/**
 * Issue 14: «Выйти» ends push on this device too — the browser's subscription is dropped (the
 * server drops its copy with the session). Small on purpose: sign-out is on the first screen's path.
 */
export async function unsubscribePush(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration('/app/');
  const subscription = await registration?.pushManager?.getSubscription();
  await subscription?.unsubscribe();
}
