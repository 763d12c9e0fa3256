export function StaffRoute() {
  return null;
}
