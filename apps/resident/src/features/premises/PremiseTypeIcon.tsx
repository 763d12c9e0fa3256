import { FlagOutline, ShopbagOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';

const svg = (title: string, path: ReactNode) => (
  <svg
    viewBox="0 0 24 24"
    width="1em"
    height="1em"
    role="img"
    aria-label={title}
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinejoin="round"
  >
    {path}
  </svg>
);

const building = (title: string) =>
  svg(
    title,
    <>
      <rect x="5" y="3" width="14" height="18" rx="1" />
      <path d="M9 7h2M13 7h2M9 11h2M13 11h2M9 15h2M13 15h2M11 21v-3h2v3" />
    </>,
  );
const house = (title: string) => svg(title, <path d="M3 11 12 4l9 7M6 9.5V20h12V9.5M10 20v-5h4v5" />);

/** The premise type as an icon (P-4 types), named for screen readers. */
export function PremiseTypeIcon({ type, label }: { type: string; label: string }) {
  switch (type) {
    case 'flat':
    case 'apartment':
    case 'room':
      return building(label);
    case 'house':
    case 'townhouse':
    case 'duplex':
      return house(label);
    case 'parking':
      return svg(
        label,
        <>
          <rect x="4" y="4" width="16" height="16" rx="3" />
          <path d="M10 17V8h3a2.5 2.5 0 0 1 0 5h-3" />
        </>,
      );
    case 'storage':
      return svg(label, <path d="M4 8l8-4 8 4v10l-8 4-8-4zM4 8l8 4 8-4M12 12v10" />);
    case 'commercial':
      return <ShopbagOutline aria-label={label} role="img" />;
    case 'plot':
      return <FlagOutline aria-label={label} role="img" />;
    default:
      return building(label);
  }
}
