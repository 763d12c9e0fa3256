// Excel files for the import screenshots, made from the demo organisation as the API shows it:
// a premises file of new premises, and a consolidated file that gives a demo premise a new owner
// (so its preview lists the old owner and their dependents as I-5 removals).
import ExcelJS from 'exceljs';
import type { APIRequestContext } from 'playwright-core';

type Premise = {
  id: string;
  objectId: string;
  typeLabel: string;
  street: string | null;
  house: string | null;
  building: string | null;
  number: string | null;
};
type Link = { clientId: string; role: string; ownerClientId: string | null };

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Данные');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A demo flat whose owner has someone depending on them. */
async function premiseWithDependents(request: APIRequestContext, baseUrl: string): Promise<Premise> {
  const list = (await (await request.get(`${baseUrl}/api/premises?type=flat&pageSize=100`)).json()) as {
    items: Premise[];
  };
  for (const premise of list.items) {
    const links = (await (
      await request.get(`${baseUrl}/api/premises/${premise.id}/clients`)
    ).json()) as Link[];
    if (links.some((l) => l.role === 'owner' && links.some((d) => d.ownerClientId === l.clientId)))
      return premise;
  }
  throw new Error('no demo premise has an owner with dependents');
}

export async function importDemoFiles(request: APIRequestContext, baseUrl: string) {
  const premise = await premiseWithDependents(request, baseUrl);
  const street = premise.street ?? '';
  const consolidated = await xlsx([
    [
      'Тип помещения',
      'Улица',
      'Дом',
      'Корпус',
      'Номер помещения',
      'ФИО / наименование',
      'Телефон',
      'Основание',
    ],
    [
      premise.typeLabel,
      street,
      premise.house,
      premise.building,
      premise.number,
      'Новиков Андрей Петрович',
      '+7 916 000-11-22',
      'Собственник',
    ],
    [
      'Квартира',
      street,
      premise.house,
      premise.building,
      '901',
      'Новикова Мария Андреевна',
      '+7 916 000-11-23',
      'Собственник',
    ],
  ]);
  const premises = await xlsx([
    ['Тип помещения', 'Улица', 'Дом', 'Корпус', 'Номер помещения', 'Общая площадь', 'Лицевой счёт'],
    ['Квартира', street, premise.house, premise.building, '902', 54.3, '9020001'],
    ['Квартира', street, premise.house, premise.building, '903', 61.8, '9030001'],
    ['Кладовая', street, premise.house, premise.building, '17', 4.2, ''],
  ]);
  const accounts = (await (await request.get(`${baseUrl}/api/premises/${premise.id}/accounts`)).json()) as {
    legalEntityId: string;
  }[];
  return { objectId: premise.objectId, legalEntityId: accounts[0]?.legalEntityId, consolidated, premises };
}
