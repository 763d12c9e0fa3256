import { describe, expect, it } from 'vitest';
import { mergeLoaded } from './merge-orders';
import type { OrderItem } from './types';

const item = (number: number): OrderItem => ({
  id: `id-${number}`,
  number,
  status: 'waiting',
  typeName: 'Сантехника',
  subject: 'Сантехника',
  premiseId: null,
  unseen: false,
  rating: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
});
const list = (numbers: number[], hasMore = false) => ({ items: numbers.map(item), hasMore });
const numbers = (items: OrderItem[]) => items.map((i) => i.number);

describe('mergeLoaded («Сначала новые» / «старые» over active and archived)', () => {
  it('merges two fully loaded lists by number', () => {
    expect(numbers(mergeLoaded([list([9, 4, 2]), list([8, 3])], 'newest'))).toEqual([9, 8, 4, 3, 2]);
    expect(numbers(mergeLoaded([list([2, 4, 9]), list([3, 8])], 'oldest'))).toEqual([2, 3, 4, 8, 9]);
  });

  it('stops where a list with more pages could still hide a request', () => {
    // Active has pages beyond 7: an unloaded active request may be 6 or 5, above archived 4 and 3.
    expect(numbers(mergeLoaded([list([10, 7], true), list([9, 4, 3])], 'newest'))).toEqual([10, 9, 7]);
    expect(numbers(mergeLoaded([list([1, 5], true), list([2, 6, 8])], 'oldest'))).toEqual([1, 2, 5]);
  });

  it('takes the nearest edge when both have more', () => {
    expect(numbers(mergeLoaded([list([10, 6], true), list([9, 8], true)], 'newest'))).toEqual([10, 9, 8]);
  });

  it('shows nothing of an empty list and all of the other', () => {
    expect(numbers(mergeLoaded([list([]), list([5, 1])], 'newest'))).toEqual([5, 1]);
  });
});
