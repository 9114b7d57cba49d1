import { expect, test as setup } from '@playwright/test';
import { directorAuthFile } from './env';
import { loginOnKeycloak } from './support';

setup('sign in as director through the Keycloak login page', async ({ page }) => {
  await page.goto('/');
  await loginOnKeycloak(page, 'director');
  const user = page.getByTestId('current-user');
  await expect(user).toBeVisible({ timeout: 30_000 });
  await expect(user).toContainText('销售总监');
  await page.context().storageState({ path: directorAuthFile });
});
