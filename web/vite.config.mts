import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into web/dist and served by the gateway at `/` (gateway/src/http/web-app.ts): hashed files under /assets.
// `npm run dev -w web` would need the gateway on 4000 for /graphql and /auth; the platform itself never uses the dev server.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // React and the query client in their own long-cached files: a new build of the app's code leaves them cached in
    // the browser. Ant Design is not one chunk: each route's chunk (login, shell, dashboard, member page) carries the
    // components it uses, so the login page loads no table or tree, and the first screen no member page's parts.
    rollupOptions: {
      treeshake: {
        moduleSideEffects: (id: string) => !/node_modules\/(rc-[^/]+|@rc-component\/[^/]+)\//.test(id),
      },
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-router'],
          query: ['@tanstack/react-query'],
        },
      },
    },
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/auth': 'http://localhost:4000',
      '/downloads': 'http://localhost:4000',
    },
  },
});
