import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app';
import { initAuth } from '@/lib/auth';
import '@/lib/i18n';

const root = createRoot(document.getElementById('root')!);

// Nothing renders before the user is signed in (login-required redirects to Keycloak).
initAuth()
  .then(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    console.error('Sign-in failed', error);
    root.render(
      <div role="alert" style={{ padding: 48, fontFamily: 'sans-serif' }}>
        <h1>客户档案 · Dossier</h1>
        <p>
          无法连接登录服务，请稍后刷新重试。 / The sign-in service is unreachable; reload later.
        </p>
      </div>,
    );
  });
