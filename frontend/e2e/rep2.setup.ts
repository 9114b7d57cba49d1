import { expect, test as setup } from '@playwright/test';
import { rep2AuthFile } from './env';
import { loginOnKeycloak } from './support';

setup('sign in as rep2 through the Keycloak login page', async ({ page }) => {
  await page.goto('/');
  await loginOnKeycloak(page, 'rep2');
  const user = page.getByTestId('current-user');
  await expect(user).toBeVisible({ timeout: 30_000 });
  await expect(user).toContainText('业务员');
  await page.context().storageState({ path: rep2AuthFile });
});
