import type { ThemeConfig } from 'antd';

/** Brand colours: a restrained government blue for actions, the seal red only in the logo mark. */
export const brand = {
  primary: '#1f5fbf',
  seal: '#b71c1c',
  navy: '#0f2747',
  navyDeep: '#0b1f3a',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brand.primary,
    colorInfo: brand.primary,
    colorLink: brand.primary,
    colorBgLayout: '#f3f5f9',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      siderBg: brand.navy,
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 20px',
      bodyBg: '#f3f5f9',
      footerBg: 'transparent',
    },
    Menu: {
      darkItemBg: brand.navy,
      darkSubMenuItemBg: brand.navyDeep,
      darkItemSelectedBg: brand.primary,
      darkItemColor: 'rgba(255,255,255,0.72)',
      darkItemHoverColor: '#ffffff',
      itemHeight: 44,
      iconSize: 16,
      collapsedIconSize: 18,
    },
    Card: { headerFontSize: 15 },
    Table: { headerBg: '#f7f8fb' },
  },
};
