// permissions of the section «Управление», as named in the CRM's role editor.
// Staff and settings permissions cover the administrator's pages.

export const PERMISSIONS = {
  'premises.view': { group: 'premises', label: 'Помещения: доступ к разделу' },
  'premises.edit': { group: 'premises', label: 'Помещения: редактирование' },
  'meters.readings': { group: 'premises', label: 'Показания счётчиков: внесение и удаление' },
  'clients.view': { group: 'clients', label: 'Клиенты: доступ к разделу' },
  'clients.edit': { group: 'clients', label: 'Клиенты: редактирование' },
  'clients.pii.name': { group: 'clients', label: 'Просмотр персональных данных (ФИО)' },
  'clients.pii.contacts': { group: 'clients', label: 'Просмотр персональных данных (контактная информация)' },
  'clients.activity': { group: 'clients', label: 'Активности клиента' },
  'tags.create': { group: 'clients', label: 'Изменения тегов' },
  'requests.view': { group: 'requests', label: 'Заявки: доступ к разделу' },
  'requests.create': { group: 'requests', label: 'Заявки: создание' },
  'requests.edit': { group: 'requests', label: 'Заявки: редактирование' },
  'requests.status': { group: 'requests', label: 'Заявки: изменение статуса' },
  'requests.internal': { group: 'requests', label: 'Заявки: просмотр внутренних комментариев' },
  'mailings.view': { group: 'media', label: 'Рассылки: просмотр' },
  'mailings.create': { group: 'media', label: 'Рассылки: создание и отмена' },
  'monitor.view': { group: 'media', label: 'Монитор основных метрик' },
  'export.clients': { group: 'export', label: 'Возможность выгрузки отчёта: Клиенты' },
  'export.registrations': {
    group: 'export',
    label: 'Возможность выгрузки отчёта: Заявки на регистрацию и неидентифицированные',
  },
  'export.meter_readings': { group: 'export', label: 'Возможность выгрузки отчёта: Показания счётчиков' },
  'staff.manage': { group: 'admin', label: 'Сотрудники и роли доступа' },
  'settings.manage': { group: 'admin', label: 'Настройки: юрлица, объекты, группы объектов, кварталы' },
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export const PERMISSION_GROUPS = {
  premises: 'Помещения',
  clients: 'Клиенты',
  requests: 'Заявки',
  media: 'Медиа сервисы',
  export: 'Выгрузка отчётов',
  admin: 'Администрирование',
} as const;
