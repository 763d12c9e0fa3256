import type { Brand } from '../../shared/brand';

/** T-3: whose app this is — the brand's logo and name (of the selected premise, else the organisation). */
export function BrandHeader({ brand }: { brand: Brand }) {
  return (
    <header className="brand-header">
      {brand.logoUrl && <img className="brand-logo" src={brand.logoUrl} alt="" />}
      <span className="brand-name">{brand.name}</span>
    </header>
  );
}
