// Vite build of the web client; in development /api is proxied to the Express server.
import zlib from 'node:zlib';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [
    react(),
    // Compressed once, as hard as brotli and gzip go; the server sends these files as they are.
    compression({
      include: /\.(js|css|svg|html)$/,
      algorithms: [
        defineAlgorithm('brotliCompress', {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
        }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      logLevel: 'silent',
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Library chunks named for what they hold (cached across releases of our own code);
        // screens stay in their own lazily loaded chunks.
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            {
              name: 'vendor-mantine',
              test: /node_modules[\\/](@mantine[\\/](core|hooks)|@floating-ui)[\\/]/,
            },
            { name: 'vendor-dates', test: /node_modules[\\/](@mantine[\\/]dates|dayjs)[\\/]/ },
            {
              name: 'vendor-data',
              test: /node_modules[\\/](@tanstack|i18next|react-i18next|zod)[\\/]/,
            },
            { name: 'vendor-forms', test: /node_modules[\\/](react-hook-form|@hookform)[\\/]/ },
            // The chart library and what only it uses: fetched when a chart is first shown.
            {
              name: 'vendor-charts',
              test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
