// T-3, issue 12: the app wears the brand of the selected premise (its object's, each part falling
// back to the organisation's on the server), else the organisation's own.
import { DEFAULT_BRAND_COLOR } from '@domovoy/contract';
import { useEffect } from 'react';
import { useOrganization } from './app-context';
import { applyBrandColor, rememberBrandColor } from './brand-color';
import { useCurrentPremise } from './current-premise';
import { useMe } from './me';
import type { ResidentMe } from './resident-types';

export type Brand = ResidentMe['organization']['brand'];

/** The brand of the selected premise, else of the organisation; undefined until /me arrives. */
export function useBrand(): Brand | undefined {
  const organization = useOrganization();
  const me = useMe();
  const { current } = useCurrentPremise(organization, me.data?.premises);
  return current?.brand ?? me.data?.organization.brand;
}

/** Keeps the page in the brand's colour while a signed-in screen is shown. */
export function useBrandTheme(): Brand | undefined {
  const organization = useOrganization();
  const brand = useBrand();
  const color = brand?.color ?? DEFAULT_BRAND_COLOR;
  useEffect(() => {
    if (!brand) return;
    applyBrandColor(color);
    rememberBrandColor(organization, color);
  }, [brand, color, organization]);
  return brand;
}
