import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import 'antd/dist/reset.css';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import './app.css';
import { theme } from './theme.ts';

/**
 * Everything that needs antd sits under this lazily loaded root, so the first download is only
 * React, the router and i18n. antd's own texts (pagination, pickers, empty states) follow the
 * app language through its locale.
 */
export default function AntdRoot() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme}>
      <AntdApp>
        <Suspense fallback={<div className="full-center"><Spin size="large" /></div>}>
          <Outlet />
        </Suspense>
      </AntdApp>
    </ConfigProvider>
  );
}
