import { expect, test as setup } from '@playwright/test';
import { auditorAuthFile } from './env';
import { loginOnKeycloak } from './support';

setup('sign in as auditor through the Keycloak login page', async ({ page }) => {
  await page.goto('/');
  await loginOnKeycloak(page, 'auditor');
  const user = page.getByTestId('current-user');
  await expect(user).toBeVisible({ timeout: 30_000 });
  await expect(user).toContainText('审计员');
  await page.context().storageState({ path: auditorAuthFile });
});
