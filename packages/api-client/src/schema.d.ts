// Generated from the server's OpenAPI document by `npm run generate:api`. Do not edit.

export interface paths {
    "/api/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Удалить лицевой счёт вместе со всем, что к нему привязано */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Изменить лицевой счёт */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        els?: null | string;
                        externalId?: null | string;
                        hiddenFromResidents?: boolean;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        legalEntityId?: string;
                        number?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: null | {
                                /** @description Сумма к оплате, рубли с копейками: «1234.50» */
                                amount: string;
                                /** @description Расчётный месяц, ГГГГ-ММ */
                                period: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            els: null | string;
                            externalId: null | string;
                            /** @description Не отображать в ЛК жителя */
                            hiddenFromResidents: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            legalEntityId: string;
                            legalEntityName: string;
                            number: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/activity/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Записать звонок: помещение и/или клиент, заметка, результат, время
         * @description Без времени (occurredAt) — сейчас. Нужно право «Активности клиента»; помещение или клиент — обязательно хотя бы одно.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId?: null | string;
                        note: string;
                        /** Format: date-time */
                        occurredAt?: string;
                        premiseId?: null | string;
                        result?: null | string;
                        subject?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorName: null | string;
                            clientId: null | string;
                            clientName: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /**
                             * @description request — заявка в УК, meter_reading — показания счётчиков, call — звонок, marketplace_order — заказ в Маркетплейсе, bill_payment — оплата счёта, pass — пропуск, survey — опрос, owners_meeting — собрание собственников
                             * @enum {unknown}
                             */
                            kind: "request" | "meter_reading" | "call" | "marketplace_order" | "bill_payment" | "pass" | "survey" | "owners_meeting";
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            note: null | string;
                            number: null | number;
                            /** Format: date-time */
                            occurredAt: string;
                            premiseAddress: null | string;
                            premiseId: null | string;
                            requestType: null | string;
                            result: null | string;
                            status: null | string;
                            subject: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ключи API для учётных систем (1С, сервер УО), включая отозванные */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            lastUsedAt: null | string;
                            name: string;
                            /** @description Начало ключа, чтобы отличать ключи друг от друга */
                            prefix: string;
                            revokedAt: null | string;
                            scopes: ("import" | "export")[];
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Создать ключ: он показывается один раз */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("import" | "export")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @description Ключ для заголовка «Authorization: Bearer …». Показывается один раз: сохраните его */
                            key: string;
                            lastUsedAt: null | string;
                            name: string;
                            /** @description Начало ключа, чтобы отличать ключи друг от друга */
                            prefix: string;
                            revokedAt: null | string;
                            scopes: ("import" | "export")[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Отозвать ключ: запросы с ним сразу перестают проходить */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Вход сотрудника по логину и паролю
         * @description Возвращает токен для заголовка Authorization и ставит httpOnly cookie сессии.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expiresAt: string;
                            me: {
                                organization: {
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    name: string;
                                };
                                permissions: ("premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage")[];
                                role: {
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    name: string;
                                    system: boolean;
                                };
                                staff: {
                                    fullName: string;
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    login: string;
                                };
                            };
                            /** @description Токен сессии для заголовка Authorization: Bearer */
                            token: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Выход: сессия завершается на сервере */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Текущий сотрудник, его организация и права */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organization: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            permissions: ("premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage")[];
                            role: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                                system: boolean;
                            };
                            staff: {
                                fullName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                login: string;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Смена своего пароля; другие сессии завершаются */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Сессия этого браузера: текущий сотрудник или null, если вход не выполнен
         * @description Для веб-приложения: без сессии отвечает 200 и null, а не 401, поэтому браузер не пишет ошибку в консоль. Скриптам и интеграциям — GET /api/auth/me (без сессии 401).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null | {
                            organization: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            permissions: ("premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage")[];
                            role: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                                system: boolean;
                            };
                            staff: {
                                fullName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                login: string;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Список клиентов: поиск по ФИО или части телефона, фильтры, сортировка, страницы
         * @description Без права просмотра ФИО или контактов эти данные приходят звёздочками, а поиск по ним отклоняется (403 PII_SEARCH_FORBIDDEN).
         */
        get: {
            parameters: {
                query?: {
                    /** @description installed — входил в приложение; never — ни разу */
                    app?: "installed" | "never";
                    /** @description Только эти клиенты (отмеченные в списке) */
                    id?: string[];
                    objectGroupId?: string[];
                    objectId?: string[];
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    premiseType?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                    quarterId?: string[];
                    role?: ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner")[];
                    /** @description ФИО или любая часть телефона (+7…, 8…, цифры) */
                    search?: string;
                    sort?: "name" | "-name" | "phone" | "-phone" | "lastVisit" | "-lastVisit";
                    source?: ("self_registered" | "registration_request" | "manual" | "import")[];
                    status?: "active" | "blocked";
                    tag?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                fullName: string;
                                /** @description Входил в приложение */
                                hasApp: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                lastVisitAt: null | string;
                                masked: {
                                    /** @description Телефон и e-mail скрыты звёздочками */
                                    contacts: boolean;
                                    /** @description ФИО и документы скрыты звёздочками */
                                    name: boolean;
                                };
                                phone: null | string;
                                premises: {
                                    fullAddress: string;
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    linkId: string;
                                    objectName: string;
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    premiseId: string;
                                    /** @enum {unknown} */
                                    role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                                }[];
                                /** @enum {unknown} */
                                source: "self_registered" | "registration_request" | "manual" | "import";
                                /** @enum {unknown} */
                                status: "active" | "blocked";
                                tags: string[];
                                /** @enum {unknown} */
                                type: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Создать клиента вручную */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: null | string;
                        email?: null | string;
                        externalId?: null | string;
                        fullName: string;
                        gender?: null | ("male" | "female");
                        inn?: null | string;
                        loyaltyCard?: null | string;
                        note?: null | string;
                        passport?: null | string;
                        passportComment?: null | string;
                        phone?: null | string;
                        regAddress?: null | string;
                        regComment?: null | string;
                        regPostcode?: null | string;
                        snils?: null | string;
                        /** @enum {unknown} */
                        status?: "active" | "blocked";
                        tags?: string[];
                        taxForm?: null | ("osno" | "usn" | "eshn" | "psn" | "npd" | "ausn");
                        tester?: boolean;
                        /** @enum {unknown} */
                        type?: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            email: null | string;
                            externalIds: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                externalId: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                note: null | string;
                                /** @description Внешняя система (пусто — основная) */
                                source: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            firstLoginAt: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description Входил в приложение */
                            hasApp: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            inn: null | string;
                            lastVisitAt: null | string;
                            loyaltyCard: null | string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            note: null | string;
                            passport: null | string;
                            passportComment: null | string;
                            phone: null | string;
                            /** @description C-7: телефон можно сменить, пока клиент не входил в приложение */
                            phoneEditable: boolean;
                            photoUrl: null | string;
                            premises: {
                                fullAddress: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                linkId: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            }[];
                            regAddress: null | string;
                            regComment: null | string;
                            regPostcode: null | string;
                            snils: null | string;
                            /** @enum {unknown} */
                            source: "self_registered" | "registration_request" | "manual" | "import";
                            /** @enum {unknown} */
                            status: "active" | "blocked";
                            tags: string[];
                            taxForm: null | ("osno" | "usn" | "eshn" | "psn" | "npd" | "ausn");
                            tester: boolean;
                            /** @enum {unknown} */
                            type: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Карточка клиента */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            email: null | string;
                            externalIds: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                externalId: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                note: null | string;
                                /** @description Внешняя система (пусто — основная) */
                                source: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            firstLoginAt: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description Входил в приложение */
                            hasApp: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            inn: null | string;
                            lastVisitAt: null | string;
                            loyaltyCard: null | string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            note: null | string;
                            passport: null | string;
                            passportComment: null | string;
                            phone: null | string;
                            /** @description C-7: телефон можно сменить, пока клиент не входил в приложение */
                            phoneEditable: boolean;
                            photoUrl: null | string;
                            premises: {
                                fullAddress: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                linkId: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            }[];
                            regAddress: null | string;
                            regComment: null | string;
                            regPostcode: null | string;
                            snils: null | string;
                            /** @enum {unknown} */
                            source: "self_registered" | "registration_request" | "manual" | "import";
                            /** @enum {unknown} */
                            status: "active" | "blocked";
                            tags: string[];
                            taxForm: null | ("osno" | "usn" | "eshn" | "psn" | "npd" | "ausn");
                            tester: boolean;
                            /** @enum {unknown} */
                            type: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Удалить клиента вместе с его привязками к помещениям
         * @description Если от клиента как от собственника зависят другие клиенты помещений — 409 OWNER_HAS_DEPENDENTS; dependents=remove удаляет их привязки вместе с ним. История изменений остаётся.
         */
        delete: {
            parameters: {
                query?: {
                    dependents?: "refuse" | "remove";
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Изменить общие сведения клиента
         * @description Телефон меняется, только пока клиент не входил в приложение (409 PHONE_LOCKED). Если номер у другого клиента — 409 PHONE_TAKEN с conflictId.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: null | string;
                        email?: null | string;
                        fullName?: string;
                        gender?: null | ("male" | "female");
                        inn?: null | string;
                        loyaltyCard?: null | string;
                        note?: null | string;
                        passport?: null | string;
                        passportComment?: null | string;
                        phone?: null | string;
                        regAddress?: null | string;
                        regComment?: null | string;
                        regPostcode?: null | string;
                        snils?: null | string;
                        /** @enum {unknown} */
                        status?: "active" | "blocked";
                        tags?: string[];
                        taxForm?: null | ("osno" | "usn" | "eshn" | "psn" | "npd" | "ausn");
                        tester?: boolean;
                        /** @enum {unknown} */
                        type?: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            email: null | string;
                            externalIds: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                externalId: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                note: null | string;
                                /** @description Внешняя система (пусто — основная) */
                                source: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            firstLoginAt: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description Входил в приложение */
                            hasApp: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            inn: null | string;
                            lastVisitAt: null | string;
                            loyaltyCard: null | string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            note: null | string;
                            passport: null | string;
                            passportComment: null | string;
                            phone: null | string;
                            /** @description C-7: телефон можно сменить, пока клиент не входил в приложение */
                            phoneEditable: boolean;
                            photoUrl: null | string;
                            premises: {
                                fullAddress: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                linkId: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            }[];
                            regAddress: null | string;
                            regComment: null | string;
                            regPostcode: null | string;
                            snils: null | string;
                            /** @enum {unknown} */
                            source: "self_registered" | "registration_request" | "manual" | "import";
                            /** @enum {unknown} */
                            status: "active" | "blocked";
                            tags: string[];
                            taxForm: null | ("osno" | "usn" | "eshn" | "psn" | "npd" | "ausn");
                            tester: boolean;
                            /** @enum {unknown} */
                            type: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Активность клиента: только его действия (ACT-1)
         * @description Действия новые сверху: заявки в УК, показания счётчиков, звонки и действия из других систем УО
         *     (заказы в Маркетплейсе, оплаты, пропуска, опросы, собрания). Страница — по курсору: следующая с cursor=nextCursor;
         *     nextCursor = null — записей больше нет. Фильтр по статусу оставляет только заявки. Поиск — по теме (у показаний — по
         *     номеру счётчика). Нужны доступ к разделу и право «Активности клиента»; без права просмотра ФИО имя клиента приходит
         *     звёздочками.
         */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor предыдущей страницы */
                    cursor?: string;
                    /** @description Типы действий */
                    kind?: ("request" | "meter_reading" | "call" | "marketplace_order" | "bill_payment" | "pass" | "survey" | "owners_meeting")[];
                    limit?: number;
                    /** @description Помещения клиента */
                    premiseId?: string[];
                    /** @description Часть темы */
                    search?: string;
                    /** @description Статусы заявок: остаются только заявки в этих статусах */
                    status?: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                authorName: null | string;
                                clientId: null | string;
                                clientName: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /**
                                 * @description request — заявка в УК, meter_reading — показания счётчиков, call — звонок, marketplace_order — заказ в Маркетплейсе, bill_payment — оплата счёта, pass — пропуск, survey — опрос, owners_meeting — собрание собственников
                                 * @enum {unknown}
                                 */
                                kind: "request" | "meter_reading" | "call" | "marketplace_order" | "bill_payment" | "pass" | "survey" | "owners_meeting";
                                masked: {
                                    /** @description Телефон и e-mail скрыты звёздочками */
                                    contacts: boolean;
                                    /** @description ФИО и документы скрыты звёздочками */
                                    name: boolean;
                                };
                                note: null | string;
                                number: null | number;
                                /** Format: date-time */
                                occurredAt: string;
                                premiseAddress: null | string;
                                premiseId: null | string;
                                requestType: null | string;
                                result: null | string;
                                status: null | string;
                                subject: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/activity/counters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Открытые и все заявки клиента — цифры у вкладки «Активность» (ACT-3) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Заявки в статусах Ожидание, В работе, Приостановлено, Согласование, Требует уточнения */
                            openRequests: number;
                            /** @description Все заявки */
                            requests: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/external-ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Внешние идентификаторы клиента («Прочее») */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            note: null | string;
                            /** @description Внешняя система (пусто — основная) */
                            source: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Добавить внешний идентификатор (уникален в организации для своей внешней системы) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        externalId: string;
                        note?: null | string;
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            note: null | string;
                            /** @description Внешняя система (пусто — основная) */
                            source: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** История изменений клиента, его внешних идентификаторов и привязок к помещениям */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            action: "create" | "update" | "delete";
                            actor: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            actorName: null | string;
                            /** Format: date-time */
                            at: string;
                            changes: {
                                field: string;
                                new: unknown;
                                old: unknown;
                            }[];
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            entityId: string;
                            entityType: string;
                            id: string;
                            /** @description Что изменилось, по-русски */
                            summary: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Объединить карточки: клиент :id заменяется клиентом intoClientId
         * @description C-7: у оставшегося клиента — его телефон и пароль, помещения обоих, внешние идентификаторы, теги и история. Карточка :id удаляется. Нужны права редактирования и просмотра ФИО и контактов; 409 MERGE_NOT_ALLOWED, если клиент :id уже входил в приложение.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        intoClientId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            email: null | string;
                            externalIds: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                externalId: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                note: null | string;
                                /** @description Внешняя система (пусто — основная) */
                                source: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            firstLoginAt: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description Входил в приложение */
                            hasApp: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            inn: null | string;
                            lastVisitAt: null | string;
                            loyaltyCard: null | string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            note: null | string;
                            passport: null | string;
                            passportComment: null | string;
                            phone: null | string;
                            /** @description C-7: телефон можно сменить, пока клиент не входил в приложение */
                            phoneEditable: boolean;
                            photoUrl: null | string;
                            premises: {
                                fullAddress: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                linkId: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            }[];
                            regAddress: null | string;
                            regComment: null | string;
                            regPostcode: null | string;
                            snils: null | string;
                            /** @enum {unknown} */
                            source: "self_registered" | "registration_request" | "manual" | "import";
                            /** @enum {unknown} */
                            status: "active" | "blocked";
                            tags: string[];
                            taxForm: null | ("osno" | "usn" | "eshn" | "psn" | "npd" | "ausn");
                            tester: boolean;
                            /** @enum {unknown} */
                            type: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Фото клиента (загружает сам клиент в приложении, APP-5)
         * @description Адрес с версией берите из `photoUrl` карточки. Без права просмотра ФИО фото не отдаётся (403), а `photoUrl` карточки — null.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Версия фото */
                    v?: string;
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/premises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Помещения клиента с их лицевыми счетами */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                hiddenFromResidents: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                legalEntityName: string;
                                number: string;
                            }[];
                            act: {
                                date: null | string;
                                number: null | string;
                            };
                            addedBy: {
                                /** @enum {unknown} */
                                kind: "staff" | "resident" | "import";
                                name: null | string;
                            };
                            certificate: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            clientName: string;
                            clientPhone: null | string;
                            /** @enum {unknown} */
                            clientStatus: "active" | "blocked";
                            comment: null | string;
                            contract: {
                                date: null | string;
                                number: null | string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            ddu: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @description Не удалять клиента при интеграции */
                            keepOnSync: boolean;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            objectName: string;
                            onlinePayment: boolean;
                            ownerClientId: null | string;
                            ownerName: null | string;
                            premiseAddress: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            rentDate: null | string;
                            /** @enum {unknown} */
                            role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            roleLabel: string;
                            share: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Привязать помещение к клиенту */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        act?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        certificate?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        comment?: null | string;
                        contract?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        ddu?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        keepOnSync?: boolean;
                        onlinePayment?: boolean;
                        ownerClientId?: null | string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        premiseId: string;
                        rentDate?: null | string;
                        /** @enum {unknown} */
                        role?: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                        share?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            act: {
                                date: null | string;
                                number: null | string;
                            };
                            addedBy: {
                                /** @enum {unknown} */
                                kind: "staff" | "resident" | "import";
                                name: null | string;
                            };
                            certificate: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            clientName: string;
                            clientPhone: null | string;
                            /** @enum {unknown} */
                            clientStatus: "active" | "blocked";
                            comment: null | string;
                            contract: {
                                date: null | string;
                                number: null | string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            ddu: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @description Не удалять клиента при интеграции */
                            keepOnSync: boolean;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            objectName: string;
                            onlinePayment: boolean;
                            ownerClientId: null | string;
                            ownerName: null | string;
                            premiseAddress: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            rentDate: null | string;
                            /** @enum {unknown} */
                            role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            roleLabel: string;
                            share: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Активные сеансы клиента в приложении и настройки уведомлений на устройствах
         * @description S-1..S-3: устройства, на которых клиент вошёл в приложение этой организации, последние активные сверху. Пустой список, если у карточки нет аккаунта или нет сеансов. Данные устройства null — «Неизвестное устройство».
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appVersion: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            deviceName: null | string;
                            devicePlatform: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** Format: date-time */
                            lastSeenAt: string;
                            notificationsChangedAt: null | string;
                            /** @description Типы из каталога по порядку; смысл имеют, когда osPermission = true */
                            notificationTypes: {
                                /** @enum {unknown} */
                                code: "requests" | "meters" | "bills" | "news" | "mailings" | "people" | "events";
                                enabled: null | boolean;
                                /** @description Название типа по-русски */
                                name: string;
                            }[];
                            osPermission: null | boolean;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Деактивировать сессию: устройству придётся войти в приложение заново
         * @description S-2: сеанс завершается сразу, следующий запрос устройства получает 401. Запись в истории клиента.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                    /** @description Идентификатор записи (UUID) */
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/bulk-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Добавить или снять теги у отмеченных клиентов или у всех найденных
         * @description filter — условия списка (id — отмеченные строки). Без единого условия нужно all: true. Не больше 100 000 клиентов за раз (400 BULK_TOO_MANY).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Названия тегов: добавить (новые создаются при праве «Изменения тегов») */
                        add?: string[];
                        /** @description Подтверждение: весь список без условий */
                        all?: boolean;
                        filter: {
                            /**
                             * @description installed — входил в приложение; never — ни разу
                             * @enum {unknown}
                             */
                            app?: "installed" | "never";
                            /** @description Только эти клиенты (отмеченные в списке) */
                            id?: string[];
                            objectGroupId?: string[];
                            objectId?: string[];
                            premiseType?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                            quarterId?: string[];
                            role?: ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner")[];
                            /** @description ФИО или любая часть телефона (+7…, 8…, цифры) */
                            search?: string;
                            source?: ("self_registered" | "registration_request" | "manual" | "import")[];
                            /** @enum {unknown} */
                            status?: "active" | "blocked";
                            tag?: string[];
                        };
                        /** @description Названия тегов: снять */
                        remove?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Из них теги изменились */
                            affected: number;
                            /** @description Выбрано записей */
                            matched: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Выгрузить список клиентов в Excel (с фильтрами, поиском и сортировкой списка)
         * @description Те же параметры, что у GET /api/clients, без страниц. Колонки C-9. Нужны доступ к разделу «Клиенты» и право «Возможность выгрузки отчёта: Клиенты». Без прав просмотра персональных данных ФИО, дата рождения, телефон и e-mail — звёздочками, а поиск по ним отклоняется (403 PII_SEARCH_FORBIDDEN).
         */
        get: {
            parameters: {
                query?: {
                    /** @description installed — входил в приложение; never — ни разу */
                    app?: "installed" | "never";
                    /** @description Только эти клиенты (отмеченные в списке) */
                    id?: string[];
                    objectGroupId?: string[];
                    objectId?: string[];
                    premiseType?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                    quarterId?: string[];
                    role?: ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner")[];
                    /** @description ФИО или любая часть телефона (+7…, 8…, цифры) */
                    search?: string;
                    sort?: "name" | "-name" | "phone" | "-phone" | "lastVisit" | "-lastVisit";
                    source?: ("self_registered" | "registration_request" | "manual" | "import")[];
                    status?: "active" | "blocked";
                    tag?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Файл Excel (.xlsx): строка заголовков и по строке на запись */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Удалить документ */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Изменить название, описание, дату документа или его видимость жителям */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date?: null | string;
                        description?: null | string;
                        title?: string;
                        /** @description Видно жителям помещения в приложении (APP-3) */
                        visibleToResidents?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            date: null | string;
                            description: null | string;
                            fileName: string;
                            fileUrl: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            size: number;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Видно жителям помещения в приложении (APP-3) */
                            visibleToResidents: boolean;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Скачать файл документа
         * @description Отдаёт файл с его типом и именем (Content-Disposition: attachment).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-ids/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Удалить внешний идентификатор */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Изменить внешний идентификатор или примечание к нему */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        externalId?: string;
                        note?: null | string;
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            note: null | string;
                            /** @description Внешняя система (пусто — основная) */
                            source: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/import-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Применённые загрузки (интеграция), новые сверху */
        get: {
            parameters: {
                query?: {
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Кто загрузил: сотрудник или ключ интеграции */
                                actorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description api.clients, api.premises, api.accounts, api.links */
                                kind: string;
                                rolledBackAt: null | string;
                                /** @enum {unknown} */
                                status: "applied" | "rolled_back";
                                summary: {
                                    [key: string]: number;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-batches/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Отменить загрузку: вернуть всё, что она создала, изменила и удалила
         * @description Отказ (409 IMPORT_ROLLBACK_CONFLICT) с перечнем записей, если их изменили после загрузки: сначала отмените более поздние изменения.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Кто загрузил: сотрудник или ключ интеграции */
                            actorName: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @description api.clients, api.premises, api.accounts, api.links */
                            kind: string;
                            rolledBackAt: null | string;
                            /** @enum {unknown} */
                            status: "applied" | "rolled_back";
                            summary: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Загрузки файлов, новые сверху */
        get: {
            parameters: {
                query?: {
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actorName: string;
                                appliedAt: null | string;
                                applyProblem: null | {
                                    code: string;
                                    detail?: string;
                                    message: string;
                                };
                                batchId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                errorCount: null | number;
                                fileName: string;
                                finishedAt: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @enum {unknown} */
                                kind: "consolidated" | "premises" | "xml";
                                legalEntityId: null | string;
                                objectId: null | string;
                                preview: null | {
                                    accounts: {
                                        created: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                    clients?: {
                                        created: number;
                                        merged: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                    deletions?: {
                                        /** @description Первые 200 удаляемых собственников */
                                        items: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                            dependents: {
                                                /**
                                                 * Format: uuid
                                                 * @description Идентификатор записи (UUID)
                                                 */
                                                clientId: string;
                                                clientName: string;
                                                role: string;
                                            }[];
                                            premiseAddress: string;
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            premiseId: string;
                                            role: string;
                                        }[];
                                        /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                        kept: number;
                                        skipped: null | string;
                                        /** @description Сколько привязок будет удалено (I-5) */
                                        total: number;
                                    };
                                    links?: {
                                        created: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    /** @description Колонки, которые эта версия читает, но не загружает */
                                    notApplied: string[];
                                    premises: {
                                        created: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    /** @description Первые 100 таких строк */
                                    refused: {
                                        message: string;
                                        row: number;
                                    }[];
                                    /** @description Строки, которые данные не приняли */
                                    refusedRows: number;
                                };
                                problem: null | {
                                    code: string;
                                    detail?: string;
                                    message: string;
                                };
                                progress: {
                                    /** @description Строк данных, которые прошёл предпросмотр или загрузка */
                                    rowsDone: number;
                                    rowsEstimated: null | number;
                                    /** @description Прочитано строк листа */
                                    rowsRead: number;
                                    stage: null | ("read" | "preview" | "apply");
                                };
                                result: null | {
                                    accounts: {
                                        created: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                    clients?: {
                                        created: number;
                                        merged: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                    deletions?: {
                                        /** @description Первые 200 удаляемых собственников */
                                        items: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                            dependents: {
                                                /**
                                                 * Format: uuid
                                                 * @description Идентификатор записи (UUID)
                                                 */
                                                clientId: string;
                                                clientName: string;
                                                role: string;
                                            }[];
                                            premiseAddress: string;
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            premiseId: string;
                                            role: string;
                                        }[];
                                        /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                        kept: number;
                                        skipped: null | string;
                                        /** @description Сколько привязок будет удалено (I-5) */
                                        total: number;
                                    };
                                    links?: {
                                        created: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    /** @description Колонки, которые эта версия читает, но не загружает */
                                    notApplied: string[];
                                    premises: {
                                        created: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                    /** @description Первые 100 таких строк */
                                    refused: {
                                        message: string;
                                        row: number;
                                    }[];
                                    /** @description Строки, которые данные не приняли */
                                    refusedRows: number;
                                };
                                rowCount: null | number;
                                size: number;
                                /**
                                 * @description queued — ждёт; parsing — читается и готовится предпросмотр; parsed — прочитан прежней версией без предпросмотра (загрузите снова); ready — готов предпросмотр; applying — загружается в базу (в фоне); failed — файл не принят; applied — загружен; rolled_back — загрузка отменена
                                 * @enum {unknown}
                                 */
                                status: "queued" | "parsing" | "parsed" | "ready" | "applying" | "failed" | "applied" | "rolled_back";
                                /** @description Колонки файла, которых нет в шаблоне: пропущены */
                                unknownColumns: string[];
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Загрузить файл Excel или XML (multipart/form-data: file, kind, legalEntityId, objectId)
         * @description I-3, I-2. Файл до 20 МБ. kind — consolidated или premises:
         *     файл .xlsx по шаблону (GET /api/imports/templates/{consolidated,premises}.xlsx), legalEntityId и objectId обязательны.
         *     kind — xml: файл .xml в формате docs/xml/README.md (схема docs/xml/domovoy-import.xsd); объект и юрлицо указаны в самом
         *     файле, legalEntityId и objectId не нужны. Ответ 202 сразу: файл читается в фоне, затем предпросмотр (пробная загрузка);
         *     ход и итог — GET /api/imports/:id, загрузка — POST /api/imports/:id/apply.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actorName: string;
                            appliedAt: null | string;
                            applyProblem: null | {
                                code: string;
                                detail?: string;
                                message: string;
                            };
                            batchId: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            errorCount: null | number;
                            fileName: string;
                            finishedAt: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "consolidated" | "premises" | "xml";
                            legalEntityId: null | string;
                            objectId: null | string;
                            preview: null | {
                                accounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                clients?: {
                                    created: number;
                                    merged: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                deletions?: {
                                    /** @description Первые 200 удаляемых собственников */
                                    items: {
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        clientId: string;
                                        clientName: string;
                                        /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                        dependents: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            role: string;
                                        }[];
                                        premiseAddress: string;
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        premiseId: string;
                                        role: string;
                                    }[];
                                    /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                    kept: number;
                                    skipped: null | string;
                                    /** @description Сколько привязок будет удалено (I-5) */
                                    total: number;
                                };
                                links?: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Колонки, которые эта версия читает, но не загружает */
                                notApplied: string[];
                                premises: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Первые 100 таких строк */
                                refused: {
                                    message: string;
                                    row: number;
                                }[];
                                /** @description Строки, которые данные не приняли */
                                refusedRows: number;
                            };
                            problem: null | {
                                code: string;
                                detail?: string;
                                message: string;
                            };
                            progress: {
                                /** @description Строк данных, которые прошёл предпросмотр или загрузка */
                                rowsDone: number;
                                rowsEstimated: null | number;
                                /** @description Прочитано строк листа */
                                rowsRead: number;
                                stage: null | ("read" | "preview" | "apply");
                            };
                            result: null | {
                                accounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                clients?: {
                                    created: number;
                                    merged: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                deletions?: {
                                    /** @description Первые 200 удаляемых собственников */
                                    items: {
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        clientId: string;
                                        clientName: string;
                                        /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                        dependents: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            role: string;
                                        }[];
                                        premiseAddress: string;
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        premiseId: string;
                                        role: string;
                                    }[];
                                    /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                    kept: number;
                                    skipped: null | string;
                                    /** @description Сколько привязок будет удалено (I-5) */
                                    total: number;
                                };
                                links?: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Колонки, которые эта версия читает, но не загружает */
                                notApplied: string[];
                                premises: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Первые 100 таких строк */
                                refused: {
                                    message: string;
                                    row: number;
                                }[];
                                /** @description Строки, которые данные не приняли */
                                refusedRows: number;
                            };
                            rowCount: null | number;
                            size: number;
                            /**
                             * @description queued — ждёт; parsing — читается и готовится предпросмотр; parsed — прочитан прежней версией без предпросмотра (загрузите снова); ready — готов предпросмотр; applying — загружается в базу (в фоне); failed — файл не принят; applied — загружен; rolled_back — загрузка отменена
                             * @enum {unknown}
                             */
                            status: "queued" | "parsing" | "parsed" | "ready" | "applying" | "failed" | "applied" | "rolled_back";
                            /** @description Колонки файла, которых нет в шаблоне: пропущены */
                            unknownColumns: string[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Загрузка: состояние, прочитано строк, ошибки */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actorName: string;
                            appliedAt: null | string;
                            applyProblem: null | {
                                code: string;
                                detail?: string;
                                message: string;
                            };
                            batchId: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            errorCount: null | number;
                            fileName: string;
                            finishedAt: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "consolidated" | "premises" | "xml";
                            legalEntityId: null | string;
                            objectId: null | string;
                            preview: null | {
                                accounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                clients?: {
                                    created: number;
                                    merged: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                deletions?: {
                                    /** @description Первые 200 удаляемых собственников */
                                    items: {
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        clientId: string;
                                        clientName: string;
                                        /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                        dependents: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            role: string;
                                        }[];
                                        premiseAddress: string;
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        premiseId: string;
                                        role: string;
                                    }[];
                                    /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                    kept: number;
                                    skipped: null | string;
                                    /** @description Сколько привязок будет удалено (I-5) */
                                    total: number;
                                };
                                links?: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Колонки, которые эта версия читает, но не загружает */
                                notApplied: string[];
                                premises: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Первые 100 таких строк */
                                refused: {
                                    message: string;
                                    row: number;
                                }[];
                                /** @description Строки, которые данные не приняли */
                                refusedRows: number;
                            };
                            problem: null | {
                                code: string;
                                detail?: string;
                                message: string;
                            };
                            progress: {
                                /** @description Строк данных, которые прошёл предпросмотр или загрузка */
                                rowsDone: number;
                                rowsEstimated: null | number;
                                /** @description Прочитано строк листа */
                                rowsRead: number;
                                stage: null | ("read" | "preview" | "apply");
                            };
                            result: null | {
                                accounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                clients?: {
                                    created: number;
                                    merged: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                deletions?: {
                                    /** @description Первые 200 удаляемых собственников */
                                    items: {
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        clientId: string;
                                        clientName: string;
                                        /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                        dependents: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            role: string;
                                        }[];
                                        premiseAddress: string;
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        premiseId: string;
                                        role: string;
                                    }[];
                                    /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                    kept: number;
                                    skipped: null | string;
                                    /** @description Сколько привязок будет удалено (I-5) */
                                    total: number;
                                };
                                links?: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Колонки, которые эта версия читает, но не загружает */
                                notApplied: string[];
                                premises: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Первые 100 таких строк */
                                refused: {
                                    message: string;
                                    row: number;
                                }[];
                                /** @description Строки, которые данные не приняли */
                                refusedRows: number;
                            };
                            rowCount: null | number;
                            size: number;
                            /**
                             * @description queued — ждёт; parsing — читается и готовится предпросмотр; parsed — прочитан прежней версией без предпросмотра (загрузите снова); ready — готов предпросмотр; applying — загружается в базу (в фоне); failed — файл не принят; applied — загружен; rolled_back — загрузка отменена
                             * @enum {unknown}
                             */
                            status: "queued" | "parsing" | "parsed" | "ready" | "applying" | "failed" | "applied" | "rolled_back";
                            /** @description Колонки файла, которых нет в шаблоне: пропущены */
                            unknownColumns: string[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Загрузить прочитанный файл, как показал предпросмотр (в фоне)
         * @description Только в состоянии ready. Файл с ошибками в строках не загружается, если не указано validOnly: true (тогда собственники, которых нет в файле, не удаляются: I-5 пропускается). Если данные, от которых зависит предпросмотр (помещения объекта, счета юрлица, клиенты и связи), изменились после него — 409 IMPORT_PREVIEW_STALE. Иначе 202: файл загружается в фоне (status applying, progress.rowsDone из rowCount); опрашивайте GET /api/imports/:id до applied — или до ready с applyProblem, если загрузить не удалось (тогда не изменено ничего). Загрузку можно отменить: POST /api/imports/:id/rollback.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Загрузить только строки без ошибок (по умолчанию файл с ошибками не загружается) */
                        validOnly?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actorName: string;
                            appliedAt: null | string;
                            applyProblem: null | {
                                code: string;
                                detail?: string;
                                message: string;
                            };
                            batchId: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            errorCount: null | number;
                            fileName: string;
                            finishedAt: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "consolidated" | "premises" | "xml";
                            legalEntityId: null | string;
                            objectId: null | string;
                            preview: null | {
                                accounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                clients?: {
                                    created: number;
                                    merged: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                deletions?: {
                                    /** @description Первые 200 удаляемых собственников */
                                    items: {
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        clientId: string;
                                        clientName: string;
                                        /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                        dependents: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            role: string;
                                        }[];
                                        premiseAddress: string;
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        premiseId: string;
                                        role: string;
                                    }[];
                                    /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                    kept: number;
                                    skipped: null | string;
                                    /** @description Сколько привязок будет удалено (I-5) */
                                    total: number;
                                };
                                links?: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Колонки, которые эта версия читает, но не загружает */
                                notApplied: string[];
                                premises: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Первые 100 таких строк */
                                refused: {
                                    message: string;
                                    row: number;
                                }[];
                                /** @description Строки, которые данные не приняли */
                                refusedRows: number;
                            };
                            problem: null | {
                                code: string;
                                detail?: string;
                                message: string;
                            };
                            progress: {
                                /** @description Строк данных, которые прошёл предпросмотр или загрузка */
                                rowsDone: number;
                                rowsEstimated: null | number;
                                /** @description Прочитано строк листа */
                                rowsRead: number;
                                stage: null | ("read" | "preview" | "apply");
                            };
                            result: null | {
                                accounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                clients?: {
                                    created: number;
                                    merged: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                deletions?: {
                                    /** @description Первые 200 удаляемых собственников */
                                    items: {
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        clientId: string;
                                        clientName: string;
                                        /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                        dependents: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            role: string;
                                        }[];
                                        premiseAddress: string;
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        premiseId: string;
                                        role: string;
                                    }[];
                                    /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                    kept: number;
                                    skipped: null | string;
                                    /** @description Сколько привязок будет удалено (I-5) */
                                    total: number;
                                };
                                links?: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Колонки, которые эта версия читает, но не загружает */
                                notApplied: string[];
                                premises: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Первые 100 таких строк */
                                refused: {
                                    message: string;
                                    row: number;
                                }[];
                                /** @description Строки, которые данные не приняли */
                                refusedRows: number;
                            };
                            rowCount: null | number;
                            size: number;
                            /**
                             * @description queued — ждёт; parsing — читается и готовится предпросмотр; parsed — прочитан прежней версией без предпросмотра (загрузите снова); ready — готов предпросмотр; applying — загружается в базу (в фоне); failed — файл не принят; applied — загружен; rolled_back — загрузка отменена
                             * @enum {unknown}
                             */
                            status: "queued" | "parsing" | "parsed" | "ready" | "applying" | "failed" | "applied" | "rolled_back";
                            /** @description Колонки файла, которых нет в шаблоне: пропущены */
                            unknownColumns: string[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Скачать ошибки по строкам (.xlsx) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ошибки по строкам (.xlsx): строка, колонка, значение, что не так */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Отменить загрузку файла: вернуть всё, что она создала и изменила
         * @description Нужно право «Настройки». Отказ, если записи изменили после загрузки (IMPORT_ROLLBACK_CONFLICT).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actorName: string;
                            appliedAt: null | string;
                            applyProblem: null | {
                                code: string;
                                detail?: string;
                                message: string;
                            };
                            batchId: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            errorCount: null | number;
                            fileName: string;
                            finishedAt: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "consolidated" | "premises" | "xml";
                            legalEntityId: null | string;
                            objectId: null | string;
                            preview: null | {
                                accounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                clients?: {
                                    created: number;
                                    merged: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                deletions?: {
                                    /** @description Первые 200 удаляемых собственников */
                                    items: {
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        clientId: string;
                                        clientName: string;
                                        /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                        dependents: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            role: string;
                                        }[];
                                        premiseAddress: string;
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        premiseId: string;
                                        role: string;
                                    }[];
                                    /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                    kept: number;
                                    skipped: null | string;
                                    /** @description Сколько привязок будет удалено (I-5) */
                                    total: number;
                                };
                                links?: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Колонки, которые эта версия читает, но не загружает */
                                notApplied: string[];
                                premises: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Первые 100 таких строк */
                                refused: {
                                    message: string;
                                    row: number;
                                }[];
                                /** @description Строки, которые данные не приняли */
                                refusedRows: number;
                            };
                            problem: null | {
                                code: string;
                                detail?: string;
                                message: string;
                            };
                            progress: {
                                /** @description Строк данных, которые прошёл предпросмотр или загрузка */
                                rowsDone: number;
                                rowsEstimated: null | number;
                                /** @description Прочитано строк листа */
                                rowsRead: number;
                                stage: null | ("read" | "preview" | "apply");
                            };
                            result: null | {
                                accounts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Клиенты (сводный файл): сопоставлены по I-4 */
                                clients?: {
                                    created: number;
                                    merged: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description I-5: собственники загружаемых помещений, которых нет в файле, и зависящие от них клиенты */
                                deletions?: {
                                    /** @description Первые 200 удаляемых собственников */
                                    items: {
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        clientId: string;
                                        clientName: string;
                                        /** @description Клиенты, зависящие от удаляемого собственника: удаляются вместе с ним */
                                        dependents: {
                                            /**
                                             * Format: uuid
                                             * @description Идентификатор записи (UUID)
                                             */
                                            clientId: string;
                                            clientName: string;
                                            role: string;
                                        }[];
                                        premiseAddress: string;
                                        /**
                                         * Format: uuid
                                         * @description Идентификатор записи (UUID)
                                         */
                                        premiseId: string;
                                        role: string;
                                    }[];
                                    /** @description Привязки, которые остались из-за флага «Не удалять клиента при интеграции» */
                                    kept: number;
                                    skipped: null | string;
                                    /** @description Сколько привязок будет удалено (I-5) */
                                    total: number;
                                };
                                links?: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Колонки, которые эта версия читает, но не загружает */
                                notApplied: string[];
                                premises: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                /** @description Первые 100 таких строк */
                                refused: {
                                    message: string;
                                    row: number;
                                }[];
                                /** @description Строки, которые данные не приняли */
                                refusedRows: number;
                            };
                            rowCount: null | number;
                            size: number;
                            /**
                             * @description queued — ждёт; parsing — читается и готовится предпросмотр; parsed — прочитан прежней версией без предпросмотра (загрузите снова); ready — готов предпросмотр; applying — загружается в базу (в фоне); failed — файл не принят; applied — загружен; rolled_back — загрузка отменена
                             * @enum {unknown}
                             */
                            status: "queued" | "parsing" | "parsed" | "ready" | "applying" | "failed" | "applied" | "rolled_back";
                            /** @description Колонки файла, которых нет в шаблоне: пропущены */
                            unknownColumns: string[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/templates/consolidated.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Скачать сводный шаблон импорта: помещение, лицевой счёт, клиент и его роль в одной строке
         * @description I-3. Заголовки, три строки-примера и инструкция по каждой колонке. Нужен доступ к разделу «Помещения» или «Клиенты».
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Шаблон Excel (.xlsx): лист «Данные» с заголовками и примерами, лист «Инструкция» */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/templates/premises.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Скачать шаблон импорта помещений с лицевыми счетами
         * @description I-3. Заголовки, три строки-примера и инструкция по каждой колонке. Нужен доступ к разделу «Помещения» или «Клиенты».
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Шаблон Excel (.xlsx): лист «Данные» с заголовками и примерами, лист «Инструкция» */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Загрузить лицевые счета: до 1000 за запрос, результат по каждому
         * @description Помещение счёта указывается его внешним идентификатором (premiseExternalId). Счёт находится по
         *     номеру в пределах юрлица, иначе по своему внешнему идентификатору, иначе создаётся; счёт с другим помещением
         *     переносится на указанное. Юрлица организации: GET /api/legal-entities с этим же ключом.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Лицевые счета (схема IntegrationAccount). Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным */
                        items: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: null | string;
                            results: {
                                code?: string;
                                errors?: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                externalId: null | string;
                                id: null | string;
                                /** @description Номер элемента в запросе, с 0 */
                                index: number;
                                message?: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "merged" | "unchanged" | "error";
                            }[];
                            summary: {
                                created: number;
                                error: number;
                                merged: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Загрузить действия для вкладки «Активность»: до 1000 за запрос, результат по каждому
         * @description Действие определяется внешней системой (source) и своим внешним идентификатором (externalId): повтор
         *     того же ничего не меняет (unchanged), изменённый статус или текст обновляет его (updated). Тип (kind): marketplace_order —
         *     заказ в Маркетплейсе, bill_payment — оплата счёта, pass — пропуск, survey — опрос, owners_meeting — собрание
         *     собственников, call — звонок. Помещение — по внешнему идентификатору (premiseExternalId), клиент — по внешнему
         *     идентификатору в этой же системе (clientExternalId) или по телефону (clientPhone); нужно хотя бы одно. Время действия —
         *     occurredAt. Такие загрузки не откатываются (batchId всегда null): следующая загрузка сама исправляет записи.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Действия (схема IntegrationActivityItem). Каждое проверяется отдельно */
                        items: unknown[];
                        /**
                         * @description Внешняя система; идентификаторы уникальны в её пределах
                         * @default
                         */
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: null | string;
                            results: {
                                code?: string;
                                errors?: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                externalId: null | string;
                                id: null | string;
                                /** @description Номер элемента в запросе, с 0 */
                                index: number;
                                message?: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "merged" | "unchanged" | "error";
                            }[];
                            summary: {
                                created: number;
                                error: number;
                                merged: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Загрузить суммы к оплате по лицевым счетам: до 1000 за запрос, результат по каждому
         * @description Лицевой счёт — по юрлицу и номеру (legalEntityId + accountNumber) или по внешнему идентификатору
         *     счёта (accountExternalId). Сумма (amount) — рубли, до двух знаков после точки; отрицательная — переплата. Период
         *     (period) — расчётный месяц ГГГГ-ММ. Каждая загрузка заменяет сумму счёта; сумма за более ранний месяц, чем уже
         *     загруженная, не принимается. Житель видит суммы в приложении («Мои помещения», «Оплатить все»). Такие загрузки не
         *     откатываются (batchId всегда null): следующая загрузка сама исправляет суммы.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Суммы к оплате по лицевым счетам (схема IntegrationBalance). Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным */
                        items: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: null | string;
                            results: {
                                code?: string;
                                errors?: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                externalId: null | string;
                                id: null | string;
                                /** @description Номер элемента в запросе, с 0 */
                                index: number;
                                message?: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "merged" | "unchanged" | "error";
                            }[];
                            summary: {
                                created: number;
                                error: number;
                                merged: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Загрузить клиентов из учётной системы: до 1000 за запрос, результат по каждому
         * @description Сопоставление клиентов (I-4) по внешнему идентификатору (в пределах внешней системы source) и телефону:
         *     1. оба совпали с одним клиентом — внешний идентификатор и телефон остаются, остальные переданные поля перезаписываются;
         *     2. совпал внешний идентификатор, телефон другой:
         *        a. телефон в организации не встречался — перезаписывается всё, включая телефон;
         *        b. телефоном пользуется другой клиент организации, входивший в личный кабинет (или клиент с этим идентификатором сам входил в него), — ошибка IMPORT_PHONE_LOGGED_IN;
         *        c. есть ли у телефона карточки в других организациях, не проверяется и не сообщается (у каждой организации свои данные): такой телефон — как не встречавшийся, случай a;
         *        d. телефоном пользуется другой клиент организации, ни разу не входивший, — карточки объединяются (merged);
         *     3. идентификатор не найден, телефон совпал — идентификатор добавляется этому клиенту;
         *     4. ничего не совпало — новый клиент.
         *     Поля, которых нет в элементе, не меняются; null очищает поле. Повтор той же загрузки ничего не меняет (unchanged).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Клиенты (схема IntegrationClient). Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным */
                        items: unknown[];
                        /**
                         * @description Внешняя система (например, «1С»); внешние идентификаторы уникальны в пределах системы
                         * @default
                         */
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: null | string;
                            results: {
                                code?: string;
                                errors?: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                externalId: null | string;
                                id: null | string;
                                /** @description Номер элемента в запросе, с 0 */
                                index: number;
                                message?: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "merged" | "unchanged" | "error";
                            }[];
                            summary: {
                                created: number;
                                error: number;
                                merged: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/insurance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Загрузить страховые полисы помещений: до 1000 за запрос, результат по каждому
         * @description Помещение — по его внешнему идентификатору (premiseExternalId), полис — по номеру в пределах
         *     помещения: полис с известным номером заменяется, с новым — добавляется. Житель видит действующий полис в «Мое
         *     помещение». Такие загрузки не откатываются (batchId всегда null).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Страховые полисы помещений (схема IntegrationInsurance). Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным */
                        items: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: null | string;
                            results: {
                                code?: string;
                                errors?: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                externalId: null | string;
                                id: null | string;
                                /** @description Номер элемента в запросе, с 0 */
                                index: number;
                                message?: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "merged" | "unchanged" | "error";
                            }[];
                            summary: {
                                created: number;
                                error: number;
                                merged: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Загрузить связи клиентов с помещениями: до 1000 за запрос, результат по каждому
         * @description Помещение — по его внешнему идентификатору, клиент и собственник, от которого он зависит, — по
         *     внешним идентификаторам внешней системы source (как их загрузил POST /api/integration/v1/clients). Связь той же пары
         *     обновляется: поля, которых нет в элементе, не меняются. Правила L-2 (один раз на помещение, собственник для
         *     зависимых ролей, сумма долей не больше 1) проверяются в порядке элементов: собственник может прийти в том же запросе
         *     раньше зависящих от него. Связи, добавленные загрузкой, отмечаются как добавленные интеграцией.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Связи клиентов с помещениями (схема IntegrationLink). Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным */
                        items: unknown[];
                        /**
                         * @description Внешняя система (например, «1С»); внешние идентификаторы уникальны в пределах системы
                         * @default
                         */
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: null | string;
                            results: {
                                code?: string;
                                errors?: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                externalId: null | string;
                                id: null | string;
                                /** @description Номер элемента в запросе, с 0 */
                                index: number;
                                message?: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "merged" | "unchanged" | "error";
                            }[];
                            summary: {
                                created: number;
                                error: number;
                                merged: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/meter-readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Показания счётчиков за месяц, постранично (курсор)
         * @description Показания, снятые в месяце period (ГГГГ-ММ), по дню показания и идентификатору, с внешним
         *     идентификатором счётчика, помещением и номером лицевого счёта. Следующая страница — с cursor=nextCursor; nextCursor: null —
         *     последняя страница. Нужен ключ с правом «Выгрузка отчётов».
         */
        get: {
            parameters: {
                query: {
                    /** @description nextCursor предыдущей страницы */
                    cursor?: string;
                    limit?: number;
                    /** @description Месяц, ГГГГ-ММ */
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accountNumber: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                meterExternalId: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                meterId: string;
                                premiseExternalId: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                /**
                                 * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                                 * @enum {unknown}
                                 */
                                resource: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                                serialNumber: string;
                                /** @enum {unknown} */
                                source: "crm" | "app" | "integration";
                                /**
                                 * Format: date
                                 * @description Дата в формате ГГГГ-ММ-ДД
                                 */
                                takenOn: string;
                                values: string[];
                            }[];
                            nextCursor: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Загрузить счётчики (ИПУ): до 1000 за запрос, результат по каждому
         * @description Счётчик находится по внешнему идентификатору (externalId), иначе создаётся. Помещение — по его внешнему
         *     идентификатору (premiseExternalId), лицевой счёт — по номеру у этого помещения (accountNumber; null — без счёта). Поля,
         *     которых нет в элементе, не меняются. Ресурс и число тарифов не меняются, если у счётчика уже есть показания
         *     (METER_HAS_READINGS). Такие загрузки не откатываются (batchId всегда null).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Счётчики (схема IntegrationMeter). Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным */
                        items: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: null | string;
                            results: {
                                code?: string;
                                errors?: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                externalId: null | string;
                                id: null | string;
                                /** @description Номер элемента в запросе, с 0 */
                                index: number;
                                message?: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "merged" | "unchanged" | "error";
                            }[];
                            summary: {
                                created: number;
                                error: number;
                                merged: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/premises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Загрузить помещения: до 1000 за запрос, результат по каждому
         * @description Помещение находится по внешнему идентификатору, иначе по адресу в объекте (тогда идентификатор
         *     присваивается ему), иначе создаётся. Адрес берётся из элемента целиком; остальные поля, которых нет в элементе,
         *     не меняются. Объекты организации: GET /api/objects с этим же ключом.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Помещения (схема IntegrationPremise). Каждый элемент проверяется отдельно: ошибка в одном не мешает остальным */
                        items: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: null | string;
                            results: {
                                code?: string;
                                errors?: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                externalId: null | string;
                                id: null | string;
                                /** @description Номер элемента в запросе, с 0 */
                                index: number;
                                message?: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "merged" | "unchanged" | "error";
                            }[];
                            summary: {
                                created: number;
                                error: number;
                                merged: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Лента изменений заявок: изменённые с updatedSince, по курсору
         * @description Заявки в порядке изменения (updated_at, затем id), от ранних к поздним. Следующая страница —
         *     с cursor=nextCursor; nextCursor = null — изменений больше нет. Сохраните последний курсор и продолжайте с него:
         *     заявка, изменённая снова, окажется дальше в ленте. Нужен ключ с правом «Выгрузка отчётов».
         */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor предыдущей страницы */
                    cursor?: string;
                    limit?: number;
                    updatedSince?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assignee: null | string;
                                clientId: null | string;
                                closedAt: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                description: null | string;
                                dueAt: null | string;
                                externalId: null | string;
                                externalSource: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                number: number;
                                premiseExternalId: null | string;
                                premiseId: null | string;
                                rating: null | number;
                                review: null | string;
                                /** @enum {unknown} */
                                source: "crm" | "app" | "phone" | "integration";
                                /**
                                 * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                                 * @enum {unknown}
                                 */
                                status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                                subject: string;
                                type: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Создать заявки из внешней системы: до 1000 за запрос, результат по каждой
         * @description Заявка определяется внешней системой (source) и своим внешним идентификатором (externalId): повтор
         *     возвращает ту же заявку со статусом unchanged и ничего не меняет. Тип — название из справочника организации
         *     (без учёта регистра); помещение — по его внешнему идентификатору; клиент — по внешнему идентификатору в этой же
         *     системе или по телефону. Номер выдаётся по порядку в организации; статус новой заявки — «Ожидание».
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Заявки. Каждая проверяется отдельно: ошибка в одной не мешает остальным */
                        items: unknown[];
                        /**
                         * @description Внешняя система; идентификаторы уникальны в её пределах
                         * @default
                         */
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batchId: null | string;
                            results: {
                                code?: string;
                                errors?: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                externalId: null | string;
                                id: null | string;
                                /** @description Номер элемента в запросе, с 0 */
                                index: number;
                                message?: string;
                                /** @enum {unknown} */
                                status: "created" | "updated" | "merged" | "unchanged" | "error";
                            }[];
                            summary: {
                                created: number;
                                error: number;
                                merged: number;
                                unchanged: number;
                                updated: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integration/xml-folder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Папка XML-файлов организации (нужно право «Настройки»)
         * @description I-2. Папку выбирает сервер: <XML_FOLDER_ROOT>/<id организации>/ (по умолчанию XML_FOLDER_ROOT —
         *     <DATA_DIR>/xml); организация её только включает и выключает. Сервер читает из папки новые и изменённые файлы *.xml
         *     (формат docs/xml/README.md) каждые несколько секунд. Файл без ошибок, который не удаляет собственников (I-5),
         *     загружается сразу; файл, который удаляет, ждёт решения сотрудника в CRM (раздел «Загрузки»). Затем файл переносится
         *     в done/ (загружен или ждёт решения) или failed/ (ошибки в файле или строках), рядом — отчёт <имя>.report.json и,
         *     если есть ошибки в строках, <имя>.errors.xlsx. Ссылки (symlink) в папке и вместо неё сервер не читает.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Куда переносятся загруженные файлы и файлы, ждущие решения */
                            donePath: string;
                            /** @description Сервер следит за папкой */
                            enabled: boolean;
                            /** @description Куда переносятся файлы с ошибками */
                            failedPath: string;
                            /** @description Папка организации на сервере (её выбирает сервер): сюда учётная система кладёт файлы *.xml */
                            path: string;
                            updatedAt: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Включить или выключить папку XML-файлов (enabled)
         * @description I-2. Папку выбирает сервер: <XML_FOLDER_ROOT>/<id организации>/ (по умолчанию XML_FOLDER_ROOT —
         *     <DATA_DIR>/xml); организация её только включает и выключает. Сервер читает из папки новые и изменённые файлы *.xml
         *     (формат docs/xml/README.md) каждые несколько секунд. Файл без ошибок, который не удаляет собственников (I-5),
         *     загружается сразу; файл, который удаляет, ждёт решения сотрудника в CRM (раздел «Загрузки»). Затем файл переносится
         *     в done/ (загружен или ждёт решения) или failed/ (ошибки в файле или строках), рядом — отчёт <имя>.report.json и,
         *     если есть ошибки в строках, <имя>.errors.xlsx. Ссылки (symlink) в папке и вместо неё сервер не читает.
         *
         *     Включение создаёт папку, если её нет; выключение оставляет файлы на месте.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true — следить за папкой (сервер создаст её), false — перестать (файлы остаются) */
                        enabled: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Куда переносятся загруженные файлы и файлы, ждущие решения */
                            donePath: string;
                            /** @description Сервер следит за папкой */
                            enabled: boolean;
                            /** @description Куда переносятся файлы с ошибками */
                            failedPath: string;
                            /** @description Папка организации на сервере (её выбирает сервер): сюда учётная система кладёт файлы *.xml */
                            path: string;
                            updatedAt: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Неидентифицированные: телефоны без клиента, новые сверху
         * @description Без права просмотра контактов телефон приходит звёздочками, а поиск по нему отклоняется (403 PII_SEARCH_FORBIDDEN).
         */
        get: {
            parameters: {
                query?: {
                    converted?: boolean;
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    /** @description Любая часть телефона */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                convertedAt: null | string;
                                convertedClientId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                masked: {
                                    /** @description Телефон и e-mail скрыты звёздочками */
                                    contacts: boolean;
                                    /** @description ФИО и документы скрыты звёздочками */
                                    name: boolean;
                                };
                                phone: string;
                                source: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Создать клиента с телефоном неидентифицированного
         * @description Если телефон уже у клиента организации — 409 PHONE_TAKEN с conflictId; повторно — 409 LEAD_ALREADY_CONVERTED.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: null | string;
                        fullName: string;
                        /** @enum {unknown} */
                        type?: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            convertedAt: null | string;
                            convertedClientId: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            phone: string;
                            source: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Выгрузить неидентифицированных клиентов в Excel (с фильтром и поиском списка)
         * @description Те же параметры, что у GET /api/leads, без страниц. Нужны доступ к разделу «Клиенты» и право «Возможность выгрузки отчёта: Заявки на регистрацию и неидентифицированные». Телефоны — как в списке.
         */
        get: {
            parameters: {
                query?: {
                    converted?: boolean;
                    /** @description Любая часть телефона */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Файл Excel (.xlsx): строка заголовков и по строке на запись */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Юрлица организации */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            inn: string;
                            kpp: null | string;
                            name: string;
                            ogrn: null | string;
                            paymentUrlTemplate: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Добавить юрлицо (ИНН, КПП и ОГРН проверяются по контрольным числам) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        inn: string;
                        kpp?: null | string;
                        name: string;
                        ogrn?: null | string;
                        paymentUrlTemplate?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            inn: string;
                            kpp: null | string;
                            name: string;
                            ogrn: null | string;
                            paymentUrlTemplate: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/legal-entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Юрлицо */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            inn: string;
                            kpp: null | string;
                            name: string;
                            ogrn: null | string;
                            paymentUrlTemplate: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Удалить юрлицо без лицевых счетов */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Изменить юрлицо */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        inn?: string;
                        kpp?: null | string;
                        name?: string;
                        ogrn?: null | string;
                        paymentUrlTemplate?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            inn: string;
                            kpp: null | string;
                            name: string;
                            ogrn: null | string;
                            paymentUrlTemplate: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/mailings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Рассылки: новые сверху, поиск по заголовку и тексту, фильтры
         * @description Период — по дате создания (московские сутки). С clientId — рассылки, отправленные этому клиенту, и что стало с его сообщением (recipient).
         */
        get: {
            parameters: {
                query?: {
                    channel?: ("sms" | "push")[];
                    /** @description Идентификатор записи (UUID) */
                    clientId?: string;
                    /** @description Дата в формате ГГГГ-ММ-ДД */
                    from?: string;
                    /** @description Сотрудники-инициаторы */
                    initiatorId?: string[];
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    /** @description Заголовок или текст */
                    search?: string;
                    status?: ("scheduled" | "sending" | "done" | "cancelled")[];
                    /** @description Дата в формате ГГГГ-ММ-ДД */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * @description sms — SMS, push — push-уведомление в приложении
                                 * @enum {unknown}
                                 */
                                channel: "sms" | "push";
                                counts: {
                                    delivered: number;
                                    failed: number;
                                    queued: number;
                                    sent: number;
                                    skipped: number;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                finishedAt: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                initiator: null | {
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** @description Номер в организации: «№ 12» */
                                number: number;
                                recipient?: null | {
                                    reason: null | string;
                                    /**
                                     * @description queued — В очереди, sent — Отправлено, delivered — Доставлено, failed — Ошибка, skipped — Пропущено
                                     * @enum {unknown}
                                     */
                                    status: "queued" | "sent" | "delivered" | "failed" | "skipped";
                                };
                                recipientsTotal: number;
                                /** Format: date-time */
                                sendAt: string;
                                /** @enum {unknown} */
                                source: "clients" | "premises" | "client";
                                startedAt: null | string;
                                /**
                                 * @description scheduled — Запланирована, sending — Отправляется, done — Отправлена, cancelled — Отменена
                                 * @enum {unknown}
                                 */
                                status: "scheduled" | "sending" | "done" | "cancelled";
                                text: string;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Создать рассылку SMS или push: сразу или ко времени
         * @description SMS — не длиннее 10 частей; время отправки — не в прошлом. Получатели фиксируются при создании; отправляет фоновая задача с ограничением скорости.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience: {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId?: string;
                            clients?: {
                                /**
                                 * @description installed — входил в приложение; never — ни разу
                                 * @enum {unknown}
                                 */
                                app?: "installed" | "never";
                                /** @description Только эти клиенты (отмеченные в списке) */
                                id?: string[];
                                objectGroupId?: string[];
                                objectId?: string[];
                                premiseType?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                                quarterId?: string[];
                                role?: ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner")[];
                                /** @description ФИО или любая часть телефона (+7…, 8…, цифры) */
                                search?: string;
                                source?: ("self_registered" | "registration_request" | "manual" | "import")[];
                                /** @enum {unknown} */
                                status?: "active" | "blocked";
                                tag?: string[];
                            };
                            premises?: {
                                /** @description Помещения клиента */
                                clientId?: string[];
                                /** @description Только эти помещения (отмеченные в списке) */
                                id?: string[];
                                objectGroupId?: string[];
                                objectId?: string[];
                                quarterId?: string[];
                                /** @description Адрес «улица дом помещение», номер лицевого счёта или ЕЛС, ФИО или телефон клиента */
                                search?: string;
                                tag?: string[];
                                type?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                            };
                            /** @enum {unknown} */
                            source: "clients" | "premises" | "client";
                        };
                        /**
                         * @description sms — SMS, push — push-уведомление в приложении
                         * @enum {unknown}
                         */
                        channel: "sms" | "push";
                        sendAt?: null | string;
                        /** @description SMS: до 10 частей (670 знаков кириллицей) */
                        text: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description sms — SMS, push — push-уведомление в приложении
                             * @enum {unknown}
                             */
                            channel: "sms" | "push";
                            counts: {
                                delivered: number;
                                failed: number;
                                queued: number;
                                sent: number;
                                skipped: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Условия списка, из которого создана */
                            filter: {
                                [key: string]: unknown;
                            };
                            finishedAt: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            initiator: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            /** @description Номер в организации: «№ 12» */
                            number: number;
                            recipient?: null | {
                                reason: null | string;
                                /**
                                 * @description queued — В очереди, sent — Отправлено, delivered — Доставлено, failed — Ошибка, skipped — Пропущено
                                 * @enum {unknown}
                                 */
                                status: "queued" | "sent" | "delivered" | "failed" | "skipped";
                            };
                            recipientsTotal: number;
                            /** Format: date-time */
                            sendAt: string;
                            /** @enum {unknown} */
                            source: "clients" | "premises" | "client";
                            startedAt: null | string;
                            /**
                             * @description scheduled — Запланирована, sending — Отправляется, done — Отправлена, cancelled — Отменена
                             * @enum {unknown}
                             */
                            status: "scheduled" | "sending" | "done" | "cancelled";
                            text: string;
                            title: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mailings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Рассылка с числом получателей по статусам */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description sms — SMS, push — push-уведомление в приложении
                             * @enum {unknown}
                             */
                            channel: "sms" | "push";
                            counts: {
                                delivered: number;
                                failed: number;
                                queued: number;
                                sent: number;
                                skipped: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Условия списка, из которого создана */
                            filter: {
                                [key: string]: unknown;
                            };
                            finishedAt: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            initiator: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            /** @description Номер в организации: «№ 12» */
                            number: number;
                            recipient?: null | {
                                reason: null | string;
                                /**
                                 * @description queued — В очереди, sent — Отправлено, delivered — Доставлено, failed — Ошибка, skipped — Пропущено
                                 * @enum {unknown}
                                 */
                                status: "queued" | "sent" | "delivered" | "failed" | "skipped";
                            };
                            recipientsTotal: number;
                            /** Format: date-time */
                            sendAt: string;
                            /** @enum {unknown} */
                            source: "clients" | "premises" | "client";
                            startedAt: null | string;
                            /**
                             * @description scheduled — Запланирована, sending — Отправляется, done — Отправлена, cancelled — Отменена
                             * @enum {unknown}
                             */
                            status: "scheduled" | "sending" | "done" | "cancelled";
                            text: string;
                            title: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mailings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Отменить рассылку, которая ещё не отправлена
         * @description Кто ещё не получил сообщение — «Пропущено: Рассылка отменена».
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description sms — SMS, push — push-уведомление в приложении
                             * @enum {unknown}
                             */
                            channel: "sms" | "push";
                            counts: {
                                delivered: number;
                                failed: number;
                                queued: number;
                                sent: number;
                                skipped: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Условия списка, из которого создана */
                            filter: {
                                [key: string]: unknown;
                            };
                            finishedAt: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            initiator: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            /** @description Номер в организации: «№ 12» */
                            number: number;
                            recipient?: null | {
                                reason: null | string;
                                /**
                                 * @description queued — В очереди, sent — Отправлено, delivered — Доставлено, failed — Ошибка, skipped — Пропущено
                                 * @enum {unknown}
                                 */
                                status: "queued" | "sent" | "delivered" | "failed" | "skipped";
                            };
                            recipientsTotal: number;
                            /** Format: date-time */
                            sendAt: string;
                            /** @enum {unknown} */
                            source: "clients" | "premises" | "client";
                            startedAt: null | string;
                            /**
                             * @description scheduled — Запланирована, sending — Отправляется, done — Отправлена, cancelled — Отменена
                             * @enum {unknown}
                             */
                            status: "scheduled" | "sending" | "done" | "cancelled";
                            text: string;
                            title: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mailings/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Получатели рассылки и их статусы
         * @description Без права просмотра ФИО или контактов эти данные клиента приходят звёздочками (masked).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    status?: ("queued" | "sent" | "delivered" | "failed" | "skipped")[];
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                clientId: string;
                                clientName: string;
                                masked: {
                                    /** @description Телефон и e-mail скрыты звёздочками */
                                    contacts: boolean;
                                    /** @description ФИО и документы скрыты звёздочками */
                                    name: boolean;
                                };
                                phone: null | string;
                                reason: null | string;
                                /**
                                 * @description queued — В очереди, sent — Отправлено, delivered — Доставлено, failed — Ошибка, skipped — Пропущено
                                 * @enum {unknown}
                                 */
                                status: "queued" | "sent" | "delivered" | "failed" | "skipped";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mailings/initiators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Кто создавал рассылки организации: варианты фильтра «Инициатор» */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mailings/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Сколько клиентов получат рассылку и сколько не смогут, по причинам
         * @description Получатели — клиенты списка клиентов с этими фильтрами, клиенты помещений списка помещений с этими фильтрами или один клиент. Только числа, без данных клиентов. Нужны права «Рассылки: создание и отмена» и доступ к списку, из которого она создаётся.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience: {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId?: string;
                            clients?: {
                                /**
                                 * @description installed — входил в приложение; never — ни разу
                                 * @enum {unknown}
                                 */
                                app?: "installed" | "never";
                                /** @description Только эти клиенты (отмеченные в списке) */
                                id?: string[];
                                objectGroupId?: string[];
                                objectId?: string[];
                                premiseType?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                                quarterId?: string[];
                                role?: ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner")[];
                                /** @description ФИО или любая часть телефона (+7…, 8…, цифры) */
                                search?: string;
                                source?: ("self_registered" | "registration_request" | "manual" | "import")[];
                                /** @enum {unknown} */
                                status?: "active" | "blocked";
                                tag?: string[];
                            };
                            premises?: {
                                /** @description Помещения клиента */
                                clientId?: string[];
                                /** @description Только эти помещения (отмеченные в списке) */
                                id?: string[];
                                objectGroupId?: string[];
                                objectId?: string[];
                                quarterId?: string[];
                                /** @description Адрес «улица дом помещение», номер лицевого счёта или ЕЛС, ФИО или телефон клиента */
                                search?: string;
                                tag?: string[];
                                type?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                            };
                            /** @enum {unknown} */
                            source: "clients" | "premises" | "client";
                        };
                        /**
                         * @description sms — SMS, push — push-уведомление в приложении
                         * @enum {unknown}
                         */
                        channel: "sms" | "push";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Из них могут получить сообщение */
                            reachable: number;
                            /** @description Клиентов по условиям */
                            recipients: number;
                            /** @description Не получат, по причинам (noPhone, noApp, pushOff, typeOff) */
                            skipped: {
                                noApp: number;
                                noPhone: number;
                                pushOff: number;
                                typeOff: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meter-readings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Удалить ошибочное показание */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meter-readings/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Выгрузить показания счётчиков за месяц в Excel (для учётной системы)
         * @description Показания, снятые в месяце period (ГГГГ-ММ), всех объектов или одного (objectId): по строке на тариф — объект, адрес, номер помещения, лицевой счёт, заводской номер, ресурс, тариф, предыдущее и текущее показание, дата, источник. Нужны доступ к разделу «Помещения» и право «Возможность выгрузки отчёта: Показания счётчиков».
         */
        get: {
            parameters: {
                query: {
                    /** @description Идентификатор записи (UUID) */
                    objectId?: string;
                    /** @description Месяц, ГГГГ-ММ */
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Файл Excel (.xlsx): строка заголовков и по строке на запись */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Удалить счётчик вместе с его показаниями */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Изменить счётчик
         * @description Ресурс и число тарифов меняются, только пока у счётчика нет показаний (409 METER_HAS_READINGS).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId?: null | string;
                        externalId?: null | string;
                        installedOn?: null | string;
                        nextVerificationOn?: null | string;
                        place?: null | string;
                        /**
                         * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                         * @enum {unknown}
                         */
                        resource?: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                        serialNumber?: string;
                        /** @description Число тарифов: 1; у электроэнергии 2 (день/ночь) или 3 (пик/ночь/полупик) */
                        tariffs?: number;
                        verifiedOn?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: null | string;
                            accountNumber: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            installedOn: null | string;
                            lastReading: null | {
                                /** @enum {unknown} */
                                authorKind: "staff" | "client" | "integration";
                                authorName: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Автор подтвердил показание намного выше обычного */
                                jumpConfirmed: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                meterId: string;
                                /** @enum {unknown} */
                                source: "crm" | "app" | "integration";
                                /**
                                 * Format: date
                                 * @description Дата в формате ГГГГ-ММ-ДД
                                 */
                                takenOn: string;
                                values: string[];
                            };
                            nextVerificationOn: null | string;
                            place: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            replacedById: null | string;
                            replacedOn: null | string;
                            /**
                             * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                             * @enum {unknown}
                             */
                            resource: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                            serialNumber: string;
                            tariffs: number;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedOn: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/meters/{id}/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Показания счётчика, новые сверху (до 200) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            authorKind: "staff" | "client" | "integration";
                            authorName: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @description Автор подтвердил показание намного выше обычного */
                            jumpConfirmed: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            meterId: string;
                            /** @enum {unknown} */
                            source: "crm" | "app" | "integration";
                            /**
                             * Format: date
                             * @description Дата в формате ГГГГ-ММ-ДД
                             */
                            takenOn: string;
                            values: string[];
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Внести показание счётчика
         * @description takenOn — день показания (по умолчанию сегодня по Москве); values — по тарифам. Показание меньше предыдущего (по любому тарифу) не принимается (400 METER_READING_LOWER): у заменённого
         *     счётчика показания идут по новому счётчику с его собственного первого показания. Показание намного больше обычного расхода
         *     (средний месячный расход по прежним показаниям × коэффициент из настроек, по умолчанию 5; при истории меньше 28 дней
         *     проверки нет) — 409 METER_READING_JUMP; повтор с confirmJump: true его принимает. Сотрудники вносят показания в любой день.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Показание намного выше обычного верно (после ответа 409 METER_READING_JUMP) */
                        confirmJump?: boolean;
                        /**
                         * Format: date
                         * @description Дата в формате ГГГГ-ММ-ДД
                         */
                        takenOn?: string;
                        /** @description Значения по тарифам по порядку (Т1, Т2, Т3); столько, сколько тарифов у счётчика */
                        values: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            authorKind: "staff" | "client" | "integration";
                            authorName: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @description Автор подтвердил показание намного выше обычного */
                            jumpConfirmed: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            meterId: string;
                            /** @enum {unknown} */
                            source: "crm" | "app" | "integration";
                            /**
                             * Format: date
                             * @description Дата в формате ГГГГ-ММ-ДД
                             */
                            takenOn: string;
                            values: string[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meters/{id}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Заменить счётчик новым: старый остаётся с показаниями, отмеченный датой замены
         * @description Новый счётчик того же помещения; initialValues — его начальное показание на дату замены. Ответ — новый счётчик.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Значения по тарифам по порядку (Т1, Т2, Т3); столько, сколько тарифов у счётчика */
                        initialValues?: string[];
                        meter: {
                            accountId?: null | string;
                            externalId?: null | string;
                            installedOn?: null | string;
                            nextVerificationOn?: null | string;
                            place?: null | string;
                            /**
                             * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                             * @enum {unknown}
                             */
                            resource: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                            serialNumber: string;
                            /** @description Число тарифов: 1; у электроэнергии 2 (день/ночь) или 3 (пик/ночь/полупик) */
                            tariffs?: number;
                            verifiedOn?: null | string;
                        };
                        /**
                         * Format: date
                         * @description Дата в формате ГГГГ-ММ-ДД
                         */
                        replacedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: null | string;
                            accountNumber: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            installedOn: null | string;
                            lastReading: null | {
                                /** @enum {unknown} */
                                authorKind: "staff" | "client" | "integration";
                                authorName: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Автор подтвердил показание намного выше обычного */
                                jumpConfirmed: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                meterId: string;
                                /** @enum {unknown} */
                                source: "crm" | "app" | "integration";
                                /**
                                 * Format: date
                                 * @description Дата в формате ГГГГ-ММ-ДД
                                 */
                                takenOn: string;
                                values: string[];
                            };
                            nextVerificationOn: null | string;
                            place: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            replacedById: null | string;
                            replacedOn: null | string;
                            /**
                             * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                             * @enum {unknown}
                             */
                            resource: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                            serialNumber: string;
                            tariffs: number;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedOn: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Монитор основных метрик: активные пользователи, с включёнными push, отключения push
         * @description По дням или неделям (с понедельника) за период from..to (дни по Москве, включительно): каждая точка периода, нули где ничего не было; pushDisablesTotal — жители, отключившие push за весь период, каждый один раз. Учитываются версии приложения от минимальной (Настройки → Монитор). Цифры считает фоновое задание раз в 10 минут.
         */
        get: {
            parameters: {
                query: {
                    /** @description Первый день периода (ГГГГ-ММ-ДД, по Москве) */
                    from: string;
                    /** @description day — по дням, week — по неделям (с понедельника, по Москве) */
                    period?: "day" | "week";
                    /** @description Последний день периода, включительно */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            computedAt: null | string;
                            /**
                             * Format: date
                             * @description Дата в формате ГГГГ-ММ-ДД
                             */
                            from: string;
                            /** @description Учитываются версии приложения от этой */
                            minAppVersion: string;
                            /**
                             * @description day — по дням, week — по неделям (с понедельника, по Москве)
                             * @enum {unknown}
                             */
                            period: "day" | "week";
                            /** @description Каждый день или неделя периода, по порядку */
                            points: {
                                /** @description Жители, открывавшие приложение (версии от минимальной) */
                                activeUsers: number;
                                /** @description Жители, отключившие push: запрет в устройстве или все типы выключены */
                                pushDisables: number;
                                /** @description Из них те, у кого на конец дня или недели уведомления разрешены в устройстве и включён хотя бы один тип */
                                pushUsers: number;
                                /**
                                 * Format: date
                                 * @description День или понедельник недели (ГГГГ-ММ-ДД)
                                 */
                                startsOn: string;
                            }[];
                            /** @description Жители, отключившие push за весь период (каждый один раз) */
                            pushDisablesTotal: number;
                            /** @description Цифры пересчитываются после смены минимальной версии */
                            recomputing: boolean;
                            /**
                             * Format: date
                             * @description Дата в формате ГГГГ-ММ-ДД
                             */
                            to: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/object-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Группы объектов с числом объектов, по названию */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            objectCount: number;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Добавить группу объектов */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            objectCount: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/object-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Группа объектов */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            objectCount: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Удалить группу объектов; объекты не удаляются, а отвязываются */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Переименовать группу объектов */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            objectCount: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Объекты организации по названию, с группой, кварталом и числом помещений */
        get: {
            parameters: {
                query?: {
                    /** @description Идентификатор записи (UUID) */
                    groupId?: string;
                    /** @description Идентификатор записи (UUID) */
                    quarterId?: string;
                    /** @description Часть названия или адреса */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            brandColor: null | string;
                            brandLogoUrl: null | string;
                            brandName: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            groupId: null | string;
                            groupName: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            imageUrl: null | string;
                            name: string;
                            /** @description Оплата счетов онлайн для жителей объекта */
                            onlinePayment: boolean;
                            premiseCount: number;
                            quarterId: null | string;
                            quarterName: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Добавить объект */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        brandColor?: null | string;
                        brandName?: null | string;
                        groupId?: null | string;
                        name: string;
                        /** @description Оплата счетов онлайн; при создании по умолчанию включена */
                        onlinePayment?: boolean;
                        quarterId?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            brandColor: null | string;
                            brandLogoUrl: null | string;
                            brandName: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            groupId: null | string;
                            groupName: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            imageUrl: null | string;
                            name: string;
                            /** @description Оплата счетов онлайн для жителей объекта */
                            onlinePayment: boolean;
                            premiseCount: number;
                            quarterId: null | string;
                            quarterName: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/objects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Объект */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            brandColor: null | string;
                            brandLogoUrl: null | string;
                            brandName: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            groupId: null | string;
                            groupName: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            imageUrl: null | string;
                            name: string;
                            /** @description Оплата счетов онлайн для жителей объекта */
                            onlinePayment: boolean;
                            premiseCount: number;
                            quarterId: null | string;
                            quarterName: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Удалить объект без помещений */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Изменить объект */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        brandColor?: null | string;
                        brandName?: null | string;
                        groupId?: null | string;
                        name?: string;
                        /** @description Оплата счетов онлайн; при создании по умолчанию включена */
                        onlinePayment?: boolean;
                        quarterId?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            brandColor: null | string;
                            brandLogoUrl: null | string;
                            brandName: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            groupId: null | string;
                            groupName: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            imageUrl: null | string;
                            name: string;
                            /** @description Оплата счетов онлайн для жителей объекта */
                            onlinePayment: boolean;
                            premiseCount: number;
                            quarterId: null | string;
                            quarterName: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/objects/{id}/brand-logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Логотип объекта в приложении жителей
         * @description Адрес с параметром `v` (версия) берите из `brandLogoUrl` объекта.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Версия логотипа */
                    v?: string;
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Загрузить или заменить логотип объекта в приложении жителей
         * @description multipart/form-data, поле `file`: JPEG, PNG или WebP до 1 МБ и до 4096 пикселей по стороне (тип определяется по содержимому). Без своего логотипа объект показывает логотип организации.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            brandColor: null | string;
                            brandLogoUrl: null | string;
                            brandName: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            groupId: null | string;
                            groupName: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            imageUrl: null | string;
                            name: string;
                            /** @description Оплата счетов онлайн для жителей объекта */
                            onlinePayment: boolean;
                            premiseCount: number;
                            quarterId: null | string;
                            quarterName: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Удалить логотип объекта (объект покажет логотип организации) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/objects/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Изображение объекта
         * @description Адрес с параметром `v` (версия) берите из `imageUrl` объекта.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Версия изображения */
                    v?: string;
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Загрузить или заменить изображение объекта
         * @description multipart/form-data, поле `file`: JPEG, PNG или WebP до 5 МБ (тип определяется по содержимому).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            brandColor: null | string;
                            brandLogoUrl: null | string;
                            brandName: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            groupId: null | string;
                            groupName: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            imageUrl: null | string;
                            name: string;
                            /** @description Оплата счетов онлайн для жителей объекта */
                            onlinePayment: boolean;
                            premiseCount: number;
                            quarterId: null | string;
                            quarterName: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Удалить изображение объекта */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Справочник прав для редактора ролей */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            group: "premises" | "clients" | "requests" | "media" | "export" | "admin";
                            groupLabel: string;
                            label: string;
                            /** @enum {unknown} */
                            name: "premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage";
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premise-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Отвязать клиента; от собственника зависят другие — отказать, удалить их или передать другому */
        delete: {
            parameters: {
                query?: {
                    dependents?: "refuse" | "remove" | "reassign";
                    /** @description Привязка собственника, к которому перейдут зависящие клиенты */
                    reassignTo?: string;
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Изменить привязку: роль, собственника, документы, долю и остальное */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        act?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        certificate?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        comment?: null | string;
                        contract?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        ddu?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        keepOnSync?: boolean;
                        onlinePayment?: boolean;
                        ownerClientId?: null | string;
                        rentDate?: null | string;
                        /** @enum {unknown} */
                        role?: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                        share?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            act: {
                                date: null | string;
                                number: null | string;
                            };
                            addedBy: {
                                /** @enum {unknown} */
                                kind: "staff" | "resident" | "import";
                                name: null | string;
                            };
                            certificate: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            clientName: string;
                            clientPhone: null | string;
                            /** @enum {unknown} */
                            clientStatus: "active" | "blocked";
                            comment: null | string;
                            contract: {
                                date: null | string;
                                number: null | string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            ddu: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @description Не удалять клиента при интеграции */
                            keepOnSync: boolean;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            objectName: string;
                            onlinePayment: boolean;
                            ownerClientId: null | string;
                            ownerName: null | string;
                            premiseAddress: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            rentDate: null | string;
                            /** @enum {unknown} */
                            role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            roleLabel: string;
                            share: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/premises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Список помещений: поиск, фильтры, сортировка, страницы
         * @description search — «улица дом помещение» (улицу можно опустить: «10 15», «кв 15») или номер лицевого счёта/ЕЛС. Фильтры можно повторять: ?type=flat&type=room. sort: address, -address, area, -area.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Помещения клиента */
                    clientId?: string[];
                    /** @description Только эти помещения (отмеченные в списке) */
                    id?: string[];
                    objectGroupId?: string[];
                    objectId?: string[];
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    quarterId?: string[];
                    /** @description Адрес «улица дом помещение», номер лицевого счёта или ЕЛС, ФИО или телефон клиента */
                    search?: string;
                    sort?: "address" | "-address" | "area" | "-area";
                    tag?: string[];
                    type?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accountNumbers: string[];
                                building: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: null | {
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    name: string;
                                };
                                entrance: null | string;
                                externalId: null | string;
                                floor: number;
                                fullAddress: string;
                                house: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                livingArea: null | number;
                                note: null | string;
                                number: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                objectId: string;
                                objectName: string;
                                onlinePayment: boolean;
                                /** @description P-5: жители могут платить онлайн, только если оплата включена и у помещения, и у объекта */
                                onlinePaymentEffective: boolean;
                                room: null | string;
                                rooms: null | number;
                                street: null | string;
                                tags: string[];
                                totalArea: null | number;
                                /**
                                 * @description квартира flat, машиноместо parking, кладовая storage, апартаменты apartment, нежилое commercial, дом house, таунхаус townhouse, дуплекс duplex, комната room, участок plot
                                 * @enum {unknown}
                                 */
                                type: "flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot";
                                typeLabel: string;
                                /** Format: date-time */
                                updatedAt: string;
                                updatedBy: null | {
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    name: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Добавить помещение вручную
         * @description Набор полей адреса зависит от типа; поля другого типа отклоняются.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        building?: null | string;
                        entrance?: null | string;
                        externalId?: null | string;
                        floor?: null | number;
                        house?: null | string;
                        livingArea?: null | number;
                        note?: null | string;
                        number?: null | string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        objectId: string;
                        /** @description Оплата счетов онлайн */
                        onlinePayment?: boolean;
                        room?: null | string;
                        rooms?: null | number;
                        street?: null | string;
                        /** @description Названия тегов */
                        tags?: string[];
                        totalArea?: null | number;
                        /**
                         * @description квартира flat, машиноместо parking, кладовая storage, апартаменты apartment, нежилое commercial, дом house, таунхаус townhouse, дуплекс duplex, комната room, участок plot
                         * @enum {unknown}
                         */
                        type: "flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountNumbers: string[];
                            building: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            entrance: null | string;
                            externalId: null | string;
                            floor: number;
                            fullAddress: string;
                            house: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            livingArea: null | number;
                            note: null | string;
                            number: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            objectId: string;
                            objectName: string;
                            onlinePayment: boolean;
                            /** @description P-5: жители могут платить онлайн, только если оплата включена и у помещения, и у объекта */
                            onlinePaymentEffective: boolean;
                            room: null | string;
                            rooms: null | number;
                            street: null | string;
                            tags: string[];
                            totalArea: null | number;
                            /**
                             * @description квартира flat, машиноместо parking, кладовая storage, апартаменты apartment, нежилое commercial, дом house, таунхаус townhouse, дуплекс duplex, комната room, участок plot
                             * @enum {unknown}
                             */
                            type: "flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot";
                            typeLabel: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Карточка помещения */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountNumbers: string[];
                            building: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            entrance: null | string;
                            externalId: null | string;
                            floor: number;
                            fullAddress: string;
                            house: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            livingArea: null | number;
                            note: null | string;
                            number: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            objectId: string;
                            objectName: string;
                            onlinePayment: boolean;
                            /** @description P-5: жители могут платить онлайн, только если оплата включена и у помещения, и у объекта */
                            onlinePaymentEffective: boolean;
                            room: null | string;
                            rooms: null | number;
                            street: null | string;
                            tags: string[];
                            totalArea: null | number;
                            /**
                             * @description квартира flat, машиноместо parking, кладовая storage, апартаменты apartment, нежилое commercial, дом house, таунхаус townhouse, дуплекс duplex, комната room, участок plot
                             * @enum {unknown}
                             */
                            type: "flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot";
                            typeLabel: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Удалить помещение вместе с лицевыми счетами, документами и всем, что к ним привязано */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Изменить общие сведения помещения (пустой этаж сохраняется как 0) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        building?: null | string;
                        entrance?: null | string;
                        externalId?: null | string;
                        floor?: null | number;
                        house?: null | string;
                        livingArea?: null | number;
                        note?: null | string;
                        number?: null | string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        objectId?: string;
                        /** @description Оплата счетов онлайн */
                        onlinePayment?: boolean;
                        room?: null | string;
                        rooms?: null | number;
                        street?: null | string;
                        /** @description Названия тегов */
                        tags?: string[];
                        totalArea?: null | number;
                        /**
                         * @description квартира flat, машиноместо parking, кладовая storage, апартаменты apartment, нежилое commercial, дом house, таунхаус townhouse, дуплекс duplex, комната room, участок plot
                         * @enum {unknown}
                         */
                        type?: "flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountNumbers: string[];
                            building: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            entrance: null | string;
                            externalId: null | string;
                            floor: number;
                            fullAddress: string;
                            house: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            livingArea: null | number;
                            note: null | string;
                            number: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            objectId: string;
                            objectName: string;
                            onlinePayment: boolean;
                            /** @description P-5: жители могут платить онлайн, только если оплата включена и у помещения, и у объекта */
                            onlinePaymentEffective: boolean;
                            room: null | string;
                            rooms: null | number;
                            street: null | string;
                            tags: string[];
                            totalArea: null | number;
                            /**
                             * @description квартира flat, машиноместо parking, кладовая storage, апартаменты apartment, нежилое commercial, дом house, таунхаус townhouse, дуплекс duplex, комната room, участок plot
                             * @enum {unknown}
                             */
                            type: "flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot";
                            typeLabel: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/premises/{id}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Лицевые счета помещения */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: null | {
                                /** @description Сумма к оплате, рубли с копейками: «1234.50» */
                                amount: string;
                                /** @description Расчётный месяц, ГГГГ-ММ */
                                period: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            els: null | string;
                            externalId: null | string;
                            /** @description Не отображать в ЛК жителя */
                            hiddenFromResidents: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            legalEntityId: string;
                            legalEntityName: string;
                            number: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Добавить лицевой счёт (номер уникален в пределах юрлица; ЕЛС в формате ГИС ЖКХ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        els?: null | string;
                        externalId?: null | string;
                        hiddenFromResidents?: boolean;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        legalEntityId: string;
                        number: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: null | {
                                /** @description Сумма к оплате, рубли с копейками: «1234.50» */
                                amount: string;
                                /** @description Расчётный месяц, ГГГГ-ММ */
                                period: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            els: null | string;
                            externalId: null | string;
                            /** @description Не отображать в ЛК жителя */
                            hiddenFromResidents: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            legalEntityId: string;
                            legalEntityName: string;
                            number: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Активность помещения: действия всех его клиентов (ACT-1)
         * @description Действия новые сверху: заявки в УК, показания счётчиков, звонки и действия из других систем УО
         *     (заказы в Маркетплейсе, оплаты, пропуска, опросы, собрания). Страница — по курсору: следующая с cursor=nextCursor;
         *     nextCursor = null — записей больше нет. Фильтр по статусу оставляет только заявки. Поиск — по теме (у показаний — по
         *     номеру счётчика). Нужны доступ к разделу и право «Активности клиента»; без права просмотра ФИО имя клиента приходит
         *     звёздочками.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Клиенты помещения */
                    clientId?: string[];
                    /** @description nextCursor предыдущей страницы */
                    cursor?: string;
                    /** @description Типы действий */
                    kind?: ("request" | "meter_reading" | "call" | "marketplace_order" | "bill_payment" | "pass" | "survey" | "owners_meeting")[];
                    limit?: number;
                    /** @description Часть темы */
                    search?: string;
                    /** @description Статусы заявок: остаются только заявки в этих статусах */
                    status?: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                authorName: null | string;
                                clientId: null | string;
                                clientName: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /**
                                 * @description request — заявка в УК, meter_reading — показания счётчиков, call — звонок, marketplace_order — заказ в Маркетплейсе, bill_payment — оплата счёта, pass — пропуск, survey — опрос, owners_meeting — собрание собственников
                                 * @enum {unknown}
                                 */
                                kind: "request" | "meter_reading" | "call" | "marketplace_order" | "bill_payment" | "pass" | "survey" | "owners_meeting";
                                masked: {
                                    /** @description Телефон и e-mail скрыты звёздочками */
                                    contacts: boolean;
                                    /** @description ФИО и документы скрыты звёздочками */
                                    name: boolean;
                                };
                                note: null | string;
                                number: null | number;
                                /** Format: date-time */
                                occurredAt: string;
                                premiseAddress: null | string;
                                premiseId: null | string;
                                requestType: null | string;
                                result: null | string;
                                status: null | string;
                                subject: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/{id}/activity/counters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Открытые и все заявки помещения — цифры у вкладки «Активность» (ACT-3) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Заявки в статусах Ожидание, В работе, Приостановлено, Согласование, Требует уточнения */
                            openRequests: number;
                            /** @description Все заявки */
                            requests: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/{id}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Клиенты помещения: по ролям, затем по ФИО */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            act: {
                                date: null | string;
                                number: null | string;
                            };
                            addedBy: {
                                /** @enum {unknown} */
                                kind: "staff" | "resident" | "import";
                                name: null | string;
                            };
                            certificate: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            clientName: string;
                            clientPhone: null | string;
                            /** @enum {unknown} */
                            clientStatus: "active" | "blocked";
                            comment: null | string;
                            contract: {
                                date: null | string;
                                number: null | string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            ddu: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @description Не удалять клиента при интеграции */
                            keepOnSync: boolean;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            objectName: string;
                            onlinePayment: boolean;
                            ownerClientId: null | string;
                            ownerName: null | string;
                            premiseAddress: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            rentDate: null | string;
                            /** @enum {unknown} */
                            role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            roleLabel: string;
                            share: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Привязать клиента к помещению (по умолчанию — собственником) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        act?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        certificate?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        clientId: string;
                        comment?: null | string;
                        contract?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        ddu?: {
                            date?: null | string;
                            number?: null | string;
                        };
                        keepOnSync?: boolean;
                        onlinePayment?: boolean;
                        ownerClientId?: null | string;
                        rentDate?: null | string;
                        /** @enum {unknown} */
                        role?: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                        share?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            act: {
                                date: null | string;
                                number: null | string;
                            };
                            addedBy: {
                                /** @enum {unknown} */
                                kind: "staff" | "resident" | "import";
                                name: null | string;
                            };
                            certificate: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            clientName: string;
                            clientPhone: null | string;
                            /** @enum {unknown} */
                            clientStatus: "active" | "blocked";
                            comment: null | string;
                            contract: {
                                date: null | string;
                                number: null | string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            ddu: {
                                date: null | string;
                                number: null | string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @description Не удалять клиента при интеграции */
                            keepOnSync: boolean;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            objectName: string;
                            onlinePayment: boolean;
                            ownerClientId: null | string;
                            ownerName: null | string;
                            premiseAddress: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            rentDate: null | string;
                            /** @enum {unknown} */
                            role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            roleLabel: string;
                            share: null | string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Документы помещения; поиск по названию и описанию (не по имени файла) */
        get: {
            parameters: {
                query?: {
                    /** @description Поиск по названию и описанию */
                    search?: string;
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            date: null | string;
                            description: null | string;
                            fileName: string;
                            fileUrl: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            size: number;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Видно жителям помещения в приложении (APP-3) */
                            visibleToResidents: boolean;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Загрузить документ (multipart/form-data: title, description, date, visibleToResidents, file)
         * @description Файл до 20 МБ: PDF, изображения, документы Office и OpenDocument, текст. visibleToResidents=true — документ видят жители помещения в приложении (по умолчанию нет).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            /** Format: date-time */
                            createdAt: string;
                            date: null | string;
                            description: null | string;
                            fileName: string;
                            fileUrl: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            size: number;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Видно жителям помещения в приложении (APP-3) */
                            visibleToResidents: boolean;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** История изменений помещения, его лицевых счетов и документов */
        get: {
            parameters: {
                query?: {
                    /** @description id записи: показать более ранние */
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            action: "create" | "update" | "delete";
                            actor: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            actorName: null | string;
                            /** Format: date-time */
                            at: string;
                            changes: {
                                field: string;
                                new: unknown;
                                old: unknown;
                            }[];
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            entityId: string;
                            entityType: string;
                            id: string;
                            /** @description Что изменилось, по-русски */
                            summary: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/{id}/meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Счётчики (ИПУ) помещения с последними показаниями; заменённые — после действующих */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: null | string;
                            accountNumber: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            installedOn: null | string;
                            lastReading: null | {
                                /** @enum {unknown} */
                                authorKind: "staff" | "client" | "integration";
                                authorName: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Автор подтвердил показание намного выше обычного */
                                jumpConfirmed: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                meterId: string;
                                /** @enum {unknown} */
                                source: "crm" | "app" | "integration";
                                /**
                                 * Format: date
                                 * @description Дата в формате ГГГГ-ММ-ДД
                                 */
                                takenOn: string;
                                values: string[];
                            };
                            nextVerificationOn: null | string;
                            place: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            replacedById: null | string;
                            replacedOn: null | string;
                            /**
                             * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                             * @enum {unknown}
                             */
                            resource: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                            serialNumber: string;
                            tariffs: number;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedOn: null | string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Добавить счётчик помещению */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId?: null | string;
                        externalId?: null | string;
                        installedOn?: null | string;
                        nextVerificationOn?: null | string;
                        place?: null | string;
                        /**
                         * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                         * @enum {unknown}
                         */
                        resource: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                        serialNumber: string;
                        /** @description Число тарифов: 1; у электроэнергии 2 (день/ночь) или 3 (пик/ночь/полупик) */
                        tariffs?: number;
                        verifiedOn?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: null | string;
                            accountNumber: null | string;
                            /** Format: date-time */
                            createdAt: string;
                            externalId: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            installedOn: null | string;
                            lastReading: null | {
                                /** @enum {unknown} */
                                authorKind: "staff" | "client" | "integration";
                                authorName: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Автор подтвердил показание намного выше обычного */
                                jumpConfirmed: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                meterId: string;
                                /** @enum {unknown} */
                                source: "crm" | "app" | "integration";
                                /**
                                 * Format: date
                                 * @description Дата в формате ГГГГ-ММ-ДД
                                 */
                                takenOn: string;
                                values: string[];
                            };
                            nextVerificationOn: null | string;
                            place: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                            replacedById: null | string;
                            replacedOn: null | string;
                            /**
                             * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                             * @enum {unknown}
                             */
                            resource: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                            serialNumber: string;
                            tariffs: number;
                            /** Format: date-time */
                            updatedAt: string;
                            verifiedOn: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/bulk-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Добавить или снять теги у отмеченных помещений или у всех найденных
         * @description filter — условия списка (id — отмеченные строки). Без единого условия нужно all: true. Не больше 100 000 помещений за раз (400 BULK_TOO_MANY).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Названия тегов: добавить (новые создаются при праве «Изменения тегов») */
                        add?: string[];
                        /** @description Подтверждение: весь список без условий */
                        all?: boolean;
                        filter: {
                            /** @description Помещения клиента */
                            clientId?: string[];
                            /** @description Только эти помещения (отмеченные в списке) */
                            id?: string[];
                            objectGroupId?: string[];
                            objectId?: string[];
                            quarterId?: string[];
                            /** @description Адрес «улица дом помещение», номер лицевого счёта или ЕЛС, ФИО или телефон клиента */
                            search?: string;
                            tag?: string[];
                            type?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                        };
                        /** @description Названия тегов: снять */
                        remove?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Из них теги изменились */
                            affected: number;
                            /** @description Выбрано записей */
                            matched: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Выгрузить список помещений в Excel (с фильтрами и поиском списка)
         * @description Те же параметры, что у GET /api/premises, без страниц. Колонки P-8: адрес, подъезд, этаж, лицевой счёт, площади, клиенты, документы привязок, теги, внешний идентификатор; несколько значений в ячейке — через «; ». Нужен доступ к разделу «Помещения». Без права просмотра ФИО имена клиентов — звёздочками.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Помещения клиента */
                    clientId?: string[];
                    /** @description Только эти помещения (отмеченные в списке) */
                    id?: string[];
                    objectGroupId?: string[];
                    objectId?: string[];
                    quarterId?: string[];
                    /** @description Адрес «улица дом помещение», номер лицевого счёта или ЕЛС, ФИО или телефон клиента */
                    search?: string;
                    sort?: "address" | "-address" | "area" | "-area";
                    tag?: string[];
                    type?: ("flat" | "parking" | "storage" | "apartment" | "commercial" | "house" | "townhouse" | "duplex" | "room" | "plot")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Файл Excel (.xlsx): строка заголовков и по строке на запись */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quarters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Кварталы с числом объектов, по названию */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            objectCount: number;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Добавить квартал */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            objectCount: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quarters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Квартал */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            objectCount: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Удалить квартал; объекты не удаляются, а отвязываются */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Переименовать квартал */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            objectCount: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/registration-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Заявки на регистрацию и на добавление помещения: новые сверху
         * @description Без права просмотра ФИО или контактов эти данные приходят звёздочками, а поиск по ним отклоняется (403 PII_SEARCH_FORBIDDEN).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    /** @description ФИО или любая часть телефона (+7…, 8…, цифры) */
                    search?: string;
                    status?: "new" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Адрес, как его написал житель */
                                addressText: string;
                                clientId: null | string;
                                clientName: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                decidedAt: null | string;
                                decidedBy: null | {
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    name: string;
                                };
                                fullName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @enum {unknown} */
                                kind: "registration" | "add_premise";
                                linkId: null | string;
                                masked: {
                                    /** @description Телефон и e-mail скрыты звёздочками */
                                    contacts: boolean;
                                    /** @description ФИО и документы скрыты звёздочками */
                                    name: boolean;
                                };
                                objectId: null | string;
                                objectName: null | string;
                                phone: string;
                                premiseAddress: null | string;
                                premiseId: null | string;
                                rejectReason: null | string;
                                requestedRole: null | ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner");
                                /** @enum {unknown} */
                                status: "new" | "approved" | "rejected";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registration-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Заявка с комментариями и предложенным помещением */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Адрес, как его написал житель */
                            addressText: string;
                            clientId: null | string;
                            clientName: null | string;
                            comments: {
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: null | string;
                            decidedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            fullName: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "registration" | "add_premise";
                            linkId: null | string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            objectId: null | string;
                            objectName: null | string;
                            phone: string;
                            premiseAddress: null | string;
                            premiseId: null | string;
                            rejectReason: null | string;
                            requestedRole: null | ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner");
                            /** @enum {unknown} */
                            status: "new" | "approved" | "rejected";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registration-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Одобрить: привязать клиента к помещению с ролью
         * @description Клиент — выбранный (clientId), новый (newClient), иначе клиент организации с телефоном из заявки, иначе новый из ФИО и телефона заявки. Роль по умолчанию — запрошенная, иначе собственник. Рассмотренную заявку повторно не решить (409 REQUEST_ALREADY_DECIDED).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Существующий клиент организации
                         */
                        clientId?: string;
                        comment?: string;
                        link?: {
                            act?: {
                                date?: null | string;
                                number?: null | string;
                            };
                            certificate?: {
                                date?: null | string;
                                number?: null | string;
                            };
                            comment?: null | string;
                            contract?: {
                                date?: null | string;
                                number?: null | string;
                            };
                            ddu?: {
                                date?: null | string;
                                number?: null | string;
                            };
                            keepOnSync?: boolean;
                            onlinePayment?: boolean;
                            ownerClientId?: null | string;
                            rentDate?: null | string;
                            share?: null | string;
                        };
                        newClient?: {
                            birthDate?: null | string;
                            email?: null | string;
                            externalId?: null | string;
                            fullName: string;
                            gender?: null | ("male" | "female");
                            inn?: null | string;
                            loyaltyCard?: null | string;
                            note?: null | string;
                            passport?: null | string;
                            passportComment?: null | string;
                            phone?: null | string;
                            regAddress?: null | string;
                            regComment?: null | string;
                            regPostcode?: null | string;
                            snils?: null | string;
                            /** @enum {unknown} */
                            status?: "active" | "blocked";
                            tags?: string[];
                            taxForm?: null | ("osno" | "usn" | "eshn" | "psn" | "npd" | "ausn");
                            tester?: boolean;
                            /** @enum {unknown} */
                            type?: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                        };
                        /**
                         * Format: uuid
                         * @description По умолчанию — помещение из заявки
                         */
                        premiseId?: string;
                        /** @enum {unknown} */
                        role?: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Адрес, как его написал житель */
                            addressText: string;
                            clientId: null | string;
                            clientName: null | string;
                            comments: {
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: null | string;
                            decidedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            fullName: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "registration" | "add_premise";
                            linkId: null | string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            objectId: null | string;
                            objectName: null | string;
                            phone: string;
                            premiseAddress: null | string;
                            premiseId: null | string;
                            rejectReason: null | string;
                            requestedRole: null | ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner");
                            /** @enum {unknown} */
                            status: "new" | "approved" | "rejected";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registration-requests/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Добавить комментарий сотрудника */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Адрес, как его написал житель */
                            addressText: string;
                            clientId: null | string;
                            clientName: null | string;
                            comments: {
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: null | string;
                            decidedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            fullName: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "registration" | "add_premise";
                            linkId: null | string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            objectId: null | string;
                            objectName: null | string;
                            phone: string;
                            premiseAddress: null | string;
                            premiseId: null | string;
                            rejectReason: null | string;
                            requestedRole: null | ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner");
                            /** @enum {unknown} */
                            status: "new" | "approved" | "rejected";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registration-requests/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** История заявки: получена, комментарии, решение — кто и когда */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            action: "create" | "update" | "delete";
                            actor: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            actorName: null | string;
                            /** Format: date-time */
                            at: string;
                            changes: {
                                field: string;
                                new: unknown;
                                old: unknown;
                            }[];
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            entityId: string;
                            entityType: string;
                            id: string;
                            /** @description Что изменилось, по-русски */
                            summary: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registration-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Отклонить с указанием причины */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Адрес, как его написал житель */
                            addressText: string;
                            clientId: null | string;
                            clientName: null | string;
                            comments: {
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                text: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: null | string;
                            decidedBy: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            fullName: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "registration" | "add_premise";
                            linkId: null | string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            objectId: null | string;
                            objectName: null | string;
                            phone: string;
                            premiseAddress: null | string;
                            premiseId: null | string;
                            rejectReason: null | string;
                            requestedRole: null | ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner");
                            /** @enum {unknown} */
                            status: "new" | "approved" | "rejected";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registration-requests/counters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Счётчики меню CRM: новые заявки на регистрацию и неидентифицированные */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Неидентифицированные, ещё не ставшие клиентами */
                            newLeads: number;
                            /** @description Заявки на регистрацию в статусе «Новая» */
                            newRequests: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registration-requests/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Выгрузить заявки на регистрацию в Excel (с фильтром и поиском списка)
         * @description Те же параметры, что у GET /api/registration-requests, без страниц. Нужны доступ к разделу «Клиенты» и право «Возможность выгрузки отчёта: Заявки на регистрацию и неидентифицированные». Персональные данные — как в списке.
         */
        get: {
            parameters: {
                query?: {
                    /** @description ФИО или любая часть телефона (+7…, 8…, цифры) */
                    search?: string;
                    status?: "new" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Файл Excel (.xlsx): строка заголовков и по строке на запись */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Типы заявок организации в их порядке */
        get: {
            parameters: {
                query?: {
                    /** @description Показывать и архивные (по умолчанию нет) */
                    archived?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description В архиве: для новых заявок не предлагается */
                            archived: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            position: number;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Добавить тип заявки (право «Настройки») */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description В архиве: для новых заявок не предлагается */
                            archived: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            position: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Переименовать тип заявки или убрать его в архив
         * @description Тип в архиве не предлагается для новых заявок; прежние заявки его сохраняют.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        archived?: boolean;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description В архиве: для новых заявок не предлагается */
                            archived: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            position: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/request-types/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Новый порядок типов заявок: все типы организации по одному разу */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Все типы в новом порядке */
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description В архиве: для новых заявок не предлагается */
                            archived: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            position: number;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/auth/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Код для входа по SMS
         * @description Отправляет 6-значный код на телефон от имени организации. Код действует 5 минут, новый — не чаще раза в минуту; ответ одинаков для известных и новых номеров.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Короткое имя управляющей организации (её бренд в приложении, например demo) */
                        organization: string;
                        /** @description Телефон: +7…, 8… или 10 цифр */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Сколько секунд действует код */
                            expiresInSeconds: number;
                            /** @description Через сколько секунд можно запросить новый код */
                            resendInSeconds: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Вход по телефону и паролю: сеанс устройства */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        device?: {
                            appVersion?: string;
                            name?: string;
                            platform?: string;
                            /** @description Разрешены ли уведомления в ОС */
                            pushPermission?: boolean;
                        };
                        /** @description Короткое имя управляющей организации (её бренд в приложении, например demo) */
                        organization: string;
                        password: string;
                        /** @description Телефон: +7…, 8… или 10 цифр */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                hasPassword: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description E.164 */
                                phone: string;
                            };
                            /** @description Есть ли у телефона карточка клиента в этой организации */
                            isClient: boolean;
                            organization: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                                slug: string;
                            };
                            /** @description Токен сеанса устройства для заголовка Authorization: Bearer */
                            token: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Выход: сеанс этого устройства завершается */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Установка или смена пароля; сеансы на других устройствах завершаются
         * @description Текущий пароль не нужен, если пароля нет или этот сеанс открыт кодом из SMS не раньше 15 минут назад (так сбрасывается забытый пароль).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Не нужен, если пароля ещё нет или сеанс открыт кодом из SMS не больше 15 минут назад (сброс пароля) */
                        currentPassword?: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/auth/switch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Переключение на другую организацию жителя: сеанс этого устройства там, без кода
         * @description Только в организацию, где у телефона есть карточка клиента; иначе 404, как для несуществующей. Текущий сеанс остаётся: у устройства по сеансу в каждой организации.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Короткое имя управляющей организации (её бренд в приложении, например demo) */
                        organization: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                hasPassword: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description E.164 */
                                phone: string;
                            };
                            /** @description Есть ли у телефона карточка клиента в этой организации */
                            isClient: boolean;
                            organization: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                                slug: string;
                            };
                            /** @description Токен сеанса устройства для заголовка Authorization: Bearer */
                            token: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Вход по коду из SMS: сеанс устройства
         * @description Не больше 5 попыток на код; шестая не проходит даже с верным кодом.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Код из SMS (6 цифр) */
                        code: string;
                        device?: {
                            appVersion?: string;
                            name?: string;
                            platform?: string;
                            /** @description Разрешены ли уведомления в ОС */
                            pushPermission?: boolean;
                        };
                        /** @description Короткое имя управляющей организации (её бренд в приложении, например demo) */
                        organization: string;
                        /** @description Телефон: +7…, 8… или 10 цифр */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                hasPassword: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description E.164 */
                                phone: string;
                            };
                            /** @description Есть ли у телефона карточка клиента в этой организации */
                            isClient: boolean;
                            organization: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                                slug: string;
                            };
                            /** @description Токен сеанса устройства для заголовка Authorization: Bearer */
                            token: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/brand-logos/{organizationId}/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Логотип бренда для приложения
         * @description Публичный адрес из `brand.logoUrl` в `me`: без сеанса (тег <img>, кэш приложения), неугадываемый и новый для каждого логотипа, поэтому кэшируется навсегда.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    fileId: string;
                    /** @description Идентификатор записи (UUID) */
                    organizationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/devices/current/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Настройки уведомлений этого устройства
         * @description Разрешение ОС и включённые типы (коды из каталога); каждое изменение сохраняется.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        osPermission: boolean;
                        /** @description Код типа уведомлений (каталог NOTIFICATION_TYPES) → включён ли он */
                        types: {
                            [key: string]: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changedAt: null | string;
                            osPermission: boolean;
                            types: {
                                [key: string]: boolean;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/devices/current/push-subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Подписка этого устройства на push-уведомления
         * @description Web Push: `endpoint` и `keys` (как PushSubscription.toJSON()); нативная оболочка: `fcmToken`. Одна на сеанс: новая заменяет прежнюю. Уведомления приходят, если ОС разрешает их и тип включён.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Web Push: адрес службы push (https) */
                        endpoint?: string;
                        expirationTime?: null | number;
                        /** @description Вместо endpoint и keys: токен FCM нативной оболочки */
                        fcmToken?: string;
                        keys?: {
                            auth: string;
                            p256dh: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: "webpush" | "fcm";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Отписать это устройство от push-уведомлений */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Аккаунт жителя: карточка, помещения и заявки в этой организации
         * @description Карточка, помещения (с ролью, раньше привязанные — первыми) и заявки — в организации, в которой открыт сеанс; список organizations — организации, где у телефона есть карточка клиента.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                hasPassword: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description E.164 */
                                phone: string;
                            };
                            client: null | {
                                birthDate: null | string;
                                email: null | string;
                                fullName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @enum {unknown} */
                                type: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                            };
                            organization: {
                                brand: {
                                    /**
                                     * @description Цвет в формате #RRGGBB
                                     * @example #1677ff
                                     */
                                    color: string;
                                    logoUrl: null | string;
                                    name: string;
                                };
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                                /** @description Включённые продукты, в порядке каталога PRODUCTS */
                                products: ("requests" | "events" | "developer")[];
                                slug: string;
                            };
                            /** @description Организации, где у телефона есть карточка клиента (T-3) */
                            organizations: {
                                brand: {
                                    /**
                                     * @description Цвет в формате #RRGGBB
                                     * @example #1677ff
                                     */
                                    color: string;
                                    logoUrl: null | string;
                                    name: string;
                                };
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                                /** @description Включённые продукты, в порядке каталога PRODUCTS */
                                products: ("requests" | "events" | "developer")[];
                                slug: string;
                            }[];
                            /** @description Помещения в этой организации, раньше привязанные — первыми */
                            premises: {
                                address: string;
                                brand: {
                                    /**
                                     * @description Цвет в формате #RRGGBB
                                     * @example #1677ff
                                     */
                                    color: string;
                                    logoUrl: null | string;
                                    name: string;
                                };
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                imageUrl: null | string;
                                /** Format: date-time */
                                linkedAt: string;
                                objectName: string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                                /** @description Тип помещения */
                                type: string;
                            }[];
                            /** @description APP-1: помещения во всех организациях, где у телефона есть карточка («Мои помещения») */
                            premisesEverywhere: number;
                            /** @description Заявки на добавление помещения, новые — первыми */
                            requests: {
                                addressText: string;
                                /** Format: date-time */
                                createdAt: string;
                                decidedAt: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @enum {unknown} */
                                kind: "registration" | "add_premise";
                                premiseText: null | string;
                                rejectReason: null | string;
                                requestedRole: null | ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner");
                                /** @enum {unknown} */
                                status: "new" | "approved" | "rejected";
                            }[];
                            /** @description APP-1: непрочитанные уведомления в этой организации */
                            unreadNotifications: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/me/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Фото клиента
         * @description Адрес с версией берите из `photoUrl` «Моих данных».
         */
        get: {
            parameters: {
                query?: {
                    /** @description Версия фото */
                    v?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Загрузить или заменить фото (APP-5)
         * @description multipart/form-data, поле `file`: JPEG, PNG или WebP до 5 МБ и 8000 пикселей по стороне (тип определяется по содержимому). Одно фото на аккаунт — во всех карточках клиента.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: null | string;
                            email: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description E.164; не меняется в приложении */
                            phone: string;
                            photoUrl: null | string;
                            /** @enum {unknown} */
                            type: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Удалить фото */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/me/premises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Мои помещения (APP-2, T-3): помещения во всех организациях, где у телефона есть карточка
         * @description Организация сеанса — первой, затем другие (с брендом); в каждой — помещения карточки жителя с брендом, суммой к оплате и непрочитанными уведомлениями. Чтобы открыть помещение другой организации, приложение переключает сеанс: POST /auth/switch.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Организация сеанса первой, затем другие, где у телефона есть карточка клиента */
                            organizations: {
                                brand: {
                                    /**
                                     * @description Цвет в формате #RRGGBB
                                     * @example #1677ff
                                     */
                                    color: string;
                                    logoUrl: null | string;
                                    name: string;
                                };
                                /** @description Организация, в которой открыт этот сеанс */
                                current: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                                /** @description Раньше привязанные — первыми */
                                premises: {
                                    address: string;
                                    brand: {
                                        /**
                                         * @description Цвет в формате #RRGGBB
                                         * @example #1677ff
                                         */
                                        color: string;
                                        logoUrl: null | string;
                                        name: string;
                                    };
                                    due: null | string;
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    imageUrl: null | string;
                                    /** Format: date-time */
                                    linkedAt: string;
                                    objectName: string;
                                    /** @enum {unknown} */
                                    role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                                    /** @description Тип помещения */
                                    type: string;
                                    /** @description Непрочитанные уведомления об этом помещении */
                                    unreadNotifications: number;
                                }[];
                                /** @description Включённые продукты, в порядке каталога PRODUCTS */
                                products: ("requests" | "events" | "developer")[];
                                slug: string;
                            }[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * «Мои данные» (APP-5)
         * @description Карточка клиента в организации сеанса; телефон — логин аккаунта.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: null | string;
                            email: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description E.164; не меняется в приложении */
                            phone: string;
                            photoUrl: null | string;
                            /** @enum {unknown} */
                            type: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Изменить «Мои данные»: тип, ФИО или название, дата рождения, e-mail (APP-5)
         * @description Меняет карточку клиента во всех организациях, где она есть (T-3), с проверками CRM (C-5) и записью в историю каждой карточки от имени клиента. Ошибка в любой карточке — 400 с полями, ничего не записано. Телефон и пол в приложении не меняются: поля phone и gender отклоняются (400); другие неизвестные поля отбрасываются, как во всём API.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: null | string;
                        email?: null | string;
                        fullName?: string;
                        /** @description APP-5: пол в «Моих данных» не меняется (400) */
                        gender?: unknown;
                        /** @description APP-5: телефон — логин в приложении, в «Моих данных» не меняется (400) */
                        phone?: unknown;
                        /** @enum {unknown} */
                        type?: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: null | string;
                            email: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description E.164; не меняется в приложении */
                            phone: string;
                            photoUrl: null | string;
                            /** @enum {unknown} */
                            type: "individual" | "legal" | "entrepreneur" | "foreign_branch";
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/resident/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Уведомления (APP-1)
         * @description Уведомления аккаунта в организации сеанса, новые — первыми, по страницам; `unread` — сколько не прочитано.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    /** @description Только непрочитанные */
                    unreadOnly?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Новые — первыми */
                            items: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                link: null | string;
                                premiseId: null | string;
                                readAt: null | string;
                                title: string;
                                /** @description Код типа уведомлений (каталог NOTIFICATION_TYPES) */
                                type: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего уведомлений по условиям запроса */
                            total: number;
                            /** @description Непрочитанных всего */
                            unread: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Отметить уведомления прочитанными
         * @description `ids` — эти, `all: true` — все. Чужие и уже прочитанные идентификаторы ничего не меняют.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true — отметить прочитанными все */
                        all?: boolean;
                        /** @description Отметить прочитанными эти */
                        ids?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Сколько отмечено сейчас */
                            marked: number;
                            /** @description Непрочитанных осталось */
                            unread: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/object-images/{organizationId}/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Изображение объекта для «Мои помещения»
         * @description Публичный адрес из `imageUrl` помещения в `me` и `me/premises`: без сеанса (тег <img>), неугадываемый и новый для каждого изображения, поэтому кэшируется навсегда.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    imageId: string;
                    /** @description Идентификатор записи (UUID) */
                    organizationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Мои заявки в УК по помещению: активные или архивные (APP-4)
         * @description Сортировка default — сначала заявки с изменениями, которых житель не видел, затем новые; newest, oldest — по номеру.
         */
        get: {
            parameters: {
                query: {
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    /** @description Идентификатор записи (UUID) */
                    premiseId: string;
                    /** @description default — сначала с непросмотренными изменениями, затем новые */
                    sort?: "default" | "newest" | "oldest";
                    state?: "active" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                number: number;
                                premiseId: null | string;
                                rating: null | number;
                                /**
                                 * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                                 * @enum {unknown}
                                 */
                                status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                                subject: string;
                                typeName: string;
                                /** @description Есть изменения, которые житель не видел */
                                unseen: boolean;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Создать заявку в УК: тип, текст (фото — отдельными запросами)
         * @description Только для своего помещения; когда у организации включены «Заявки в УК» (иначе 403 REQUESTS_NOT_AVAILABLE); заблокированный клиент — 403 CLIENT_BLOCKED.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        premiseId: string;
                        subject?: string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        typeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canRate: boolean;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            number: number;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseId: null | string;
                            rating: null | number;
                            review: null | string;
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            typeName: string;
                            /** @description Есть изменения, которые житель не видел */
                            unseen: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Карточка заявки: статус, публичные комментарии, фото */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canRate: boolean;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            number: number;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseId: null | string;
                            rating: null | number;
                            review: null | string;
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            typeName: string;
                            /** @description Есть изменения, которые житель не видел */
                            unseen: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/orders/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Добавить комментарий к своей заявке */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canRate: boolean;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            number: number;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseId: null | string;
                            rating: null | number;
                            review: null | string;
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            typeName: string;
                            /** @description Есть изменения, которые житель не видел */
                            unseen: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/orders/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Добавить фото к своей заявке
         * @description multipart/form-data, поле `file`: JPEG, PNG или WebP до 10 МБ.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canRate: boolean;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            number: number;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseId: null | string;
                            rating: null | number;
                            review: null | string;
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            typeName: string;
                            /** @description Есть изменения, которые житель не видел */
                            unseen: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/orders/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Фото заявки */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                    /** @description Идентификатор записи (UUID) */
                    photoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/orders/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Оценить выполненную заявку: 1–5 и отзыв
         * @description Один раз и только выполненную (иначе 409 REQUEST_NOT_RATEABLE).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rating: number;
                        review?: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canRate: boolean;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            number: number;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseId: null | string;
                            rating: null | number;
                            review: null | string;
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            typeName: string;
                            /** @description Есть изменения, которые житель не видел */
                            unseen: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/orders/{id}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Житель открыл заявку: её изменения просмотрены */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/orders/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Типы заявок, которые можно выбрать */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description В архиве: для новых заявок не предлагается */
                            archived: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            position: number;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Оплатить все (APP-2): суммы к оплате по помещениям и страницы оплаты
         * @description Суммы больше нуля по лицевым счетам помещений жителя (кроме скрытых от жителей). paymentUrl — страница оплаты юрлица с номером счёта и суммой; null, если юрлицо её не указало или оплата онлайн выключена для объекта, помещения или жителя. Данные карты Domovoy не получает.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Помещения с суммами к оплате больше нуля, раньше привязанные — первыми */
                            premises: {
                                accounts: {
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    accountId: string;
                                    /** @description Сумма в рублях с копейками, строкой: «1234.50»; отрицательная — переплата */
                                    amount: string;
                                    legalEntityName: string;
                                    number: string;
                                    paymentUrl: null | string;
                                    /** @description Расчётный месяц, ГГГГ-ММ */
                                    period: string;
                                }[];
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                /** @description Сумма в рублях с копейками, строкой: «1234.50»; отрицательная — переплата */
                                total: string;
                            }[];
                            /** @description Сумма в рублях с копейками, строкой: «1234.50»; отрицательная — переплата */
                            total: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * «Люди» помещения (APP-6): по ролям
         * @description Люди одного из помещений клиента в организации сеанса, по ролям (собственники первыми); пустые группы не выводятся. 404 — клиент не привязан к помещению. `canAdd`, `addableRoles`, `canAddGuests` — что клиент может добавить (APP-8).
         */
        get: {
            parameters: {
                query: {
                    /** @description Идентификатор записи (UUID) */
                    premiseId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Роли, которые клиент может дать в этом помещении */
                            addableRoles: ("resident" | "representative" | "tenant")[];
                            /** @description APP-8: добавлять людей в помещение могут собственник и неподтверждённый */
                            canAdd: boolean;
                            /** @description Гостей можно добавлять: в организации подключены «Мероприятия» */
                            canAddGuests: boolean;
                            groups: {
                                people: {
                                    /** @description Клиент сам добавил эту привязку: может изменить роль и удалить */
                                    addedByMe: boolean;
                                    /** @description Младше 18 лет по дате рождения на сегодня */
                                    child: boolean;
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    clientId: string;
                                    /** @description Это сам клиент */
                                    me: boolean;
                                    /** @description ФИО, а у ребёнка — как к нему обращаться */
                                    name: string;
                                    photoUrl: null | string;
                                    rentDate: null | string;
                                }[];
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                                roleLabel: string;
                            }[];
                            /** @enum {unknown} */
                            myRole: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            premiseId: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Добавить нового человека (APP-8)
         * @description Житель / член семьи, представитель или арендатор — в помещение, где клиент собственник или неподтверждённый собственник; гость — без помещения, если подключены «Мероприятия». Телефон, который уже есть у клиента организации с другими ФИО, — 409 PERSON_NAME_MISMATCH; с теми же ФИО — та же карточка. Ребёнок (младше 18): без телефона, с `addressAs`, роль житель или гость.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressAs?: string;
                        /**
                         * Format: date
                         * @description Дата в формате ГГГГ-ММ-ДД
                         */
                        birthDate?: string;
                        fullName?: string;
                        /** @enum {unknown} */
                        gender?: "male" | "female";
                        phone?: string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        premiseId?: string;
                        /**
                         * Format: date
                         * @description Дата в формате ГГГГ-ММ-ДД
                         */
                        rentDate?: string;
                        /** @enum {unknown} */
                        role: "resident" | "representative" | "tenant" | "guest";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Помещения клиента, куда он может добавить этого человека (он там ещё не привязан) */
                            addablePremises: {
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                            }[];
                            /** @description Клиент сам добавлял этого человека в приложении */
                            addedByMe: boolean;
                            addressAs: null | string;
                            birthDate: null | string;
                            /** @description «Удалить пользователя»: только добавленного самим клиентом */
                            canDelete: boolean;
                            /** @description Редактировать можно только своего гостя */
                            canEdit: boolean;
                            /** @description Младше 18 лет по дате рождения на сегодня */
                            child: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            email: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description Гость клиента */
                            guest: boolean;
                            /** @description ФИО, а у ребёнка — как к нему обращаться */
                            name: string;
                            phone: null | string;
                            photoUrl: null | string;
                            /** @description Только помещения, общие с клиентом */
                            premises: {
                                /** @description Роли, на которые клиент может сменить эту привязку (пусто, если привязку добавил не он) */
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                /** @description L-4: клиент сам добавил эту привязку — может изменить роль, дату арендной платы, закрыть доступ */
                                addedByMe: boolean;
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                rentDate: null | string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                                roleLabel: string;
                            }[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/people/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Карточка другого пользователя (APP-7)
         * @description Только человек с общим помещением или добавленный самим клиентом (иначе 404). Помещения — только общие.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Помещения клиента, куда он может добавить этого человека (он там ещё не привязан) */
                            addablePremises: {
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                            }[];
                            /** @description Клиент сам добавлял этого человека в приложении */
                            addedByMe: boolean;
                            addressAs: null | string;
                            birthDate: null | string;
                            /** @description «Удалить пользователя»: только добавленного самим клиентом */
                            canDelete: boolean;
                            /** @description Редактировать можно только своего гостя */
                            canEdit: boolean;
                            /** @description Младше 18 лет по дате рождения на сегодня */
                            child: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            email: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description Гость клиента */
                            guest: boolean;
                            /** @description ФИО, а у ребёнка — как к нему обращаться */
                            name: string;
                            phone: null | string;
                            photoUrl: null | string;
                            /** @description Только помещения, общие с клиентом */
                            premises: {
                                /** @description Роли, на которые клиент может сменить эту привязку (пусто, если привязку добавил не он) */
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                /** @description L-4: клиент сам добавил эту привязку — может изменить роль, дату арендной платы, закрыть доступ */
                                addedByMe: boolean;
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                rentDate: null | string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                                roleLabel: string;
                            }[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * «Удалить пользователя» (APP-7)
         * @description Закрывает доступы, которые клиент сам дал этому человеку, и убирает его из добавленных клиентом. Только для добавленных самим клиентом (403 PERSON_NOT_YOURS).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Изменить своего гостя (APP-7)
         * @description Редактировать можно только гостя, которого клиент добавил сам (иначе 403 PERSON_NOT_YOURS).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressAs?: null | string;
                        birthDate?: null | string;
                        email?: null | string;
                        fullName?: string;
                        gender?: null | ("male" | "female");
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Помещения клиента, куда он может добавить этого человека (он там ещё не привязан) */
                            addablePremises: {
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                            }[];
                            /** @description Клиент сам добавлял этого человека в приложении */
                            addedByMe: boolean;
                            addressAs: null | string;
                            birthDate: null | string;
                            /** @description «Удалить пользователя»: только добавленного самим клиентом */
                            canDelete: boolean;
                            /** @description Редактировать можно только своего гостя */
                            canEdit: boolean;
                            /** @description Младше 18 лет по дате рождения на сегодня */
                            child: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            email: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description Гость клиента */
                            guest: boolean;
                            /** @description ФИО, а у ребёнка — как к нему обращаться */
                            name: string;
                            phone: null | string;
                            photoUrl: null | string;
                            /** @description Только помещения, общие с клиентом */
                            premises: {
                                /** @description Роли, на которые клиент может сменить эту привязку (пусто, если привязку добавил не он) */
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                /** @description L-4: клиент сам добавил эту привязку — может изменить роль, дату арендной платы, закрыть доступ */
                                addedByMe: boolean;
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                rentDate: null | string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                                roleLabel: string;
                            }[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/resident/v1/people/{clientId}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Фото другого пользователя
         * @description Те же правила, что у карточки. Адрес с версией берите из `photoUrl`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Версия фото */
                    v?: string;
                };
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/people/{clientId}/premises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Дать человеку роль в помещении или сделать гостем (APP-8)
         * @description Человек из ранее добавленных клиентом или из «Все». Роль `guest` — без помещения (нужны «Мероприятия»).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        premiseId?: string;
                        /**
                         * Format: date
                         * @description Дата в формате ГГГГ-ММ-ДД
                         */
                        rentDate?: string;
                        /** @enum {unknown} */
                        role: "resident" | "representative" | "tenant" | "guest";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Помещения клиента, куда он может добавить этого человека (он там ещё не привязан) */
                            addablePremises: {
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                            }[];
                            /** @description Клиент сам добавлял этого человека в приложении */
                            addedByMe: boolean;
                            addressAs: null | string;
                            birthDate: null | string;
                            /** @description «Удалить пользователя»: только добавленного самим клиентом */
                            canDelete: boolean;
                            /** @description Редактировать можно только своего гостя */
                            canEdit: boolean;
                            /** @description Младше 18 лет по дате рождения на сегодня */
                            child: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            email: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description Гость клиента */
                            guest: boolean;
                            /** @description ФИО, а у ребёнка — как к нему обращаться */
                            name: string;
                            phone: null | string;
                            photoUrl: null | string;
                            /** @description Только помещения, общие с клиентом */
                            premises: {
                                /** @description Роли, на которые клиент может сменить эту привязку (пусто, если привязку добавил не он) */
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                /** @description L-4: клиент сам добавил эту привязку — может изменить роль, дату арендной платы, закрыть доступ */
                                addedByMe: boolean;
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                rentDate: null | string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                                roleLabel: string;
                            }[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/people/{clientId}/premises/{premiseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Закрыть доступ к помещению (APP-7)
         * @description Только привязку, которую клиент добавил сам (L-4: добавленные сотрудниками или другими — 403 LINK_NOT_YOURS).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    clientId: string;
                    /** @description Идентификатор записи (UUID) */
                    premiseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Изменить роль или дату арендной платы (APP-7)
         * @description Только привязку, которую клиент добавил сам (L-4: добавленные сотрудниками или другими — 403 LINK_NOT_YOURS).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    clientId: string;
                    /** @description Идентификатор записи (UUID) */
                    premiseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rentDate?: null | string;
                        /** @enum {unknown} */
                        role?: "resident" | "representative" | "tenant";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Помещения клиента, куда он может добавить этого человека (он там ещё не привязан) */
                            addablePremises: {
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                            }[];
                            /** @description Клиент сам добавлял этого человека в приложении */
                            addedByMe: boolean;
                            addressAs: null | string;
                            birthDate: null | string;
                            /** @description «Удалить пользователя»: только добавленного самим клиентом */
                            canDelete: boolean;
                            /** @description Редактировать можно только своего гостя */
                            canEdit: boolean;
                            /** @description Младше 18 лет по дате рождения на сегодня */
                            child: boolean;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            email: null | string;
                            fullName: string;
                            gender: null | ("male" | "female");
                            /** @description Гость клиента */
                            guest: boolean;
                            /** @description ФИО, а у ребёнка — как к нему обращаться */
                            name: string;
                            phone: null | string;
                            photoUrl: null | string;
                            /** @description Только помещения, общие с клиентом */
                            premises: {
                                /** @description Роли, на которые клиент может сменить эту привязку (пусто, если привязку добавил не он) */
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                /** @description L-4: клиент сам добавил эту привязку — может изменить роль, дату арендной платы, закрыть доступ */
                                addedByMe: boolean;
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                                rentDate: null | string;
                                /** @enum {unknown} */
                                role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                                roleLabel: string;
                            }[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/resident/v1/people/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * «Все» (APP-6): люди общих помещений и гости клиента
         * @description Все, у кого есть доступ к помещениям клиента, и гости клиента, кроме самого клиента; по имени.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Помещения клиента, куда он может добавлять людей (собственник или неподтверждённый), и роли в каждом */
                            addablePremises: {
                                addableRoles: ("resident" | "representative" | "tenant")[];
                                address: string;
                                objectName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                premiseId: string;
                            }[];
                            canAddGuests: boolean;
                            /** @description Без самого клиента; по имени */
                            people: {
                                /** @description Клиент сам добавлял этого человека в приложении */
                                addedByMe: boolean;
                                /** @description Младше 18 лет по дате рождения на сегодня */
                                child: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                clientId: string;
                                /** @description Гость, которого добавил клиент */
                                guest: boolean;
                                /** @description ФИО, а у ребёнка — как к нему обращаться */
                                name: string;
                                photoUrl: null | string;
                                /** @description Помещений с общим доступом */
                                sharedPremises: number;
                            }[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/people/choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ранее добавленные люди (APP-8)
         * @description Только люди, которых клиент сам добавлял в приложении (не добавленные другими собственниками или сотрудниками).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Только добавленные самим клиентом; по имени */
                            people: {
                                /** @description Младше 18 лет по дате рождения на сегодня */
                                child: boolean;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                clientId: string;
                                guest: boolean;
                                /** @description ФИО, а у ребёнка — как к нему обращаться */
                                name: string;
                                photoUrl: null | string;
                            }[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/premises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Мое помещение (APP-3): адрес, лицевые счета с суммами, площади, страховка, документы
         * @description Только помещение, к которому привязана карточка жителя в организации сеанса (иначе 404). Лицевые счета — кроме скрытых от жителей; документы — только открытые жителям.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Лицевые счета, кроме скрытых от жителей («Не отображать в ЛК жителя») */
                            accounts: {
                                balance: null | {
                                    /** @description Сумма в рублях с копейками, строкой: «1234.50»; отрицательная — переплата */
                                    amount: string;
                                    computedAt: null | string;
                                    /** @description Расчётный месяц, ГГГГ-ММ */
                                    period: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                };
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                legalEntityName: string;
                                number: string;
                            }[];
                            /** @description Адрес помещения */
                            address: string;
                            /** @description Документы, которые сотрудники открыли жителям */
                            documents: {
                                contentType: string;
                                date: null | string;
                                fileName: string;
                                /** @description Скачать файл (с тем же токеном жителя) */
                                fileUrl: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                size: number;
                                title: string;
                            }[];
                            /** @description Адрес для копирования: индекс, адрес объекта, помещение */
                            fullAddress: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            insurance: null | {
                                insurer: string;
                                number: string;
                                /**
                                 * Format: date
                                 * @description Дата в формате ГГГГ-ММ-ДД
                                 */
                                validFrom: string;
                                /**
                                 * Format: date
                                 * @description Дата в формате ГГГГ-ММ-ДД
                                 */
                                validTo: string;
                            };
                            livingArea: null | number;
                            /** @description Приборов учёта в работе (заменённые не считаются) */
                            metersCount: number;
                            objectName: string;
                            postcode: null | string;
                            totalArea: null | number;
                            /** @description Тип помещения */
                            type: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/premises/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Файл документа помещения, открытого жителям
         * @description Отдаёт файл с его типом и именем (Content-Disposition: inline), чтобы открыть его в браузере.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    documentId: string;
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/premises/{id}/meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Счётчики моего помещения (APP-3) с последними показаниями и окном приёма показаний
         * @description Только помещение, к которому привязана карточка жителя (иначе 404); заменённые счётчики не показываются.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            meters: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                lastReading: null | {
                                    /** @enum {unknown} */
                                    source: "crm" | "app" | "integration";
                                    /**
                                     * Format: date
                                     * @description Дата в формате ГГГГ-ММ-ДД
                                     */
                                    takenOn: string;
                                    values: string[];
                                };
                                nextVerificationOn: null | string;
                                place: null | string;
                                /**
                                 * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                                 * @enum {unknown}
                                 */
                                resource: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                                serialNumber: string;
                                tariffNames: string[];
                                tariffs: number;
                                unit: string;
                            }[];
                            window: null | {
                                fromDay: number;
                                /** @description Сегодня (по Москве) показания принимаются */
                                open: boolean;
                                /** @description «с 15 по 25 число каждого месяца» */
                                text: string;
                                toDay: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/premises/{id}/meters/{meterId}/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Передать показания счётчика (сегодняшним днём)
         * @description Вне окна приёма организации — 409 METER_READING_WINDOW с окном в тексте. Меньше предыдущего — 400 METER_READING_LOWER; намного больше обычного расхода — 409 METER_READING_JUMP, повтор с confirmJump: true принимает. Ответ — счётчики помещения, как GET.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                    /** @description Идентификатор записи (UUID) */
                    meterId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirmJump?: boolean;
                        /** @description Значения по тарифам по порядку (Т1, Т2, Т3); столько, сколько тарифов у счётчика */
                        values: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            meters: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                lastReading: null | {
                                    /** @enum {unknown} */
                                    source: "crm" | "app" | "integration";
                                    /**
                                     * Format: date
                                     * @description Дата в формате ГГГГ-ММ-ДД
                                     */
                                    takenOn: string;
                                    values: string[];
                                };
                                nextVerificationOn: null | string;
                                place: null | string;
                                /**
                                 * @description Ресурс: cold_water — ХВС, hot_water — ГВС, electricity — электроэнергия, heating — отопление, gas — газ
                                 * @enum {unknown}
                                 */
                                resource: "cold_water" | "hot_water" | "electricity" | "heating" | "gas";
                                serialNumber: string;
                                tariffNames: string[];
                                tariffs: number;
                                unit: string;
                            }[];
                            window: null | {
                                fromDay: number;
                                /** @description Сегодня (по Москве) показания принимаются */
                                open: boolean;
                                /** @description «с 15 по 25 число каждого месяца» */
                                text: string;
                                toDay: number;
                            };
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/push-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ключ VAPID для подписки на push-уведомления */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Открытый ключ VAPID сервера (base64url) — applicationServerKey для pushManager.subscribe */
                            vapidPublicKey: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resident/v1/registration-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Заявка на регистрацию или добавление помещения
         * @description Попадает в «Заявки на регистрацию» CRM этой организации. Вторая такая же заявка, пока первая ждёт рассмотрения, не принимается (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressText: string;
                        comment?: string;
                        fullName?: string;
                        premiseText?: string;
                        /** @enum {unknown} */
                        role: "owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addressText: string;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "registration" | "add_premise";
                            premiseText: null | string;
                            rejectReason: null | string;
                            requestedRole: null | ("owner" | "representative" | "resident" | "tenant" | "unconfirmed_owner");
                            /** @enum {unknown} */
                            status: "new" | "approved" | "rejected";
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Роли доступа организации с числом сотрудников */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            permissions: ("premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage")[];
                            staffCount: number;
                            /** @description Встроенная роль администратора: не изменяется */
                            system: boolean;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Создать роль доступа */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        permissions: ("premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            permissions: ("premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage")[];
                            staffCount: number;
                            /** @description Встроенная роль администратора: не изменяется */
                            system: boolean;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Роль доступа */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            permissions: ("premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage")[];
                            staffCount: number;
                            /** @description Встроенная роль администратора: не изменяется */
                            system: boolean;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Удалить роль, не назначенную сотрудникам */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Изменить название или права роли (встроенную роль администратора изменить нельзя) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        permissions?: ("premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                            permissions: ("premises.view" | "premises.edit" | "meters.readings" | "clients.view" | "clients.edit" | "clients.pii.name" | "clients.pii.contacts" | "clients.activity" | "tags.create" | "requests.view" | "requests.create" | "requests.edit" | "requests.status" | "requests.internal" | "mailings.view" | "mailings.create" | "monitor.view" | "export.clients" | "export.registrations" | "export.meter_readings" | "staff.manage" | "settings.manage")[];
                            staffCount: number;
                            /** @description Встроенная роль администратора: не изменяется */
                            system: boolean;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Заявки: новые сверху, поиск по номеру и теме, фильтры
         * @description Поиск: номер («1042», «№ 1042») или часть темы. Без права просмотра ФИО или контактов эти данные клиента приходят звёздочками. Всего (total) считается до 10 000 (при поиске по теме до 1 000): больше — totalCapped.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Исполнители */
                    assigneeId?: string[];
                    /** @description Клиенты */
                    clientId?: string[];
                    /** @description Создана с (ГГГГ-ММ-ДД, включительно) */
                    createdFrom?: string;
                    /** @description Создана по (ГГГГ-ММ-ДД, включительно) */
                    createdTo?: string;
                    /** @description Объекты */
                    objectId?: string[];
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    /** @description Помещения */
                    premiseId?: string[];
                    /** @description Номер («1042», «№ 1042») или часть темы */
                    search?: string;
                    /** @description Открытые или закрытые */
                    state?: "open" | "closed";
                    status?: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                    /** @description Типы заявок */
                    typeId?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assignee: null | {
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    name: string;
                                };
                                clientId: null | string;
                                clientName: null | string;
                                clientPhone: null | string;
                                closedAt: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                dueAt: null | string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                masked: {
                                    /** @description Телефон и e-mail скрыты звёздочками */
                                    contacts: boolean;
                                    /** @description ФИО и документы скрыты звёздочками */
                                    name: boolean;
                                };
                                /** @description Номер в организации, показывается как «№ 1042» */
                                number: number;
                                objectId: null | string;
                                objectName: null | string;
                                premiseAddress: null | string;
                                premiseId: null | string;
                                rating: null | number;
                                /** @enum {unknown} */
                                source: "crm" | "app" | "phone" | "integration";
                                /**
                                 * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                                 * @enum {unknown}
                                 */
                                status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                                subject: string;
                                type: {
                                    /**
                                     * Format: uuid
                                     * @description Идентификатор записи (UUID)
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                            /** @description Заявок больше, чем считается (10 000, при поиске по теме 1 000): total — этот предел, «10 000+» */
                            totalCapped: boolean;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Создать заявку (в CRM или по звонку): номер выдаётся по порядку в организации */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeStaffId?: null | string;
                        clientId?: null | string;
                        description?: null | string;
                        dueAt?: null | string;
                        premiseId?: null | string;
                        /**
                         * @description crm — создана в CRM, phone — по звонку
                         * @default crm
                         * @enum {unknown}
                         */
                        source?: "crm" | "phone";
                        subject: string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        typeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            clientId: null | string;
                            clientName: null | string;
                            clientPhone: null | string;
                            closedAt: null | string;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Внутренний: житель его не видит */
                                internal: boolean;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            dueAt: null | string;
                            externalId: null | string;
                            externalSource: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            /** @description Статусы, в которые можно перевести */
                            nextStatuses: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                            /** @description Номер в организации, показывается как «№ 1042» */
                            number: number;
                            objectId: null | string;
                            objectName: null | string;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseAddress: null | string;
                            premiseId: null | string;
                            ratedAt: null | string;
                            rating: null | number;
                            review: null | string;
                            /** @enum {unknown} */
                            source: "crm" | "app" | "phone" | "integration";
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            type: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Карточка заявки с комментариями и фото
         * @description Внутренние комментарии — только роли с правом их просмотра.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            clientId: null | string;
                            clientName: null | string;
                            clientPhone: null | string;
                            closedAt: null | string;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Внутренний: житель его не видит */
                                internal: boolean;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            dueAt: null | string;
                            externalId: null | string;
                            externalSource: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            /** @description Статусы, в которые можно перевести */
                            nextStatuses: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                            /** @description Номер в организации, показывается как «№ 1042» */
                            number: number;
                            objectId: null | string;
                            objectName: null | string;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseAddress: null | string;
                            premiseId: null | string;
                            ratedAt: null | string;
                            rating: null | number;
                            review: null | string;
                            /** @enum {unknown} */
                            source: "crm" | "app" | "phone" | "integration";
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            type: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Изменить заявку: тип, тему, описание, помещение, клиента, исполнителя, срок
         * @description Закрытую заявку не изменить (409 REQUEST_CLOSED): сначала откройте её снова.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeStaffId?: null | string;
                        clientId?: null | string;
                        description?: null | string;
                        dueAt?: null | string;
                        premiseId?: null | string;
                        subject?: string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        typeId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            clientId: null | string;
                            clientName: null | string;
                            clientPhone: null | string;
                            closedAt: null | string;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Внутренний: житель его не видит */
                                internal: boolean;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            dueAt: null | string;
                            externalId: null | string;
                            externalSource: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            /** @description Статусы, в которые можно перевести */
                            nextStatuses: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                            /** @description Номер в организации, показывается как «№ 1042» */
                            number: number;
                            objectId: null | string;
                            objectName: null | string;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseAddress: null | string;
                            premiseId: null | string;
                            ratedAt: null | string;
                            rating: null | number;
                            review: null | string;
                            /** @enum {unknown} */
                            source: "crm" | "app" | "phone" | "integration";
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            type: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/service-requests/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Комментарий: публичный (житель видит и получает уведомление) или внутренний */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @default false */
                        internal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            clientId: null | string;
                            clientName: null | string;
                            clientPhone: null | string;
                            closedAt: null | string;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Внутренний: житель его не видит */
                                internal: boolean;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            dueAt: null | string;
                            externalId: null | string;
                            externalSource: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            /** @description Статусы, в которые можно перевести */
                            nextStatuses: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                            /** @description Номер в организации, показывается как «№ 1042» */
                            number: number;
                            objectId: null | string;
                            objectName: null | string;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseAddress: null | string;
                            premiseId: null | string;
                            ratedAt: null | string;
                            rating: null | number;
                            review: null | string;
                            /** @enum {unknown} */
                            source: "crm" | "app" | "phone" | "integration";
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            type: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-requests/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** История заявки: кто и когда что изменил */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            action: "create" | "update" | "delete";
                            actor: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            actorName: null | string;
                            /** Format: date-time */
                            at: string;
                            changes: {
                                field: string;
                                new: unknown;
                                old: unknown;
                            }[];
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            entityId: string;
                            entityType: string;
                            id: string;
                            /** @description Что изменилось, по-русски */
                            summary: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-requests/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Добавить фото к заявке
         * @description multipart/form-data, поле `file`: JPEG, PNG или WebP до 10 МБ (тип определяется по содержимому).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            clientId: null | string;
                            clientName: null | string;
                            clientPhone: null | string;
                            closedAt: null | string;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Внутренний: житель его не видит */
                                internal: boolean;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            dueAt: null | string;
                            externalId: null | string;
                            externalSource: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            /** @description Статусы, в которые можно перевести */
                            nextStatuses: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                            /** @description Номер в организации, показывается как «№ 1042» */
                            number: number;
                            objectId: null | string;
                            objectName: null | string;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseAddress: null | string;
                            premiseId: null | string;
                            ratedAt: null | string;
                            rating: null | number;
                            review: null | string;
                            /** @enum {unknown} */
                            source: "crm" | "app" | "phone" | "integration";
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            type: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-requests/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Фото заявки */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                    /** @description Идентификатор записи (UUID) */
                    photoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-requests/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Изменить статус по таблице переходов; житель получает уведомление
         * @description Статусы, в которые можно перевести, — nextStatuses карточки; другие — 409 REQUEST_STATUS_NOT_ALLOWED.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /**
                         * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                         * @enum {unknown}
                         */
                        status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignee: null | {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            clientId: null | string;
                            clientName: null | string;
                            clientPhone: null | string;
                            closedAt: null | string;
                            comments: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                authorName: null | string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                /** @description Внутренний: житель его не видит */
                                internal: boolean;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            description: null | string;
                            dueAt: null | string;
                            externalId: null | string;
                            externalSource: null | string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            masked: {
                                /** @description Телефон и e-mail скрыты звёздочками */
                                contacts: boolean;
                                /** @description ФИО и документы скрыты звёздочками */
                                name: boolean;
                            };
                            /** @description Статусы, в которые можно перевести */
                            nextStatuses: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                            /** @description Номер в организации, показывается как «№ 1042» */
                            number: number;
                            objectId: null | string;
                            objectName: null | string;
                            photos: {
                                /** @enum {unknown} */
                                authorKind: "staff" | "resident" | "integration";
                                commentId: null | string;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                            }[];
                            premiseAddress: null | string;
                            premiseId: null | string;
                            ratedAt: null | string;
                            rating: null | number;
                            review: null | string;
                            /** @enum {unknown} */
                            source: "crm" | "app" | "phone" | "integration";
                            /**
                             * @description waiting — Ожидание, in_progress — В работе, paused — Приостановлено, approval — Согласование, needs_info — Требует уточнения, done — Выполнено, cancelled — Отменено
                             * @enum {unknown}
                             */
                            status: "waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled";
                            subject: string;
                            type: {
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-requests/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Сотрудники, которым можно назначить заявку */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-requests/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Выгрузить заявки в Excel (с фильтрами и поиском списка)
         * @description Те же параметры, что у GET /api/service-requests, без страниц; новые сверху. Колонки: номер, тип, тема, статус, адрес помещения, клиент, телефон, источник, исполнитель, срок, создана, изменена, оценка. Нужен доступ к разделу «Заявки». Без прав просмотра ФИО или контактов имя и телефон клиента — звёздочками.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Исполнители */
                    assigneeId?: string[];
                    /** @description Клиенты */
                    clientId?: string[];
                    /** @description Создана с (ГГГГ-ММ-ДД, включительно) */
                    createdFrom?: string;
                    /** @description Создана по (ГГГГ-ММ-ДД, включительно) */
                    createdTo?: string;
                    /** @description Объекты */
                    objectId?: string[];
                    /** @description Помещения */
                    premiseId?: string[];
                    /** @description Номер («1042», «№ 1042») или часть темы */
                    search?: string;
                    /** @description Открытые или закрытые */
                    state?: "open" | "closed";
                    status?: ("waiting" | "in_progress" | "paused" | "approval" | "needs_info" | "done" | "cancelled")[];
                    /** @description Типы заявок */
                    typeId?: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Файл Excel (.xlsx): строка заголовков и по строке на запись */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/brand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Бренд организации в приложении жителей и включённые продукты */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            color: null | string;
                            logoUrl: null | string;
                            name: null | string;
                            /** @description Название организации: имя бренда, пока name не задано */
                            organizationName: string;
                            products: ("requests" | "events" | "developer")[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Изменить название и цвет бренда и включённые продукты
         * @description null в name или color — по умолчанию (название организации, стандартный цвет).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        color: null | string;
                        name: null | string;
                        products: ("requests" | "events" | "developer")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            color: null | string;
                            logoUrl: null | string;
                            name: null | string;
                            /** @description Название организации: имя бренда, пока name не задано */
                            organizationName: string;
                            products: ("requests" | "events" | "developer")[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/brand/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Логотип организации
         * @description Адрес с параметром `v` (версия) берите из `logoUrl` бренда.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Версия логотипа */
                    v?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Изображение с его типом */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Загрузить или заменить логотип организации
         * @description multipart/form-data, поле `file`: JPEG, PNG или WebP до 1 МБ и до 4096 пикселей по стороне (тип определяется по содержимому).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            color: null | string;
                            logoUrl: null | string;
                            name: null | string;
                            /** @description Название организации: имя бренда, пока name не задано */
                            organizationName: string;
                            products: ("requests" | "events" | "developer")[];
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Удалить логотип организации */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Показания счётчиков: окно приёма в приложении и коэффициент скачка */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Во сколько раз показание может превышать обычный месячный расход без подтверждения */
                            jumpFactor: number;
                            windowFromDay: null | number;
                            windowToDay: null | number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Изменить окно приёма показаний в приложении и коэффициент скачка
         * @description windowFromDay..windowToDay — дни месяца по Москве, включительно (15–25; 25–5 — через конец месяца); оба null — без окна. Окно действует только в приложении жителя.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Во сколько раз показание может превышать обычный месячный расход без подтверждения */
                        jumpFactor: number;
                        windowFromDay: null | number;
                        windowToDay: null | number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Во сколько раз показание может превышать обычный месячный расход без подтверждения */
                            jumpFactor: number;
                            windowFromDay: null | number;
                            windowToDay: null | number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Монитор: минимальная версия приложения, с которой считаются события */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Первая версия, сообщающая эти события */
                            defaultMinAppVersion: string;
                            minAppVersion: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Изменить минимальную версию приложения для монитора (цифры пересчитываются в фоне) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        minAppVersion: null | string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Первая версия, сообщающая эти события */
                            defaultMinAppVersion: string;
                            minAppVersion: null | string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sms-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Отправленные SMS организации (коды входа и др.), новые сверху: статус, провайдер, ошибки */
        get: {
            parameters: {
                query?: {
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                lastError: null | string;
                                /** @description Получатель (E.164); скрыт без права на контакты клиентов */
                                phone: string;
                                provider: null | string;
                                providerMessageId: null | string;
                                purpose: string;
                                sentAt: null | string;
                                status: "queued" | "sent" | "failed";
                                /** @description Текст; код входа скрыт, когда его доставил настоящий провайдер */
                                text: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Сотрудники организации: поиск по логину и ФИО, по алфавиту */
        get: {
            parameters: {
                query?: {
                    /** @description Номер страницы, с 1 (до 100000) */
                    page?: number;
                    /** @description Записей на странице (до 200) */
                    pageSize?: number;
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                fullName: string;
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                id: string;
                                lastLoginAt: null | string;
                                login: string;
                                loginFailures: null | {
                                    /** @description Неудачных попыток входа за последний час */
                                    count: number;
                                    /** Format: date-time */
                                    lastAt: string;
                                    /** @description Адрес последней неудачной попытки */
                                    lastIp: string;
                                };
                                /**
                                 * Format: uuid
                                 * @description Идентификатор записи (UUID)
                                 */
                                roleId: string;
                                roleName: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            /** @description Всего записей по условиям запроса */
                            total: number;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Добавить сотрудника */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        fullName: string;
                        /** @description Латинские буквы, цифры, точка, дефис, подчёркивание, @ */
                        login: string;
                        password: string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        roleId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            fullName: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            lastLoginAt: null | string;
                            login: string;
                            loginFailures: null | {
                                /** @description Неудачных попыток входа за последний час */
                                count: number;
                                /** Format: date-time */
                                lastAt: string;
                                /** @description Адрес последней неудачной попытки */
                                lastIp: string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            roleId: string;
                            roleName: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Сотрудник */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            fullName: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            lastLoginAt: null | string;
                            login: string;
                            loginFailures: null | {
                                /** @description Неудачных попыток входа за последний час */
                                count: number;
                                /** Format: date-time */
                                lastAt: string;
                                /** @description Адрес последней неудачной попытки */
                                lastIp: string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            roleId: string;
                            roleName: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Удалить сотрудника; его сессии завершаются */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Нет содержимого */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Изменить сотрудника
         * @description Блокировка (active: false) и новый пароль завершают все сессии сотрудника. Нельзя заблокировать себя или перевести себя в роль без права «Сотрудники и роли доступа».
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Идентификатор записи (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        fullName?: string;
                        /** @description Латинские буквы, цифры, точка, дефис, подчёркивание, @ */
                        login?: string;
                        password?: string;
                        /**
                         * Format: uuid
                         * @description Идентификатор записи (UUID)
                         */
                        roleId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            fullName: string;
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            lastLoginAt: null | string;
                            login: string;
                            loginFailures: null | {
                                /** @description Неудачных попыток входа за последний час */
                                count: number;
                                /** Format: date-time */
                                lastAt: string;
                                /** @description Адрес последней неудачной попытки */
                                lastIp: string;
                            };
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            roleId: string;
                            roleName: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Теги организации (поиск по части названия) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uuid
                             * @description Идентификатор записи (UUID)
                             */
                            id: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Ошибка (application/problem+json) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Ошибка (application/problem+json) */
        Problem: {
            code: string;
            /** @description Запись, с которой конфликт (например, клиент с этим телефоном) */
            conflictId?: string;
            detail?: string;
            errors?: {
                code: string;
                field: string;
                message: string;
            }[];
            retryAfterSeconds?: number;
            status: number;
            title: string;
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
