import { theme } from 'antd';
import { CSSProperties, ReactNode } from 'react';

// Ant Design's Typography draws these two as well, but brings its editing, copying and ellipsis code with it (about
// 8 KB gzipped on the first screen); a title and a quiet line need only the theme's tokens.

/** A screen's title: an h3 as Ant Design's level-3 title draws it. */
export function Heading({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  const { token } = theme.useToken();
  return (
    <h3
      style={{
        margin: 0,
        color: token.colorTextHeading,
        fontSize: token.fontSizeHeading3,
        lineHeight: token.lineHeightHeading3,
        fontWeight: token.fontWeightStrong,
        ...style,
      }}
    >
      {children}
    </h3>
  );
}

/** Secondary text, as Typography.Text type="secondary". */
export function QuietText({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  return <span style={{ color: token.colorTextSecondary }}>{children}</span>;
}
