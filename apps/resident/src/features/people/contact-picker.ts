// APP-8: «Номер можно выбрать из контактов» — the Contact Picker API, where the browser has it
// (Chrome on Android); elsewhere the field is typed by hand.

type Contact = { name?: string[]; tel?: string[] };
type ContactsManager = { select(properties: string[], options?: { multiple?: boolean }): Promise<Contact[]> };

function contactsManager(): ContactsManager | null {
  const contacts = (navigator as Navigator & { contacts?: ContactsManager }).contacts;
  return contacts && typeof contacts.select === 'function' ? contacts : null;
}

export const canPickContact = () => contactsManager() !== null;

/** One contact's first name and phone, or null when the resident closed the picker. */
export async function pickContact(): Promise<{ name: string; phone: string } | null> {
  const manager = contactsManager();
  if (!manager) return null;
  const [contact] = await manager.select(['name', 'tel'], { multiple: false });
  if (!contact) return null;
  return { name: contact.name?.[0]?.trim() ?? '', phone: contact.tel?.[0] ?? '' };
}
