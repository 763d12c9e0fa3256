// The resident API's shapes of «Мои заказы» (APP-4), as the typed client knows them.
import type { paths } from '@domovoy/api-client';

type V1 = '/api/resident/v1';
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type OrderPage = Json<paths[`${V1}/orders`]['get']['responses'][200]>;
export type OrderItem = OrderPage['items'][number];
export type OrderCard = Json<paths[`${V1}/orders/{id}`]['get']['responses'][200]>;
export type OrderComment = OrderCard['comments'][number];
export type OrderPhoto = OrderCard['photos'][number];
export type OrderType = Json<paths[`${V1}/orders/types`]['get']['responses'][200]>[number];
export type OrderBody = Json<paths[`${V1}/orders`]['post']['requestBody']>;
export type OrderRating = Json<paths[`${V1}/orders/{id}/rating`]['post']['requestBody']>;

export type OrderState = 'active' | 'archived';
export type OrderSort = 'default' | 'newest' | 'oldest';
