import { theme } from 'antd';
import { CSSProperties, HTMLAttributes, ReactNode } from 'react';

/**
 * A bordered box with an optional title bar, drawn as Ant Design's Card is (its tokens, its two sizes), without the
 * Card component: that one brings the tabs it can show in its head (about 14 KB gzipped on the first screen), and no
 * panel here has tabs. A titled panel is a region named by its title.
 */
export function Panel({
  title,
  extra,
  size = 'default',
  style,
  children,
  ...rest
}: {
  title?: string;
  extra?: ReactNode;
  size?: 'default' | 'small';
  style?: CSSProperties;
  children: ReactNode;
} & Omit<HTMLAttributes<HTMLDivElement>, 'title'>) {
  const { token } = theme.useToken();
  const small = size === 'small';
  const padding = small ? token.paddingSM : token.paddingLG;
  const border = `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`;
  return (
    <section
      {...rest}
      aria-label={title}
      style={{ background: token.colorBgContainer, border, borderRadius: token.borderRadiusLG, ...style }}
    >
      {title !== undefined && (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: token.marginXS,
            minHeight: small ? 38 : 56,
            padding: `0 ${padding}px`,
            borderBottom: border,
            color: token.colorTextHeading,
            fontWeight: token.fontWeightStrong,
            fontSize: small ? token.fontSize : token.fontSizeLG,
          }}
        >
          <div style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>{title}</div>
          {extra && <div style={{ fontWeight: 'normal' }}>{extra}</div>}
        </div>
      )}
      <div style={{ padding }}>{children}</div>
    </section>
  );
}
