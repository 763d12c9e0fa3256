import type { ResidentPremise } from '../../shared/resident-types';
import type { OrderSort } from './types';
import './orders.css';

const SORTS: { value: OrderSort; label: string }[] = [
  { value: 'default', label: 'По умолчанию' },
  { value: 'newest', label: 'Сначала новые' },
  { value: 'oldest', label: 'Сначала старые' },
];

/**
 * APP-4: the premise whose requests are shown (switching it switches the app's current premise,
 * as «Мои помещения» does) and the sorting.
 */
export function OrdersToolbar({
  premises,
  premiseId,
  onPremise,
  sort,
  onSort,
}: {
  premises: readonly ResidentPremise[];
  premiseId: string;
  onPremise(id: string): void;
  sort: OrderSort;
  onSort(sort: OrderSort): void;
}) {
  return (
    <div className="orders-toolbar">
      {premises.length > 1 && (
        <select
          className="orders-premise"
          aria-label="Помещение"
          value={premiseId}
          onChange={(event) => onPremise(event.target.value)}
        >
          {premises.map((premise) => (
            <option key={premise.id} value={premise.id}>
              {premise.address}
            </option>
          ))}
        </select>
      )}
      <fieldset className="segmented" aria-label="Сортировка">
        {SORTS.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={option.value === sort}
            onClick={() => onSort(option.value)}
          >
            {option.label}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
