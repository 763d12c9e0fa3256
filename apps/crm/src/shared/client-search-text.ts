import type { useCan } from './session';

/** what a role may search clients by — a name needs the «ФИО» right, a phone the contacts right. */
export type ClientSearchAccess = { name: boolean; phone: boolean };

export function clientSearchAccess(can: ReturnType<typeof useCan>): ClientSearchAccess {
  return { name: can('clients.pii.name'), phone: can('clients.pii.contacts') };
}

type Searchable = 'both' | 'name' | 'phone' | 'none';

const TEXTS = {
  /** The clients list's search box. */
  list: {
    both: 'ФИО или телефон: +7 916…, 8 916…, любая часть номера',
    name: 'ФИО (телефоны скрыты для вашей роли)',
    phone: 'Телефон: +7 916…, 8 916…, любая часть номера (ФИО скрыты для вашей роли)',
    none: 'Поиск по ФИО и телефону недоступен вашей роли: используйте фильтры',
  },
  /** A client picker's placeholder. */
  picker: {
    both: 'Начните вводить ФИО или телефон',
    name: 'Начните вводить ФИО',
    phone: 'Начните вводить телефон',
    none: 'Поиск клиентов по ФИО и телефону недоступен вашей роли',
  },
  /** The hint under a client picker. */
  hint: {
    both: 'ФИО или телефон в любом виде: +7 916…, 8 916…, последние цифры',
    name: 'ФИО (телефоны скрыты для вашей роли)',
    phone: 'Телефон в любом виде: +7 916…, 8 916…, последние цифры (ФИО скрыты для вашей роли)',
    none: 'Поиск клиентов по ФИО и телефону недоступен вашей роли',
  },
} as const satisfies Record<string, Record<Searchable, string>>;

/** R-3 (issue 17): the words that invite a client search name only the searches the role may make. */
export function clientSearchText({ name, phone }: ClientSearchAccess, place: keyof typeof TEXTS): string {
  const searchable: Searchable = name && phone ? 'both' : name ? 'name' : phone ? 'phone' : 'none';
  return TEXTS[place][searchable];
}
