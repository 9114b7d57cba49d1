/// <reference types="vitest/config" />
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Generates the typed client from ../openapi.yaml when it is missing or older than the contract,
 * so `vite`, `vite build` and `vitest` work even when started without the npm pre-scripts.
 */
function generatedClient(): Plugin {
  const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));
  const contract = path('../openapi.yaml');
  const outputs = ['./src/api/generated/schema.ts'].map(path);
  return {
    name: 'dossier-generated-client',
    buildStart() {
      const contractTime = statSync(contract).mtimeMs;
      if (outputs.every((o) => existsSync(o) && statSync(o).mtimeMs >= contractTime)) return;
      execSync('npm run --silent gen', { cwd: path('.'), stdio: 'inherit' });
    },
  };
}

// The SPA calls the API at relative /api/v1/...; both the dev server and `vite preview`
// forward /api (and nothing else) to the backend.
const apiTarget = process.env.DOSSIER_API_URL || 'http://localhost:8080';
// X-Forwarded-* headers let the backend build Location headers for the host the browser used.
const proxy = {
  '/api': { target: apiTarget, changeOrigin: true, xfwd: true },
};

export default defineConfig({
  plugins: [generatedClient(), react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5180, strictPort: true, proxy },
  test: {
    globals: true,
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'http://localhost:5173/' } },
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Form-heavy component tests take seconds on a busy 2-core machine; 5 s was too tight.
    testTimeout: 30_000,
  },
});
