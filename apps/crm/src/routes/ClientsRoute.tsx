export function ClientsRoute() {
  return null;
}
