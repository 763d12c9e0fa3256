// The example rows of the import templates: what a user types, cell by cell (dates as Excel
// dates, areas as numbers). The template test reads them back through the parser.
import { type Cell, cellText } from './cell-parsers';
import type { ColumnKey, TemplateKind } from './columns';
import type { MatchedColumn } from './match-headers';
import { isErrorCell, readCell } from './read-cell';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

type Example<K extends TemplateKind> = Partial<Record<ColumnKey<K>, Cell>>;

const FLAT_15 = {
  premiseType: 'Квартира',
  street: 'ул. Северная',
  house: '1',
  number: '15',
  entrance: '1',
  floor: 3,
  rooms: 2,
  totalArea: 54.3,
  livingArea: 30.1,
  cadastralNumber: '77:01:0001001:1015',
  registeredResidents: 3,
  premiseExternalId: 'КВ-0015',
  premiseTags: 'Угловая',
  accountNumber: '4000000015',
  els: '75ДА533315',
  accountExternalId: 'ЛС-0015',
  accountHidden: 'нет',
} as const;

export const TEMPLATE_EXAMPLES: { [K in TemplateKind]: Example<K>[] } = {
  consolidated: [
    {
      ...FLAT_15,
      clientFullName: 'Иванов Иван Иванович',
      clientPhone: '+7 916 123-45-67',
      clientExtraPhone: '+7 903 111-22-33',
      clientEmail: 'ivanov@mail.ru',
      clientType: 'Физическое лицо',
      clientInn: '770712345633',
      clientSnils: '112-233-445 95',
      clientBirthDate: day(1980, 3, 15),
      clientExternalId: '1C-000101',
      role: 'Собственник',
      share: '1/2',
      dduNumber: 'ДДУ-15/2019',
      dduDate: day(2019, 2, 1),
      actNumber: 'А-15',
      actDate: day(2020, 3, 10),
      certificateNumber: '77-АБ 123456',
      certificateDate: day(2020, 5, 15),
      contractNumber: 'ДУ-15',
      contractDate: day(2020, 4, 1),
      keepOnSync: 'нет',
      clientTags: 'Совет дома',
    },
    {
      ...FLAT_15,
      clientFullName: 'Иванова Мария Петровна',
      clientPhone: '8 903 765-43-21',
      clientType: 'Физическое лицо',
      clientExternalId: '1C-000102',
      role: 'Житель / член семьи',
      owner: '+7 916 123-45-67',
      keepOnSync: 'да',
    },
    {
      premiseType: 'Машиноместо',
      street: 'ул. Северная',
      house: '1',
      number: '12',
      totalArea: 13.25,
      premiseExternalId: 'ММ-0012',
      accountNumber: '4000000112',
      clientFullName: 'ООО «Ромашка»',
      clientPhone: '+7 495 123-45-67',
      clientEmail: 'office@romashka.ru',
      clientType: 'Юридическое лицо',
      clientInn: '7707083893',
      clientKpp: '773601001',
      clientOgrn: '1027700132195',
      clientExternalId: '1C-000205',
      role: 'Собственник',
      share: '1',
      contractNumber: 'ДУ-112',
      contractDate: day(2021, 6, 1),
    },
  ],
  premises: [
    FLAT_15,
    {
      premiseType: 'Кладовая',
      street: 'ул. Северная',
      house: '1',
      building: '2',
      number: '3',
      entrance: '2',
      floor: -1,
      totalArea: 4.5,
      premiseExternalId: 'КЛ-0003',
      accountNumber: '4000000903',
      accountHidden: 'да',
    },
    {
      premiseType: 'Участок',
      street: 'СНТ «Берёзка»',
      number: '27',
      totalArea: 600,
      premiseExternalId: 'УЧ-0027',
      accountNumber: '4000002027',
      els: '50АБ000027',
    },
  ],
};

const normalized = (cell: Cell) => cellText(cell).replace(/\s+/g, ' ').trim();

/**
 * Issue 17: a row that is one of the template's example rows exactly as the template has it (in
 * every column the file has) is not data — the template uploaded as it is must not create Иванов
 * Иван Иванович. A row changed in any cell is the user's own.
 */
export function isTemplateExample(
  kind: TemplateKind,
  cells: readonly unknown[],
  columns: readonly MatchedColumn[],
): boolean {
  if (columns.length === 0) return false;
  // A cell's text only when an example still matches up to it: most rows differ at once.
  const texts: (string | null | undefined)[] = [];
  const textAt = (i: number, column: MatchedColumn) => {
    let text = texts[i];
    if (text === undefined) {
      const cell = readCell(cells[column.index]);
      text = texts[i] = isErrorCell(cell) ? null : normalized(cell);
    }
    return text;
  };
  return exampleTexts(kind).some((example) =>
    columns.every((column, i) => textAt(i, column) === (example.get(column.key) ?? '')),
  );
}

const EXAMPLE_TEXTS = new Map<TemplateKind, Map<string, string>[]>();

/** Each example row's normalized text by column key, worked out once. */
function exampleTexts(kind: TemplateKind): Map<string, string>[] {
  let texts = EXAMPLE_TEXTS.get(kind);
  if (!texts) {
    const examples = TEMPLATE_EXAMPLES[kind] as Record<string, Cell | undefined>[];
    texts = examples.map(
      (example) => new Map(Object.entries(example).map(([key, cell]) => [key, normalized(cell ?? null)])),
    );
    EXAMPLE_TEXTS.set(kind, texts);
  }
  return texts;
}
