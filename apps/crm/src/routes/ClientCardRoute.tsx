export function ClientCardRoute() {
  return null;
}
