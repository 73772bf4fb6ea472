import { defineConfig } from 'wxt';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { KNOWN_PORTAL_MATCHES } from './lib/portal/hosts';

// The manifest asks for the narrowest permissions the product needs; README § Permissions says why
// each one is there. Host access beyond the known one-stop portals is optional and granted per origin.
export default defineConfig({
  imports: false,
  // MV3 for Firefox too: the background uses the `action`, `scripting` and `storage.session` APIs,
  // which Firefox offers to MV3 extensions (128+, see strict_min_version).
  manifestVersion: 3,
  // exceljs is one ≈ 930 KB chunk, loaded only when a page exports to Excel: not worth a warning.
  vite: () => ({ plugins: [preact()], build: { chunkSizeWarningLimit: 1000 } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage', 'scripting', 'activeTab', 'unlimitedStorage', 'alarms'],
    // Asked only when the officer turns the morning reminder on (options page).
    optional_permissions: ['notifications'],
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    host_permissions: KNOWN_PORTAL_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'nhac-han@motcua.local',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Chromium delivers an administrator's policy to storage.managed only for a declared
          // schema; the values are checked again by the settings' zod schema before use.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  hooks: {
    // The default .docx templates are kept once, in templates/, and shipped as /templates/<kind>.docx.
    'build:publicAssets': (_wxt, assets) => {
      for (const file of readdirSync('templates').filter((f) => f.endsWith('.docx'))) {
        assets.push({ absoluteSrc: resolve('templates', file), relativeDest: `templates/${file}` });
      }
    },
  },
  zip: {
    excludeSources: ['out/**', '.ci/**', 'tests/**'],
  },
});
