import { expect, type Browser, type Page } from '@playwright/test';
import { keycloakURL } from './env';

export const DEMO_PASSWORD = 'dossier';

/** Signs in on Keycloak's own login page (the SPA redirects there: login-required + PKCE). */
export async function loginOnKeycloak(page: Page, username: string, password = DEMO_PASSWORD) {
  await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(keycloakURL)}/realms/`));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
}

/**
 * Opens a screen of the SPA. keycloak-js keeps tokens in memory, so every page load goes
 * through Keycloak: with the stored SSO cookie it returns at once, otherwise this logs in.
 */
export async function openApp(page: Page, path: string, username = 'rep1') {
  await page.goto(path);
  const header = page.getByTestId('current-user');
  const loginForm = page.locator('#kc-login');
  await expect(header.or(loginForm)).toBeVisible({ timeout: 30_000 });
  if (await loginForm.isVisible()) {
    await loginOnKeycloak(page, username);
  }
  await expect(header).toBeVisible({ timeout: 30_000 });
}

/**
 * The bearer token the SPA sends for a signed-in user (from its stored SSO cookies), to prepare
 * data through the API. keycloak-js keeps tokens in memory, so it is read off a request.
 */
export async function bearerTokenOf(
  browser: Browser,
  storageState: string,
  username: string,
): Promise<string> {
  const context = await browser.newContext({ storageState });
  try {
    const page = await context.newPage();
    const sent = page.waitForRequest(
      (r) => r.url().includes('/api/v1/') && !!r.headers()['authorization'],
      { timeout: 60_000 },
    );
    await openApp(page, '/', username);
    return (await sent).headers()['authorization'];
  } finally {
    await context.close();
  }
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100 check character of the first 17 characters of a unified social credit code. */
export function usccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (acc, ch, i) => acc + USCC_CHARSET.indexOf(ch) * USCC_WEIGHTS[i],
    0,
  );
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** The GB 11714 check character of an 8-digit organisation code body. */
function orgCodeCheck(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body8].reduce((acc, ch, i) => acc + Number(ch) * weights[i], 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** A valid, unique-per-run unified social credit code (Shanghai, enterprise). */
export function uniqueCreditCode(): string {
  const digits = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-8);
  const first17 = `91310000${digits}${orgCodeCheck(digits)}`;
  return first17 + usccCheckCharacter(first17);
}

/** The same code with a wrong check character. */
export function withWrongCheckCharacter(code: string): string {
  const right = code[17];
  const wrong = USCC_CHARSET[(USCC_CHARSET.indexOf(right) + 1) % 31];
  return code.slice(0, 17) + wrong;
}

/** Two random CJK characters, unlikely to occur together in any other customer's name. */
export function randomCjkPair(): string {
  const pick = () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * (0x9fa5 - 0x4e00)));
  return pick() + pick();
}
