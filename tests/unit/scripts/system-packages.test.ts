import { describe, expect, test } from 'vitest';
import { DEMO_PACKAGES, installCommand, missingPackages, TEST_PACKAGES } from '../../../scripts/system-packages';

describe('system packages for npm test and npm run demo', () => {
  test('an installed machine needs nothing', () => {
    expect(missingPackages(TEST_PACKAGES, () => true)).toEqual([]);
  });

  test('only what is missing is named, recommends kept off for LibreOffice', () => {
    const missing = missingPackages(TEST_PACKAGES, (p) => !['xdotool', 'libreoffice-calc-nogui'].includes(p.name));
    expect(missing.map((p) => p.name)).toEqual(['xdotool', 'libreoffice-calc-nogui']);
    expect(installCommand(missing, false)).toBe(
      'sudo apt-get update && sudo apt-get install -y xdotool && sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    );
    expect(installCommand(missing, true)).not.toContain('sudo');
  });

  test('the tests need everything the demo needs', () => {
    const names = TEST_PACKAGES.map((p) => p.name);
    for (const pkg of DEMO_PACKAGES) expect(names).toContain(pkg.name);
    expect(names).toEqual(expect.arrayContaining(['poppler-utils', 'xvfb', 'xdotool', 'libreoffice-writer-nogui']));
  });
});
