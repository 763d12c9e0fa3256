import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The CRM is served by the API server at `/` (apps/server, platform/crm-app.ts); `npm run dev -w
// apps/crm` proxies /api to a server started with `npm start`.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
