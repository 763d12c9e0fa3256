import { DotLoading } from 'antd-mobile';

/** A screen waiting for its code or data. Kept apart from LoadFailed: the first screen loads this. */
export function Loading() {
  return (
    <div className="center" aria-busy="true">
      <DotLoading color="primary" />
    </div>
  );
}
