import type { ResidentOrganizationPremises } from '../../shared/resident-types';

/** T-3: whose premises these are — the organisation's brand logo (or its colour) and name. */
export function OrganizationHeader({ organization }: { organization: ResidentOrganizationPremises }) {
  const { brand } = organization;
  return (
    <span className="organization-header">
      {brand.logoUrl ? (
        <img className="organization-logo" src={brand.logoUrl} alt="" />
      ) : (
        <span className="organization-dot" style={{ background: brand.color }} aria-hidden />
      )}
      <span className="organization-name">{brand.name}</span>
    </span>
  );
}
