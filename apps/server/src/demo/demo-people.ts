// Russian names for the demo organisation and the benchmark: surnames agree with the gender
// (Иванов → Иванова, Вишневский → Вишневская, Шевченко stays), patronymics come from the
// father's name (Пётр → Петрович / Петровна). Common names come up more often, as in life.

export type Gender = 'male' | 'female';

export const SURNAMES = (
  'Иванов,Смирнов,Кузнецов,Попов,Васильев,Петров,Соколов,Михайлов,Новиков,Фёдоров,Морозов,Волков,' +
  'Алексеев,Лебедев,Семёнов,Егоров,Павлов,Козлов,Степанов,Николаев,Орлов,Андреев,Макаров,Никитин,' +
  'Захаров,Зайцев,Соловьёв,Борисов,Яковлев,Григорьев,Романов,Воробьёв,Сергеев,Кузьмин,Фролов,' +
  'Александров,Дмитриев,Королёв,Гусев,Киселёв,Ильин,Максимов,Поляков,Сорокин,Виноградов,Ковалёв,Белов,' +
  'Медведев,Антонов,Тарасов,Жуков,Баранов,Филиппов,Комаров,Давыдов,Беляев,Герасимов,Богданов,Осипов,' +
  'Сидоров,Матвеев,Титов,Марков,Миронов,Крылов,Куликов,Карпов,Власов,Мельников,Денисов,Гаврилов,' +
  'Тихонов,Казаков,Афанасьев,Данилов,Савельев,Тимофеев,Фомин,Чернов,Абрамов,Мартынов,Ефимов,Федотов,' +
  'Щербаков,Назаров,Калинин,Исаев,Чернышёв,Быков,Маслов,Родионов,Коновалов,Лазарев,Воронин,Климов,' +
  'Филатов,Пономарёв,Голубев,Кудрявцев,Прохоров,Наумов,Потапов,Журавлёв,Овчинников,Трофимов,Леонов,' +
  'Соболев,Ермаков,Колесников,Гончаров,Емельянов,Никифоров,Грачёв,Котов,Гришин,Ефремов,Архипов,' +
  'Громов,Кириллов,Малышев,Панов,Моисеев,Румянцев,Акимов,Кондратьев,Бирюков,Горбунов,Анисимов,Ерёмин,' +
  'Тихомиров,Галкин,Лукьянов,Михеев,Скворцов,Юдин,Белоусов,Нестеров,Симонов,Прокофьев,Харитонов,' +
  'Князев,Цветков,Левин,Митрофанов,Воронов,Аксёнов,Мальцев,Логинов,Горшков,Савин,Краснов,Майоров,' +
  'Демидов,Елисеев,Рыбаков,Сафонов,Плотников,Дёмин,Хохлов,Жданов,Тагиров,Хасанов,Сафин,Галиев,Алиев,' +
  'Гасанов,Мамедов,Абдуллаев,Вишневский,Покровский,Троицкий,Успенский,Островский,Завадский,Толстой,' +
  'Трубецкой,Луговой,Белый,Черных,Седых,Белых,Шевченко,Бондаренко,Коваленко,Кравченко,Руденко,' +
  'Ковальчук,Полищук,Мельник,Ким,Пак'
).split(',');

/** Men's names with the stem of the patronymic (+ич / +на), or both patronymics when irregular. */
const MEN = (
  'Александр,Алексей:Алексеев,Андрей:Андреев,Антон,Артём,Борис,Вадим,Валерий:Валерьев,Василий:Васильев,Виктор,' +
  'Виталий:Витальев,Владимир,Владислав,Геннадий:Геннадьев,Георгий:Георгиев,Григорий:Григорьев,' +
  'Денис,Дмитрий:Дмитриев,Евгений:Евгеньев,Егор,Иван,Игорь:Игорев,Илья:Ильич/Ильинична,Кирилл,' +
  'Константин,Лев:Львов,Леонид,Максим,Матвей:Матвеев,Михаил:Михайлов,Никита:Никитич/Никитична,' +
  'Николай:Николаев,Олег,Павел:Павлов,Пётр:Петров,Роман,Руслан,Семён,Сергей:Сергеев,Станислав,' +
  'Степан,Тимофей:Тимофеев,Тимур,Фёдор,Юрий:Юрьев,Ярослав,Анатолий:Анатольев,Глеб,Марк,Эдуард'
)
  .split(',')
  .map((entry) => {
    const [name = '', rule = `${entry}ов`] = entry.split(':');
    const [male, female] = rule.includes('/') ? rule.split('/') : [`${rule}ич`, `${rule}на`];
    return { name, patronymic: { male: male ?? '', female: female ?? '' } };
  });

/** Every man's name with the patronymics it gives (for the demo's own test). */
export const PATRONYMICS = MEN;

export const MEN_NAMES = MEN.map((m) => m.name);
export const WOMEN_NAMES = (
  'Анна,Мария,Елена,Ольга,Наталья,Татьяна,Ирина,Екатерина,Светлана,Юлия,Анастасия,Дарья,Марина,' +
  'Людмила,Галина,Валентина,Нина,Любовь,Надежда,Вера,Ксения,Алёна,Виктория,Полина,Евгения,' +
  'Александра,Софья,Алина,Кристина,Елизавета,Маргарита,Лариса,Тамара,Оксана,Вероника,Яна,Диана,' +
  'Жанна,Раиса,Зоя'
).split(',');

/** The surname in the form for this gender. */
export function surnameFor(surname: string, gender: Gender): string {
  if (gender === 'male') return surname;
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ий|ый|ой)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  return surname; // Шевченко, Черных, Ковальчук, Ким
}

/** An index into a list of n, the first ones more often (a rough Zipf). */
export function skewedIndex(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * random() ** 1.7));
}

export type PersonName = { fullName: string; surname: string; gender: Gender };

/** «Фамилия Имя Отчество»; `surname` (men's form) keeps a family together. */
export function personName(random: () => number, gender: Gender, surname?: string): PersonName {
  const family = surname ?? SURNAMES[skewedIndex(random, SURNAMES.length)] ?? 'Иванов';
  const first =
    gender === 'male'
      ? MEN_NAMES[skewedIndex(random, MEN_NAMES.length)]
      : WOMEN_NAMES[skewedIndex(random, WOMEN_NAMES.length)];
  const father = MEN[skewedIndex(random, MEN.length)]?.patronymic ?? { male: '', female: '' };
  return {
    fullName: `${surnameFor(family, gender)} ${first} ${father[gender]}`,
    surname: family,
    gender,
  };
}

const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const LATIN = 'a,b,v,g,d,e,e,zh,z,i,y,k,l,m,n,o,p,r,s,t,u,f,kh,ts,ch,sh,shch,,y,,e,yu,ya'.split(',');
const latin = (text: string) =>
  Array.from(text.toLowerCase(), (ch) => LATIN[CYRILLIC.indexOf(ch)] ?? ch).join('');
const MAIL_DOMAINS = ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru'];

/** ivanova.a84@mail.ru */
export function emailOf(random: () => number, fullName: string): string {
  const [surname = '', first = ''] = fullName.split(' ');
  const domain = MAIL_DOMAINS[skewedIndex(random, MAIL_DOMAINS.length)];
  return `${latin(surname)}.${latin(first).slice(0, 1)}${10 + Math.floor(random() * 90)}@${domain}`;
}

/** A date between two years, as YYYY-MM-DD. */
export function dateBetween(random: () => number, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 11, 31);
  return new Date(from + Math.floor(random() * (to - from))).toISOString().slice(0, 10);
}

// The operator codes of Russian mobile numbers that come up most.
const MOBILE_CODES = [
  '916',
  '926',
  '903',
  '905',
  '915',
  '925',
  '985',
  '977',
  '910',
  '909',
  '999',
  '963',
  '968',
];

/** The demo resident of the README: an owner in «УК Демо» who signs in with an SMS code. */
export const DEMO_RESIDENT_PHONE = '+79990000001';

/** Unique mobile numbers +7 9xx xxx-xx-xx (E.164). */
export function mobilePhones(random: () => number) {
  const used = new Set<string>();
  return (): string => {
    for (;;) {
      const code = MOBILE_CODES[skewedIndex(random, MOBILE_CODES.length)];
      const phone = `+7${code}${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
      if (used.has(phone)) continue;
      used.add(phone);
      return phone;
    }
  };
}

const COMPANIES = (
  'Северное сияние,Домашний уют,Альфа-Сервис,ТехноСтрой,Пекарня Колосок,Цветочная лавка,' +
  'Стоматология Улыбка,Фитнес Лайм,Ателье Стежок,Продукты 24,Медцентр Здоровье,Оптика Зоркий глаз,' +
  'Зоомагазин Барбос,Кофейня Зерно,Ремонт-Мастер,Детский клуб Солнышко,Аптека Ромашка,Вектор'
).split(',');
const FORMS = ['ООО', 'ООО', 'ООО', 'АО'];

/** ООО «Пекарня Колосок»: the i-th company name, all different for the first 72. */
export function companyName(i: number): string {
  return `${FORMS[Math.floor(i / COMPANIES.length) % FORMS.length]} «${COMPANIES[i % COMPANIES.length]}»`;
}

const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const check = (digits: number[], weights: number[]) =>
  (weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11) % 10;

/** An ИНН with valid check digits: 10 digits for an organisation, 12 for a person or ИП (region 77). */
export function innOf(random: () => number, kind: 'legal' | 'individual'): string {
  const digits = [7, 7, ...Array.from({ length: kind === 'legal' ? 7 : 8 }, () => Math.floor(random() * 10))];
  if (kind === 'legal') digits.push(check(digits, W10));
  else digits.push(check(digits, W11), check([...digits, check(digits, W11)], W12));
  return digits.join('');
}
