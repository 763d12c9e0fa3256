import { NavBar } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useBrandTheme } from './brand';
import { OfflineBanner } from './OfflineBanner';

type Props = {
  title: string;
  /** Where «назад» leads; none on a top screen. */
  back?: string;
  right?: ReactNode;
  children: ReactNode;
};

function BrandTheme() {
  useBrandTheme();
  return null;
}

/** A screen of the signed-in app: the title bar, the offline banner, the content. */
export function Screen({ title, back, right, children }: Props) {
  const navigate = useNavigate();
  return (
    <div className="screen">
      <BrandTheme />
      <NavBar
        className="screen-bar"
        back={back ? '' : null}
        backIcon={back ? undefined : false}
        onBack={back ? () => navigate(back) : undefined}
        right={right}
      >
        <h1 className="screen-title">{title}</h1>
      </NavBar>
      <OfflineBanner />
      <main className="screen-body">{children}</main>
    </div>
  );
}
