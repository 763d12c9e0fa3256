export function RegistrationRequestRoute() {
  return null;
}
