import { expect, test } from 'vitest';
import { useExplorer } from './support/useExplorer.js';

/**
 * The explorer runs under the server's Content-Security-Policy (server/http/securityHeaders.ts)
 * without a single violation: every view it opens on load, the layout worker included.
 */

const { explorer, open } = useExplorer();

test('the explorer loads and lays out under the CSP with zero violations', async () => {
  const page = await open();
  // Record violations from the very start of a fresh load, then load again.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  const response = await page.reload();
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector('#network[data-layout="done"]', { state: 'attached', timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  const headers = (await fetch(`${explorer().url}/`)).headers;
  expect(headers.get('x-powered-by')).toBeNull();
  expect(headers.get('x-frame-options')).toBe('DENY');
});
