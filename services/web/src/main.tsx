import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider as GraphqlProvider } from 'urql';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
// The CJK font ships in the build, split by unicode-range: the browser fetches only the slices a page uses.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './common/base.css';
import { graphqlClient } from './common/client';
import { router } from './routes';

dayjs.locale('zh-cn');

// Secondary text darker than Ant Design's default: WCAG AA contrast (axe in the browser tests), and sunlight on phones.
const theme = {
  token: {
    fontFamily: "'Noto Sans SC', system-ui, sans-serif",
    // Digests in a monospace face, and the bundled Chinese face for any Chinese among them (closed networks lack one).
    fontFamilyCode: "ui-monospace, 'SFMono-Regular', Consolas, 'Liberation Mono', Menlo, monospace, 'Noto Sans SC'",
    colorPrimary: '#1456b8',
    colorLink: '#1456b8',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    // A list's filter shows its name as the select's placeholder: it must be readable too.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    // Someone who asked their system for less motion gets none (WCAG 2.3.3): dialogs, menus and toasts appear at once.
    motion: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  },
};
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <GraphqlProvider value={graphqlClient}>
          <RouterProvider router={router} />
        </GraphqlProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
