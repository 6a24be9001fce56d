import type { ResultProps } from 'antd';
import { lazy, ReactNode, Suspense } from 'react';

/** The same words without the drawing: while Ant Design's Result loads, or if it cannot be loaded. */
function PlainResult({ title, subTitle, extra }: ResultProps): ReactNode {
  return (
    <div style={{ padding: '48px 32px', textAlign: 'center' }}>
      <div style={{ fontSize: 24, color: 'rgba(0, 0, 0, 0.88)' }}>{title}</div>
      {subTitle && <div style={{ marginTop: 8, color: 'rgba(0, 0, 0, 0.45)' }}>{subTitle}</div>}
      {extra && <div style={{ marginTop: 24 }}>{extra}</div>}
    </div>
  );
}

// Ant Design's Result carries its 403, 404 and 500 drawings (about 11 KB gzipped) that no ordinary screen shows:
// its own chunk, loaded the first time a refusal, an error or a notice is shown.
const AntResult = lazy(() =>
  import('antd/es/result').then(
    (module): { default: (props: ResultProps) => ReactNode } => module,
    () => ({ default: PlainResult }),
  ),
);

/** Ant Design's Result (a refusal, an error, a notice), loaded when first shown. */
export function Result(props: ResultProps) {
  return (
    <Suspense fallback={<PlainResult {...props} />}>
      <AntResult {...props} />
    </Suspense>
  );
}
